package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.ServiceLoader;
import org.claimstat.chart.Charts;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplaySystem;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/** The rapaio kernel's own display system finds claimstat's provider and renders its results as a cell's output. */
class NotebookDisplayTest {
    private static final ClaimDataset DATA = ClaimDatasets.load("russia-ai");

    @Test
    void theKernelsServiceLoader_findsTheProvider() {
        List<String> found = ServiceLoader.load(DisplayProvider.class).stream().map(p -> p.type().getName()).toList();
        assertTrue(found.contains(NotebookDisplay.class.getName()), found.toString());
    }

    @Test
    void aChartReturnedFromACell_isShownAsAPngOfNineHundredByFiveHundred() throws Exception {
        DisplayData data = DisplaySystem.inst().render(Charts.forest(DATA, "ai_lag_behind_us_china"));
        String png = (String) data.data().get("image/png");
        BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getMimeDecoder().decode(png)));
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void aTableADatasetAndACheckReport_areShownAsEscapedHtmlTables() {
        String table = (String) DisplaySystem.inst().render(DATA.withIndicator("ai_lag_behind_us_china").toTable())
                .data().get("text/html");
        assertTrue(table.startsWith("<table class=\"claimstat\">") && table.contains("six to nine"), table);
        String dataset = (String) DisplaySystem.inst().render(DATA).data().get("text/html");
        assertTrue(dataset.contains("<table") && dataset.contains("it_vacancies"), dataset);
        String report = (String) DisplaySystem.inst().render(Checks.defaults().run(DATA)).data().get("text/html");
        assertTrue(report.contains("<td>dates</td>") && report.contains("<td>conflict</td>"), report);
    }
}
