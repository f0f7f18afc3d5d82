package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class BoundsCheckTest {

    @Test
    void shareAbove100_rankAboveItsOutOf_andNegativeCount_areConflicts() {
        ClaimDataset ds = TestData.create().indicator("share", "percent", Aggregation.SHARE)
                .indicator("rank", "rank:83", Aggregation.RANK).indicator("left", "person", Aggregation.STOCK)
                .source("s1", "A", "2024-01-01")
                .claim("c1", "share", "2022", "more_than", "120", "percent", "A", "s1")
                .claim("c2", "rank", "2024", "exact", "91", "rank:83", "Tortoise", "s1")
                .claim("c3", "left", "2022", "exact", "-5", "person", "A", "s1").build();
        assertEquals(List.of(
                "c3 (exact -5 person: [-5, -5]) for left, RU, 2022 is out of bounds: a count cannot be negative, but its"
                        + " stated value -5 lies outside [0, +∞).",
                "c2 (exact 91 rank:83: [91, 91]) for rank, RU, 2024 is out of bounds: a rank out of 83 lies between 1 and"
                        + " 83, but its stated value 91 lies outside [1, 83].",
                "c1 (more_than 120 percent: (120, +∞)) for share, RU, 2022 is out of bounds: a share lies between 0 and"
                        + " 100 percent, but its stated value 120 lies outside [0, 100]."),
                Run.messages(ds, "bounds"));
    }

    @Test
    void hedgedValuesWithinBounds_areSilent() {
        ClaimDataset ds = TestData.create().indicator("share", "percent", Aggregation.SHARE)
                .indicator("rank", "rank:83", Aggregation.RANK).indicator("growth", "percent", Aggregation.STOCK)
                .source("s1", "A", "2024-01-01")
                .claim("c1", "share", "2022", "up_to", "45", "percent", "A", "s1")
                .claim("c2", "share", "2022", "more_than", "40", "percent", "A", "s1")
                .claim("c3", "rank", "2024", "exact", "83", "rank:83", "Tortoise", "s1")
                .claim("c4", "growth", "2024", "exact", "140", "percent", "A", "s1").build();
        CheckReport report = Run.report(ds, "bounds");
        assertEquals(List.of(), report.findings());
        assertEquals(new CheckRun("bounds", new BoundsCheck().description(), 3, 3, 0), Run.run(report, "bounds"));
    }
}
