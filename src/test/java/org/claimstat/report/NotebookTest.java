package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.claimstat.chart.Charts;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NotebookTest {

    @Test
    void html_escapesCellsAndNamesTheTable() {
        Table t = Table.create("hostile", StringColumn.create("quote", "<script>alert(1)</script>", "a & b"));
        String html = Notebook.html(t);
        assertTrue(html.contains("<caption>hostile (2 rows)</caption>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<td>a &amp; b</td>"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void markdown_escapesPipesSoCellsStayInTheirColumn() {
        Table t = Table.create("t", StringColumn.create("a", "x|y"), StringColumn.create("b", "2"));
        assertEquals("| a | b |\n| --- | --- |\n| x\\|y | 2 |\n", Notebook.markdown(t));
    }

    @Test
    void imageAndSvg_drawTheForestPlotOfABundledIndicator() {
        ClaimDataset data = ClaimDatasets.load("russia-ai");
        BufferedImage image = Notebook.image(Charts.forest(data, "ai_lag_behind_us_china"));
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
        String svg = Notebook.svg(Charts.forest(data, "ai_lag_behind_us_china"));
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
    }
}
