package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class SyndicationCheckTest {

    @Test
    void copiesOfOneWireStory_areInfo() {
        ClaimDataset ds = TestData.create().indicator("left", "person", Aggregation.FLOW)
                .wireSource("s1", "Daily Express", "2022-05-01", "AFP").wireSource("s2", "Newsweek", "2022-05-02", "AFP")
                .claim("c1", "left", "2022", "estimate", "200000", "person", "Officials", "s1")
                .claim("c2", "left", "2022", "estimate", "200000", "person", "Kremlin", "s2").build();
        CheckReport report = Run.report(ds, "syndication");
        assertEquals(List.of("2 sources give an estimated 200,000 people for left, RU, 2022 as one witness, Kremlin: one story"
                + " (the same source or one wire copied). Count them once; the earliest is c1, an estimated 200,000"
                + " people (Daily Express, 1 May 2022: \"quote of c1\"). The others: c2, an estimated 200,000 people"
                + " (Newsweek, 2 May 2022: \"quote of c2\")."),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(Severity.INFO, report.findings().get(0).severity());
    }

    @Test
    void sameQuoteSameClaimantSameDay_isInfo() {
        ClaimDataset ds = TestData.create().indicator("left", "person", Aggregation.FLOW)
                .source("s1", "A", "2022-05-01").source("s2", "B", "2022-05-01")
                .claimWith("c1", "left", "2022", "exact", "100000", "person", "Rosstat", "s1", "some 100,000 left", Map.of())
                .claimWith("c2", "left", "2022", "approximately", "100000", "person", "Rosstat press office", "s2",
                        "Some 100,000  left", Map.of()).build();
        assertEquals(List.of("2 sources give 100,000 people for left, RU, 2022 as one witness, Rosstat: the same quote on"
                + " the same day, the same claimant (Rosstat). Count them once; the earliest is c1, 100,000 people (A,"
                + " 1 May 2022: \"some 100,000 left\"). The others: c2, about 100,000 people (B, 1 May 2022: \"Some"
                + " 100,000 left\")."), Run.messages(ds, "syndication"));
    }

    @Test
    void independentSources_areSilent() {
        ClaimDataset ds = TestData.create().indicator("left", "person", Aggregation.FLOW)
                .source("s1", "A", "2022-05-01").source("s2", "B", "2022-05-01")
                .claim("c1", "left", "2022", "exact", "100000", "person", "Rosstat", "s1")
                .claim("c2", "left", "2022", "exact", "100000", "person", "Levada", "s2").build();
        CheckReport report = Run.report(ds, "syndication");
        assertEquals(List.of(), report.findings());
        assertEquals(new CheckRun("syndication", new SyndicationCheck().description(), 1, 1, 0),
                Run.run(report, "syndication"));
    }
}
