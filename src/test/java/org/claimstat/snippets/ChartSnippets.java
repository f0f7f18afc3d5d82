package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.chart.Band;
import org.claimstat.chart.ChartExport;
import org.claimstat.chart.Charts;
import org.claimstat.chart.CommonUnit;
import org.claimstat.chart.Readable;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.jfree.chart.JFreeChart;

/** The chart package's Javadoc examples; JavadocExamplesTest runs each region's method. */
final class ChartSnippets {
    private ChartSnippets() {
    }

    static void commonUnit() {
        // @start region="commonUnit"
        ClaimDataset data = ClaimDatasets.load("russia-ai");
        Claim lag = data.claimsOf("ai_lag_behind_us_china").get(0);
        CommonUnit.interval(data, lag, data.indicatorOf(lag));   // Optional[[6, 9]] for "six to nine months"
        // @end
        assertEquals("Optional[[6, 9]]", CommonUnit.interval(data, lag, data.indicatorOf(lag)).toString());
    }

    static void chartExport() throws IOException {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        Path dir = Files.createTempDirectory("claimstat-snippet");
        // @start region="chartExport"
        JFreeChart chart = Charts.forest(dataset, "it_workers_emigrated");
        BufferedImage image = ChartExport.image(chart);   // display(image) in a notebook
        String html = ChartExport.html(chart, "forest");  // inline SVG in a <figure>
        ChartExport.writeSvg(chart, dir.resolve("forest.svg"));
        // @end
        assertTrue(image.getWidth() > 0);
        assertTrue(html.startsWith("<figure"), html.substring(0, 40));
        assertTrue(Files.readString(dir.resolve("forest.svg")).contains("<svg"));
    }

    static void charts() throws IOException {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        Path dir = Files.createTempDirectory("claimstat-snippet");
        // @start region="charts"
        JFreeChart chart = Charts.forest(dataset, "it_workers_emigrated");
        ChartExport.writePng(chart, dir.resolve("forest.png"));
        // @end
        assertTrue(Files.size(dir.resolve("forest.png")) > 1000);
    }

    static void band() {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        // @start region="band"
        Band band = Band.of(150_000, 200_000, 250_000, "median of 4 independent sources, IQR");
        JFreeChart chart = Charts.forest(dataset, "it_workers_emigrated", Optional.of(band));
        // @end
        assertTrue(ChartExport.svg(chart).contains("median of 4 independent sources"));
    }

    static void readable() {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        Claim claim = dataset.claimsOf("it_workers_emigrated").get(0);
        Interval interval = claim.interval();
        // @start region="readable"
        Readable.quantity(claim.quantity());        // "an estimated 200,000 people"
        Readable.period(claim.period());            // "since 24 Feb 2022"
        Readable.interval(interval, claim.unit());  // "[180,000, 220,000] people"
        // @end
        assertEquals("an estimated 200,000 people | since 24 Feb 2022 | [180,000, 220,000] people", Readable.quantity(claim.quantity()) + " | " + Readable.period(claim.period()) + " | "
                + Readable.interval(interval, claim.unit()));
    }
}
