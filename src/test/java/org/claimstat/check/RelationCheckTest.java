package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class RelationCheckTest {

    private static TestData waves() {
        return TestData.create().indicator("wave1", "person", Aggregation.FLOW)
                .indicator("wave2", "person", Aggregation.FLOW).indicator("total", "person", Aggregation.FLOW)
                .indicator("share", "percent", Aggregation.SHARE)
                .source("s1", "A", "2023-01-01").source("s2", "B", "2023-01-02").source("s3", "C", "2023-01-03");
    }

    @Test
    void wavesAboveTotal_breakTheRule() {
        ClaimDataset ds = waves().relation("waves", "wave1 + wave2 <= total")
                .claim("c1", "wave1", "2022", "exact", "100000", "person", "A", "s1")
                .claim("c2", "wave2", "2022", "at_least", "170000", "person", "B", "s2")
                .claim("c3", "total", "2022", "estimate", "200000", "person", "C", "s3").build();
        CheckReport report = Run.report(ds, "relations");
        assertEquals(List.of("Relation waves (wave1 + wave2 <= total) cannot hold for RU, 2022: the left side is"
                + " [270000, +∞) and the right side [180000, 220000], with wave1 [100000, 100000] (c1), wave2"
                + " [170000, +∞) (c2), total [180000, 220000] (c3). The claims: c1, 100,000 people (A, 1 Jan 2023: \"quote"
                + " of c1\"); c2, at least 170,000 people (B, 2 Jan 2023: \"quote of c2\"); c3, an estimated 200,000"
                + " people (C, 3 Jan 2023: \"quote of c3\")."),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(List.of("c1", "c2", "c3"), report.findings().get(0).claims());
        assertEquals(new CheckRun("relations:waves", "wave1 + wave2 <= total", 1, 0, 1),
                Run.run(report, "relations:waves"));
    }

    @Test
    void wavesThatFitWithinTheHedgedTotal_pass() {
        ClaimDataset ds = waves().relation("waves", "wave1 + wave2 <= total")
                .claim("c1", "wave1", "2022", "exact", "100000", "person", "A", "s1")
                .claim("c2", "wave2", "2022", "nearly", "150000", "person", "B", "s2")
                .claim("c3", "total", "2022", "estimate", "230000", "person", "C", "s3").build();
        CheckReport report = Run.report(ds, "relations:waves");
        assertEquals(List.of(), report.findings());
        assertEquals(1, Run.run(report, "relations:waves").passed());
    }

    @Test
    void missingWhole_isImpliedFromPartAndShare() {
        ClaimDataset ds = waves().relation("share_def", "share = wave1 / total * 100")
                .claim("c1", "wave1", "2022", "exact", "100000", "person", "A", "s1")
                .claim("c2", "share", "2022", "range", "40..50", "percent", "B", "s2").build();
        Finding f = Run.report(ds, "relations").findings().get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("Relation share_def (share = wave1 / total * 100) implies total in [200000, 250000] for RU, 2022,"
                + " from share [40, 50] (c2), wave1 [100000, 100000] (c1).", f.message());
    }

    @Test
    void differentPeriods_areNotCombined() {
        ClaimDataset ds = waves().relation("waves", "wave1 + wave2 <= total")
                .claim("c1", "wave1", "2022", "exact", "100000", "person", "A", "s1")
                .claim("c2", "wave2", "2022", "exact", "170000", "person", "B", "s2")
                .claim("c3", "total", "2023", "exact", "200000", "person", "C", "s3").build();
        CheckReport report = Run.report(ds, "relations");
        assertEquals(List.of(), report.findings());
        assertEquals(0, Run.run(report, "relations:waves").examined());
    }

    @Test
    void unreadableExpression_isRejectedWithItsPosition() {
        ClaimDataset ds = waves().relation("bad", "wave1 + <= total").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Run.report(ds, "relations"));
        assertEquals("relation bad: bad relation 'wave1 + <= total': expected an indicator id, a number or '(' at"
                + " position 9, found '<'", e.getMessage());
    }

    @Test
    void unknownIndicator_isRejected() {
        ClaimDataset ds = waves().relation("r", "wave1 <= whole").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Run.report(ds, "relations"));
        assertEquals("relation r ('wave1 <= whole') names indicator 'whole', which is not in the dataset",
                e.getMessage());
    }
}
