package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/** The stale check on one claimant's cumulative tolls (periods from one day to later days), as in derna-floods. */
class FallingSeriesTest {

    private static TestData tolls(Aggregation aggregation) {
        return TestData.create().indicator("deaths", "person", aggregation)
                .source("d16", "Pledge Times", "2023-09-16").source("d17", "A News", "2023-09-17")
                .source("d18", "Taipei Times", "2023-09-18");
    }

    @Test
    void olderTollRepeatedAfterAHigherOne_isAStaleFigure() {
        ClaimDataset ds = tolls(Aggregation.FLOW)
                .claim("m16", "deaths", "2023-09-10..2023-09-16", "exact", "3166", "person", "Health ministry", "d16")
                .claim("m17", "deaths", "2023-09-10..2023-09-17", "exact", "3283", "person", "Health ministry", "d17")
                .claim("m18", "deaths", "2023-09-10..2023-09-18", "exact", "3166", "person", "health ministry", "d18")
                .build();
        CheckReport report = Run.report(ds, "stale");
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding f = report.findings().get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("m18", "m17", "m16"), f.claims());
        assertEquals("Stale figure: m18, 3,166 people (Taipei Times, 18 Sep 2023: \"quote of m18\") gives Health"
                + " ministry's cumulative count for deaths, RU, 2023-09-10..2023-09-18, as its older figure for"
                + " 2023-09-10..2023-09-16 (m16, 3,166 people (Pledge Times, 16 Sep 2023: \"quote of m16\")), after Health"
                + " ministry had published a higher figure for 2023-09-10..2023-09-17: m17, 3,283 people (A News, 17 Sep"
                + " 2023: \"quote of m17\"). A cumulative count cannot fall: cite the newer figure.", f.message());
    }

    @Test
    void lowerTollForALongerPeriod_isAFallingCount() {
        ClaimDataset ds = tolls(Aggregation.FLOW)
                .claim("w16", "deaths", "2023-09-10..2023-09-16", "exact", "3958", "person", "WHO", "d16")
                .claim("w18", "deaths", "2023-09-10..2023-09-18", "exact", "3922", "person", "WHO", "d18").build();
        Finding f = Run.report(ds, "stale").findings().get(0);
        assertEquals(List.of("w18", "w16"), f.claims());
        assertTrue(f.message().startsWith("Falling count: WHO's cumulative count for deaths, RU falls from w16, 3,958"
                + " people"), f.message());
    }

    @Test
    void risingTolls_differentClaimants_andStocks_areSilent() {
        ClaimDataset rising = tolls(Aggregation.FLOW)
                .claim("a", "deaths", "2023-09-10..2023-09-16", "exact", "3166", "person", "Ministry", "d16")
                .claim("b", "deaths", "2023-09-10..2023-09-17", "exact", "3283", "person", "Ministry", "d17")
                .claim("c", "deaths", "2023-09-10..2023-09-18", "exact", "3000", "person", "WHO", "d18").build();
        assertEquals(List.of(), Run.messages(rising, "stale"));
        ClaimDataset stock = tolls(Aggregation.STOCK)
                .claim("a", "deaths", "2023-09-10..2023-09-16", "exact", "3958", "person", "WHO", "d16")
                .claim("b", "deaths", "2023-09-10..2023-09-18", "exact", "3922", "person", "WHO", "d18").build();
        assertEquals(List.of(), Run.messages(stock, "stale"), "a stock may fall");
    }
}
