package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class SameFigureCheckTest {

    private static TestData emigrants() {
        return TestData.create().indicator("left", "person", Aggregation.FLOW)
                .source("s1", "A", "2023-01-01").source("s2", "B", "2023-03-02").source("s3", "C", "2023-04-03");
    }

    @Test
    void sameClaimantSameFigureDifferentYears_isAWarning() {
        ClaimDataset ds = emigrants()
                .claim("c1", "left", "2022", "exact", "200000", "person", "Rosstat", "s1")
                .claim("c2", "left", "2023", "exact", "200000", "person", "Rosstat spokesperson Ivan Petrov", "s2")
                .build();
        CheckReport report = Run.report(ds, "same_figure");
        assertEquals(List.of("Rosstat gives the same figure, 200,000 people, for left, RU in different periods: 2022 (c1),"
                + " 2023 (c2); one of them may be misreported."), report.findings().stream().map(Finding::message).toList());
        assertEquals(Severity.WARNING, report.findings().get(0).severity());
    }

    @Test
    void theSameRankInTwoEditions_isSilent() {
        ClaimDataset ds = TestData.create().indicator("rank", "rank:62", Aggregation.RANK)
                .source("s1", "A", "2020-12-01").source("s2", "B", "2023-06-28")
                .claim("c1", "rank", "2020", "exact", "1", "rank:62", "Tortoise Media", "s1")
                .claim("c2", "rank", "2023", "exact", "1", "rank:62", "Tortoise Media", "s2").build();
        CheckReport report = Run.report(ds, "same_figure");
        assertEquals(List.of(), report.findings());
        assertEquals(new CheckRun("same_figure", new SameFigureCheck().description(), 0, 0, 0),
                Run.run(report, "same_figure"));
    }

    @Test
    void differentClaimants_orSamePeriod_areSilent() {
        ClaimDataset ds = emigrants()
                .claim("c1", "left", "2022", "exact", "200000", "person", "Rosstat", "s1")
                .claim("c2", "left", "2023", "exact", "200000", "person", "Levada Center", "s2")
                .claim("c3", "left", "2022", "exact", "200000", "person", "ROSSTAT.", "s3").build();
        CheckReport report = Run.report(ds, "same_figure");
        assertEquals(List.of(), report.findings());
        assertEquals(new CheckRun("same_figure", new SameFigureCheck().description(), 1, 1, 0),
                Run.run(report, "same_figure"));
    }

    @Test
    void sameFigureWrittenWithTrailingZeros_isTheSameFigure() {
        ClaimDataset ds = emigrants()
                .claim("c1", "left", "2022", "exact", "7.5", "person", "Minister", "s1")
                .claim("c2", "left", "2030", "approximately", "7.50", "person", "the minister", "s2").build();
        assertEquals(List.of("Minister gives the same figure, 7.5 people, for left, RU in different periods: 2022 (c1),"
                + " 2030 (c2); one of them may be misreported."), Run.messages(ds, "same_figure"));
    }
}
