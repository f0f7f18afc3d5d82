package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.claimstat.Indicator;
import org.claimstat.check.Finding;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the written report in headless Chromium as a reader would: the DOM Chromium builds must
 * hold every indicator's chart and every finding, and a screenshot lands in
 * {@code target/report-screenshot.png}. Skipped where no {@code chromium} binary is installed
 * ({@code .ci/run} installs Debian's).
 */
class ReportInChromiumTest {
    private static final Path OUT = Path.of("target", "report-chromium");
    private static Optional<String> chromium;

    @BeforeAll
    static void findChromium() {
        chromium = Chromium.find();
    }

    private static String run(List<String> args, String profile) throws IOException, InterruptedException {
        return Chromium.run(chromium.orElseThrow(), OUT, profile, 180, args);
    }

    @Test
    void report_showsEveryChartAndFindingInChromium() throws Exception {
        assumeTrue(chromium.isPresent(), "no chromium on PATH: install Debian's chromium (.ci/run does) to open the report");
        ClaimDataset dataset = SampleDatasets.sample();
        List<Finding> findings = SampleDatasets.sampleFindings();
        Files.createDirectories(OUT);
        Report.Files files = Report.of(dataset, findings, SampleDatasets.sampleRuns()).write(OUT.resolve("report"));
        String url = files.index().toAbsolutePath().toUri().toString();

        String dom = run(List.of("--dump-dom", url), "profile-dom");
        for (Indicator i : dataset.indicators()) {
            assertTrue(dom.contains("data-chart=\"forest\" data-indicator=\"" + i.id() + "\"><svg"), "chart of " + i.id());
            assertTrue(dom.contains("<h2>" + i.label() + "</h2>"), "section of " + i.id());
        }
        for (int n = 1; n <= findings.size(); n++) {
            Finding f = findings.get(n - 1);
            assertTrue(dom.contains("id=\"finding-" + n + "\""), "finding " + n);
            assertTrue(dom.contains(f.message()), f.message());
        }

        Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(List.of("--screenshot=" + screenshot, "--window-size=1280,2000", url), "profile-shot");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2000, image.getHeight());
    }
}
