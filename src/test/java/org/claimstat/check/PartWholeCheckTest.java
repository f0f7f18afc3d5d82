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
        assertEquals(List.of("c2 (more_than 300000 person: (300000, +∞)) for 2022-09 exceeds c1 (estimate 200000 person:"
                + " [180000, 220000]) for 2022 (left, RU), though 2022-09 lies within 2022 and a flow over a part cannot"
                + " exceed the whole: the part starts at 300000 and the whole ends at 220000 person."),
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
}
