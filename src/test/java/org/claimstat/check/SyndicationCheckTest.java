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
        assertEquals(List.of("Claims c1, c2 from 2 sources, s1 (Daily Express), s2 (Newsweek), count as one for left, RU, 2022:"
                + " their sources derive from AFP; the earliest is c1 of 2022-05-01."),
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
        assertEquals(List.of("Claims c1, c2 from 2 sources, s1 (A), s2 (B), count as one for left, RU, 2022: they carry the"
                + " same quote \"some 100,000 left\" from Rosstat on the same day and they repeat one claimant's figure"
                + " (Rosstat, exact 100000 person); the earliest is c1 of 2022-05-01."), Run.messages(ds, "syndication"));
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
