package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/** How the {@code conflict} check names disjoint figures: versions of one statistic, and a figure between two others. */
class RevisionsAndMiddleFiguresTest {
    private static TestData twoVersions(String laterPublished) {
        TestData d = TestData.create().indicator("arrivals", "person", Aggregation.FLOW)
                .source("times", "The Times", "2023-01-02").source("ind", "The Independent", laterPublished);
        d.claim("c1", "arrivals", "2022", "exact", "45756", "person", "Home Office", "times");
        d.claim("c2", "arrivals", "2022", "exact", "45774", "person", "The Independent", "ind");
        return d;
    }

    private static List<Finding> conflicts(TestData d) {
        return Checks.defaults().only(List.of("conflict")).run(d.build()).findings();
    }

    /**
     * The Home Office's 2022 small-boat total as The Times gave it on 2 Jan 2023 ("A record 45,756 migrants",
     * https://www.thetimes.co.uk) and as The Independent gave it a year later ("A record 45,774 crossings",
     * https://www.independent.co.uk): a revision, a warning that says so, not a conflict.
     */
    @Test
    void precisCountsAHairApart_publishedWeeksApart_areAWarningAboutVersions() {
        List<Finding> found = conflicts(twoVersions("2024-01-01"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().startsWith("Likely two versions of one statistic"), found.get(0).message());
        assertTrue(found.get(0).message().contains("differ by only 18 people"), found.get(0).message());
    }

    @Test
    void theSameTwoCounts_publishedDaysApart_remainAConflict() {
        List<Finding> found = conflicts(twoVersions("2023-01-05"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.CONFLICT, found.get(0).severity());
    }

    /**
     * Sky News's 45,728 for 2022 (26 Oct 2024, https://news.yahoo.com), after three outlets had given the Home
     * Office's revised 45,774: a lone later figure against an established one is a misquote, still a conflict.
     */
    @Test
    void aLoneLaterFigure_againstOneSeveralOutletsGave_remainsAConflict() {
        TestData d = TestData.create().indicator("arrivals", "person", Aggregation.FLOW)
                .source("g", "The Guardian", "2023-09-03").source("i", "The Independent", "2024-01-01")
                .source("n", "The National", "2024-01-01").source("y", "Yahoo News", "2024-10-26");
        d.claim("c1", "arrivals", "2022", "exact", "45774", "person", "Home Office", "g");
        d.claim("c2", "arrivals", "2022", "exact", "45774", "person", "The Independent", "i");
        d.claim("c3", "arrivals", "2022", "exact", "45774", "person", "The National", "n");
        d.claim("c4", "arrivals", "2022", "exact", "45728", "person", "Sky News", "y");
        List<Finding> found = conflicts(d);
        assertTrue(found.stream().anyMatch(f -> f.severity() == Severity.CONFLICT && f.claims().contains("c4")),
                found.toString());
        assertTrue(found.stream().noneMatch(f -> f.message().startsWith("Likely two versions")), found.toString());
    }

    /**
     * The 2023 Türkiye earthquakes' cost: the government's USD 50 billion (IBTimes, 13 Feb 2023), the business group
     * TURKONFED's USD 84.1 billion (Radio Nigeria, 13 Feb 2023) and the Treasury's USD 103.6 billion (Turkish Minute,
     * 17 Mar 2023, https://turkishminute.com). The middle figure conflicts with both ends and is named against both.
     */
    @Test
    void aMiddleFigure_isNamedAgainstTheLowestAndTheHighest() {
        TestData d = TestData.create().indicator("cost", "USD", Aggregation.STOCK)
                .source("ib", "IBTimes", "2023-02-13").source("rn", "Radio Nigeria", "2023-02-13")
                .source("tm", "Turkish Minute", "2023-03-17");
        d.claim("low", "cost", "2023-02-06", "exact", "50000000000", "USD", "Turkish government", "ib");
        d.claim("mid", "cost", "2023-02-06", "exact", "84100000000", "USD", "TURKONFED", "rn");
        d.claim("high", "cost", "2023-02-06", "exact", "103600000000", "USD", "Treasury", "tm");
        List<List<String>> pairs = conflicts(d).stream().map(Finding::claims).toList();
        assertTrue(pairs.contains(List.of("low", "mid")), pairs.toString());
        assertTrue(pairs.contains(List.of("mid", "high")), pairs.toString());
    }
}
