package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/** Relations across entities, over enclosing periods and with period lengths; signed indicators. */
class RelationsAcrossTest {

    private static TestData exodus() {
        return TestData.create().indicator("arrivals", "person", Aggregation.FLOW)
                .indicator("departures", "person", Aggregation.FLOW)
                .indicator("daily_arrivals", "person", Aggregation.STOCK)
                .source("s1", "A", "2023-01-01").source("s2", "B", "2023-01-02").source("s3", "C", "2023-01-03");
    }

    @Test
    void arrivalsByDestinationAboveDeparturesFromTheOrigin_breakTheRule() {
        ClaimDataset ds = exodus().relation("tally", "arrivals[KZ] + arrivals[GE] + arrivals[FI] <= departures[RU]")
                .entity("KZ").claim("k", "arrivals", "2022", "exact", "200000", "person", "KZ ministry", "s1")
                .entity("GE").claim("g", "arrivals", "2022", "exact", "110000", "person", "GE ministry", "s2")
                .entity("FI").claim("f", "arrivals", "2022", "exact", "66000", "person", "Outlet", "s3")
                .entity("RU").claim("r", "departures", "2022", "exact", "350000", "person", "Study", "s1")
                .claim("other", "departures", "2023", "exact", "1", "person", "Study", "s1").build();
        CheckReport report = Run.report(ds, "relations");
        assertEquals(List.of("Relation tally (arrivals[KZ] + arrivals[GE] + arrivals[FI] <= departures[RU]) cannot"
                + " hold for 2022: the left side is [376000, 376000] and the right side [350000, 350000], with"
                + " arrivals[KZ] [200000, 200000] (k), arrivals[GE] [110000, 110000] (g), arrivals[FI] [66000, 66000]"
                + " (f), departures[RU] [350000, 350000] (r). The claims: k, 200,000 people (A, 1 Jan 2023: \"quote of k\");"
                + " g, 110,000 people (B, 2 Jan 2023: \"quote of g\"); f, 66,000 people (C, 3 Jan 2023: \"quote of f\");"
                + " r, 350,000 people (A, 1 Jan 2023: \"quote of r\")."), report.findings().stream().map(Finding::message).toList());
        assertEquals(List.of("k", "g", "f", "r"), report.findings().get(0).claims());
        assertEquals(new CheckRun("relations:tally", "arrivals[KZ] + arrivals[GE] + arrivals[FI] <= departures[RU]", 1,
                0, 1), Run.run(report, "relations:tally"));
    }

    @Test
    void aCountryWithinTheUnion_passesWhenBelowIt() {
        ClaimDataset ds = exodus().relation("eu", "arrivals[FI] <= arrivals[EU]")
                .entity("FI").claim("f", "arrivals", "2023", "exact", "1300", "person", "Border Guard", "s1")
                .entity("EU").claim("e", "arrivals", "2023", "approximately", "66000", "person", "Frontex", "s2")
                .build();
        CheckReport report = Run.report(ds, "relations");
        assertEquals(List.of(), report.findings());
        assertEquals(1, Run.run(report, "relations:eu").passed());
    }

    @Test
    void aFortnightAboveItsMonth_breaksAnEnclosingRelation() {
        ClaimDataset ds = exodus().relation("month", "arrivals <= departures[enclosing]")
                .claim("a", "arrivals", "2022-09-21..2022-10-04", "exact", "200000", "person", "X", "s1")
                .claim("d", "departures", "2022-09..2022-10", "exact", "190000", "person", "Y", "s2")
                .claim("d2", "departures", "2022", "exact", "700000", "person", "Z", "s3").build();
        CheckReport report = Run.report(ds, "relations");
        assertEquals(List.of("Relation month (arrivals <= departures[enclosing]) cannot hold for RU,"
                + " 2022-09-21..2022-10-04 (enclosing period 2022-09..2022-10): the left side is [200000, 200000] and"
                + " the right side [190000, 190000], with arrivals [200000, 200000] (a), departures[enclosing]"
                + " [190000, 190000] (d). The claims: a, 200,000 people (A, 1 Jan 2023: \"quote of a\"); d, 190,000 people"
                + " (B, 2 Jan 2023: \"quote of d\")."), report.findings().stream().map(Finding::message).toList());
        assertEquals(new CheckRun("relations:month", "arrivals <= departures[enclosing]", 2, 1, 1),
                Run.run(report, "relations:month"));
    }

    @Test
    void aDailyRateTimesThePeriodsDays_impliesTheTotal() {
        ClaimDataset ds = exodus().relation("rate", "arrivals = daily_arrivals * period.days")
                .claim("r", "daily_arrivals", "2022-09", "exact", "1000", "person", "X", "s1")
                .claim("a", "arrivals", "2022-09", "exact", "45000", "person", "Y", "s2").build();
        assertEquals(List.of("Relation rate (arrivals = daily_arrivals * period.days) cannot hold for RU, 2022-09: the"
                + " left side is [45000, 45000] and the right side [30000, 30000], with arrivals [45000, 45000] (a),"
                + " daily_arrivals [1000, 1000] (r). The claims: a, 45,000 people (B, 2 Jan 2023: \"quote of a\"); r, 1,000"
                + " people (A, 1 Jan 2023: \"quote of r\")."),
                Run.report(ds, "relations").findings().stream().map(Finding::message).toList());
    }

    @Test
    void anAnnualRateTimesYears_allowsALeapYear() {
        ClaimDataset ds = exodus().relation("rate", "arrivals = daily_arrivals * period.years")
                .claim("r", "daily_arrivals", "2024", "exact", "36500", "person", "X", "s1")
                .claim("a", "arrivals", "2024", "exact", "36600", "person", "Y", "s2").build();
        assertEquals(List.of(), Run.report(ds, "relations").findings());
    }

    @Test
    void negativeNetFlow_isNoConflictWhenTheIndicatorIsSigned() {
        ClaimDataset ds = exodus().signedIndicator("net", "person", Aggregation.FLOW)
                .indicator("gross", "person", Aggregation.FLOW)
                .claim("n", "net", "2022", "exact", "-120000", "person", "X", "s1")
                .claim("g", "gross", "2022", "exact", "-5", "person", "X", "s1").build();
        assertEquals(List.of("g"), Run.report(ds, "bounds").findings().stream().flatMap(f -> f.claims().stream())
                .toList());
    }

    @Test
    void oneFigureAboveSeveralEnclosingTotals_isOneFinding() {
        ClaimDataset ds = exodus().relation("month", "arrivals <= departures[enclosing]")
                .claim("a", "arrivals", "2022-09-21..2022-10-04", "exact", "200000", "person", "X", "s1")
                .claim("d", "departures", "2022-09..2022-10", "exact", "190000", "person", "Y", "s2")
                .claim("d2", "departures", "2022-09..2022-11", "exact", "195000", "person", "Y", "s3").build();
        CheckReport report = Run.report(ds, "relations");
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding f = report.findings().get(0);
        assertEquals(List.of("a", "d", "d2"), f.claims());
        assertTrue(f.message().startsWith("Relation month (arrivals <= departures[enclosing]) cannot hold for 2 periods"
                + " with the same figures: RU, 2022-09-21..2022-10-04 (enclosing period 2022-09..2022-10)"), f.message());
        assertEquals(2, Run.run(report, "relations:month").examined());
    }
}
