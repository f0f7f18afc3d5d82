package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/** The scope and stale checks on small hand-made datasets. */
class ScopeAndStaleCheckTest {

    private static TestData arrivals() {
        return TestData.create().indicator("arrivals", "person", Aggregation.FLOW)
                .indicator("departures", "person", Aggregation.FLOW)
                .source("s1", "Frontex", "2024-01-10").source("s2", "Outlet", "2024-01-12")
                .source("s3", "Border Guard", "2024-01-05").source("s4", "Ministry", "2024-01-06");
    }

    @Test
    void unionFigureGivenForOneCountry_isALikelyScopeError() {
        ClaimDataset ds = arrivals().relation("eu", "arrivals[FI] <= arrivals[EU]")
                .entity("EU").claim("eu", "arrivals", "2023", "approximately", "66000", "person", "Frontex", "s1")
                .entity("FI").claim("fi_outlet", "arrivals", "2023", "exact", "66000", "person", "Outlet", "s2")
                .claim("fi_guard", "arrivals", "2023", "exact", "1300", "person", "Border Guard", "s3").build();
        CheckReport report = Run.report(ds, "scope");
        assertEquals(List.of("Likely scope error: fi_outlet, 66,000 people (Outlet, 12 Jan 2024: \"quote of fi_outlet\"),"
                + " for arrivals, FI, 2023 conflicts with fi_guard (1,300 people) of the same indicator, entity and period,"
                + " and equals within rounding eu, about 66,000 people (Frontex, 10 Jan 2024: \"quote of eu\"), for"
                + " arrivals, EU, 2023: the figure of entity EU may have been given as FI's."),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(List.of("fi_outlet", "eu"), report.findings().get(0).claims());
        assertEquals(new CheckRun("scope", new ScopeCheck().description(), 2, 1, 1), Run.run(report, "scope"));
    }

    @Test
    void aBrokenTallyWithTheUnionsFigure_isALikelyScopeError() {
        ClaimDataset ds = arrivals().relation("tally", "arrivals[KZ] + arrivals[FI] <= departures[RU]")
                .relation("eu", "arrivals[FI] <= arrivals[EU]")
                .entity("EU").claim("eu", "arrivals", "2023", "exact", "66000", "person", "Frontex", "s1")
                .entity("FI").claim("fi", "arrivals", "2023", "exact", "66000", "person", "Outlet", "s2")
                .entity("KZ").claim("kz", "arrivals", "2023", "exact", "20000", "person", "Ministry", "s4")
                .entity("RU").claim("ru", "departures", "2023", "exact", "50000", "person", "Study", "s3").build();
        List<Finding> scope = Run.report(ds, "scope").findings();
        assertEquals(List.of(List.of("fi", "eu")), scope.stream().map(Finding::claims).toList());
        assertEquals(true, scope.get(0).message().contains("breaks relation tally"));
    }

    @Test
    void equalFiguresThatConflictWithNothing_areNoScopeError() {
        ClaimDataset ds = arrivals().relation("eu", "arrivals[FI] <= arrivals[EU]")
                .entity("EU").claim("eu", "arrivals", "2023", "exact", "66000", "person", "Frontex", "s1")
                .entity("FI").claim("fi", "arrivals", "2023", "approximately", "66000", "person", "Outlet", "s2")
                .build();
        assertEquals(List.of(), Run.report(ds, "scope").findings());
    }

    private static TestData totals() {
        return TestData.create().indicator("total", "person", Aggregation.FLOW)
                .source("times", "The Times", "2023-01-02").source("guardian", "The Guardian", "2023-09-03")
                .source("late", "Late Outlet", "2024-02-01");
    }

    @Test
    void olderFigureCitedAfterTheRevision_isStale_andEarlierOnesRevised() {
        ClaimDataset ds = totals()
                .claim("prov", "total", "2022", "exact", "45756", "person", "Home Office", "times")
                .claim("rev", "total", "2022", "exact", "45774", "person", "Home Office", "guardian")
                .claim("old", "total", "2022", "exact", "45756", "person", "Home Office spokesperson", "late").build();
        List<Finding> findings = Run.report(ds, "stale").findings();
        assertEquals(List.of("info [prov, rev]", "warning [old, rev]"),
                findings.stream().map(f -> f.severity() + " " + f.claims()).toList());
        assertEquals("Stale figure: exact 45756 person (old, Late Outlet, 2024-02-01) gives Home Office spokesperson's figure"
                + " for total, RU, 2022 after Home Office spokesperson had published exact 45774 person (rev, The Guardian,"
                + " 2023-09-03); cite the newer figure or say the older one was revised.", findings.get(1).message());
    }

    @Test
    void editionOrdersFiguresBeforeTheirPublicationDate() {
        ClaimDataset ds = totals()
                .claimWith("e2", "total", "2022", "exact", "1075", "person", "Index", "times", "q",
                        Map.of("edition", "2023"))
                .claimWith("e1", "total", "2022", "exact", "1031", "person", "Index", "late", "q",
                        Map.of("edition", "2022")).build();
        assertEquals(List.of("warning [e1, e2]"), Run.report(ds, "stale").findings().stream()
                .map(f -> f.severity() + " " + f.claims()).toList());
    }
}
