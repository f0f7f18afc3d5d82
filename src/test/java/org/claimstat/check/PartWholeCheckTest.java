package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class PartWholeCheckTest {

    private static TestData emigrants(Aggregation aggregation) {
        return TestData.create().indicator("left", "person", aggregation)
                .source("s1", "A", "2023-01-01").source("s2", "B", "2023-01-02");
    }

    @Test
    void monthOutnumberingItsYear_isAConflict() {
        ClaimDataset ds = emigrants(Aggregation.FLOW)
                .claim("c1", "left", "2022", "estimate", "200000", "person", "Officials", "s1")
                .claim("c2", "left", "2022-09", "more_than", "300000", "person", "Analysts", "s2").build();
        CheckReport report = Run.report(ds, "part_whole");
        assertEquals(List.of("c2, more than 300,000 people (B, 2 Jan 2023: \"quote of c2\") for 2022-09 exceeds c1, an"
                + " estimated 200,000 people (A, 1 Jan 2023: \"quote of c1\") for 2022 (left, RU), though 2022-09 lies"
                + " within 2022 and a flow over a part cannot exceed the whole: the part starts at 300,000 people and the"
                + " whole ends at 220,000 people (intervals (300000, +∞) and [180000, 220000])."),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(List.of("c2", "c1"), report.findings().get(0).claims());
        assertEquals(new CheckRun("part_whole", new PartWholeCheck().description(), 1, 0, 1),
                Run.run(report, "part_whole"));
    }

    @Test
    void partThatMayEqualTheWhole_isSilent() {
        ClaimDataset ds = emigrants(Aggregation.FLOW)
                .claim("c1", "left", "2022", "estimate", "200000", "person", "Officials", "s1")
                .claim("c2", "left", "2022-09", "at_least", "220000", "person", "Analysts", "s2").build();
        assertEquals(List.of(), Run.messages(ds, "part_whole"));
    }

    @Test
    void stockIndicator_isNotChecked() {
        ClaimDataset ds = emigrants(Aggregation.STOCK)
                .claim("c1", "left", "2022", "exact", "100", "person", "A", "s1")
                .claim("c2", "left", "2022-09", "exact", "300", "person", "B", "s2").build();
        CheckReport report = Run.report(ds, "part_whole");
        assertEquals(List.of(), report.findings());
        assertEquals(0, Run.run(report, "part_whole").examined());
    }

    @Test
    void overlappingButNotEnclosedPeriod_isSilent() {
        ClaimDataset ds = emigrants(Aggregation.FLOW)
                .claim("c1", "left", "2022-01..2022-06", "exact", "100", "person", "A", "s1")
                .claim("c2", "left", "2022-03..2022-09", "exact", "300", "person", "B", "s2").build();
        assertEquals(List.of(), Run.messages(ds, "part_whole"));
    }

    @Test
    void oneFigureRepeatedAboveSeveralLaterTotals_isOneFinding() {
        ClaimDataset ds = emigrants(Aggregation.FLOW)
                .claim("p1", "left", "2022-01-01..2022-01-14", "exact", "11300", "person", "Red Crescent", "s1")
                .claim("p2", "left", "2022-01-01..2022-01-15", "exact", "11300", "person", "Red Crescent", "s2")
                .claim("w1", "left", "2022-01-01..2022-01-23", "exact", "3845", "person", "Ministry", "s1")
                .claim("w2", "left", "2022-01-01..2022-02-02", "exact", "4331", "person", "Ministry", "s2").build();
        CheckReport report = Run.report(ds, "part_whole");
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertEquals(List.of("p1", "p2", "w1", "w2"), report.findings().get(0).claims());
        assertEquals(new CheckRun("part_whole", new PartWholeCheck().description(), 6, 2, 1),
                Run.run(report, "part_whole"), "four of six nested pairs break the rule (p1 in p2 and w1 in w2 hold); one finding says it");
    }

    @Test
    void moreThanARoundFigureForAShorterWindow_fitsTheBareRoundFigure() {
        ClaimDataset ds = emigrants(Aggregation.FLOW)
                .claim("c1", "left", "2022-01-01..2022-08-29", "more_than", "25000", "person", "LBC", "s1")
                .claim("c2", "left", "2022-01-01..2022-09-02", "exact", "25000", "person", "Guardian", "s2").build();
        assertEquals(List.of(), Run.messages(ds, "part_whole"), "a bare 25,000 rounds a figure a little over it");
    }
}
