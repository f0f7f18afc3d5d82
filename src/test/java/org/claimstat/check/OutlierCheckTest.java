package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class OutlierCheckTest {

    private static TestData fiveSources() {
        return TestData.create().indicator("left", "person", Aggregation.FLOW)
                .source("s1", "A", "2023-01-01").source("s2", "B", "2023-01-02").source("s3", "C", "2023-01-03")
                .source("s4", "D", "2023-01-04").source("s5", "E", "2023-01-05");
    }

    @Test
    void farFigure_isAnOutlierOnTheLogScale() {
        ClaimDataset ds = fiveSources()
                .claim("c1", "left", "2022", "exact", "100000", "person", "Agency", "s1")
                .claim("c2", "left", "2022", "exact", "110000", "person", "B", "s2")
                .claim("c3", "left", "2022", "exact", "120000", "person", "C", "s3")
                .claim("c4", "left", "2022", "exact", "105000", "person", "D", "s4")
                .claim("c5", "left", "2022", "exact", "2000000", "person", "E", "s5").build();
        CheckReport report = Run.report(ds, "outlier");
        assertEquals(List.of("c5, 2,000,000 people (E, 5 Jan 2023: \"quote of c5\") is far from the other witnesses for left, RU,"
                + " 2022, whose median is about 110,000 people (5 independent witnesses; copies of one origin count"
                + " once): its log10 midpoint 6.30103 lies 22.4834 robust z-scores from the median 5.04139 (MAD"
                + " 0.0377886 × 1.4826), above the threshold 3.5."), Run.messages(ds, "outlier"));
        assertEquals(new CheckRun("outlier", new OutlierCheck().description(), 5, 4, 1), Run.run(report, "outlier"));
    }

    @Test
    void spreadWithinThreshold_isSilent() {
        ClaimDataset ds = fiveSources()
                .claim("c1", "left", "2022", "exact", "100000", "person", "Agency", "s1")
                .claim("c2", "left", "2022", "exact", "110000", "person", "B", "s2")
                .claim("c3", "left", "2022", "exact", "120000", "person", "C", "s3")
                .claim("c4", "left", "2022", "exact", "160000", "person", "D", "s4").build();
        assertEquals(List.of(), Run.messages(ds, "outlier"));
    }

    @Test
    void copiesOfOneWireStory_countOnce_soTwoWitnessesAreTooFew() {
        ClaimDataset ds = TestData.create().indicator("left", "person", Aggregation.FLOW)
                .source("s1", "A", "2023-01-01").wireSource("s2", "B", "2023-01-02", "AFP")
                .wireSource("s3", "C", "2023-01-02", "AFP").wireSource("s4", "D", "2023-01-02", "AFP")
                .claim("c1", "left", "2022", "exact", "100000", "person", "Agency", "s1")
                .claim("c2", "left", "2022", "exact", "2000000", "person", "B", "s2")
                .claim("c3", "left", "2022", "exact", "2000000", "person", "C", "s3")
                .claim("c4", "left", "2022", "exact", "2000000", "person", "D", "s4").build();
        CheckReport report = Run.report(ds, "outlier");
        assertEquals(List.of(), report.findings());
        assertEquals(0, Run.run(report, "outlier").examined());
    }

    @Test
    void zeroMad_fallsBackToMeanAbsoluteDeviation() {
        ClaimDataset ds = fiveSources()
                .claim("c1", "left", "2022", "exact", "100000", "person", "Agency", "s1")
                .claim("c2", "left", "2022", "exact", "100000", "person", "B", "s2")
                .claim("c3", "left", "2022", "exact", "100000", "person", "C", "s3")
                .claim("c4", "left", "2022", "exact", "100000", "person", "D", "s4")
                .claim("c5", "left", "2022", "exact", "1000000", "person", "E", "s5").build();
        assertEquals(List.of("c5, 1,000,000 people (E, 5 Jan 2023: \"quote of c5\") is far from the other witnesses for left, RU,"
                + " 2022, whose median is about 100,000 people (5 independent witnesses; copies of one origin count"
                + " once): its log10 midpoint 6 lies 3.98947 robust z-scores from the median 5 (MAD 0, so mean"
                + " absolute deviation 0.2 × 1.2533), above the threshold 3.5."), Run.messages(ds, "outlier"));
    }
}
