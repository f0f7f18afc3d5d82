package org.claimstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.chart.CommonUnit;
import org.claimstat.check.CheckContext;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/** Compare, check and chart convert a claim through one policy ({@link Converter}) and so agree on every claim. */
class OneConversionPolicyTest {

    /** Claims in another currency (with a rate near the date), a time unit, a rank of another total, and the same unit. */
    private static final ClaimDataset DATA = TestData.create()
            .indicator("budget", "USD", Aggregation.STOCK)
            .indicator("lag", "month", Aggregation.DURATION)
            .indicator("rank", "rank:83", Aggregation.RANK)
            .indicator("staff", "person", Aggregation.STOCK)
            .source("s1", "Kommersant", "2024-12-24")
            .source("s2", "Reuters", "2024-12-26")
            .rate("2024-12-24", "USD", "RUB", "101.61")
            .claim("b1", "budget", "2024", "approximately", "10160000000", "RUB", "Ministry", "s1")
            .claim("b2", "budget", "2024", "exact", "100000000", "USD", "Analyst", "s2")
            .claim("l1", "lag", "2024", "range", "1..2", "year", "Expert", "s1")
            .claim("l2", "lag", "2024", "exact", "9", "month", "Expert", "s2")
            .claim("r1", "rank", "2024", "exact", "31", "rank:62", "Index", "s1")
            .claim("r2", "rank", "2024", "exact", "29", "rank:83", "Index", "s2")
            .claim("p1", "staff", "2024", "nearly", "95000", "person", "Ministry", "s1")
            .build();

    private static Map<String, Interval> compared(ClaimDataset data, String indicator) {
        Map<String, Interval> out = new LinkedHashMap<>();
        Comparisons.of(data).indicator(indicator).compare().rows().forEach(r -> out.put(r.claim(), r.interval()));
        return out;
    }

    @Test
    void compareCheckAndChart_giveTheSameIntervalForEveryClaim() {
        CheckContext check = CheckContext.of(DATA, RateTable.DEFAULT_TOLERANCE_DAYS);
        for (String indicator : new String[] {"budget", "lag", "rank", "staff"}) {
            Map<String, Interval> compare = compared(DATA, indicator);
            for (Claim c : DATA.claimsOf(indicator)) {
                Interval byCompare = compare.get(c.id());
                assertEquals(Optional.of(byCompare), check.inIndicatorUnit(c), "check of " + c.id());
                assertEquals(Optional.of(byCompare), CommonUnit.interval(DATA, c, DATA.indicatorOf(c)), "chart of " + c.id());
            }
        }
    }

    @Test
    void thePolicy_convertsCurrencyAtTheDatedRateTimeThroughJsr385AndRanksAsPositions() {
        Map<String, Interval> budget = compared(DATA, "budget");
        Interval rub = budget.get("b1");
        assertTrue(rub.lower() < 1e8 && rub.upper() > 1e8, "10.16 billion RUB at 101.61 is about 100 million USD: " + rub);
        assertEquals(new Interval(12, true, 24, true), compared(DATA, "lag").get("l1"));
        assertEquals(Interval.point(31), compared(DATA, "rank").get("r1"));
    }

    @Test
    void aClaimNoneCanConvert_isLeftOutByCheckAndChartAndRefusedByCompare() {
        ClaimDataset data = TestData.create()
                .indicator("staff", "person", Aggregation.STOCK)
                .indicator("budget", "USD", Aggregation.STOCK)
                .source("s1", "Kommersant", "2024-12-24")
                .claim("v1", "staff", "2024", "exact", "12", "percent", "Ministry", "s1")
                .claim("e1", "budget", "2024", "exact", "5", "EUR", "Ministry", "s1")
                .build();
        CheckContext check = CheckContext.of(data, RateTable.DEFAULT_TOLERANCE_DAYS);
        for (Claim c : data.claims()) {
            assertEquals(Optional.empty(), check.inIndicatorUnit(c), c.id());
            assertEquals(Optional.empty(), CommonUnit.interval(data, c, data.indicatorOf(c)), c.id());
        }
        assertThrows(IllegalArgumentException.class, () -> compared(data, "staff"));
        assertThrows(NoRateException.class, () -> compared(data, "budget"));
    }

    @Test
    void theBundledDatasets_convertAlikeInCompareCheckAndChart() {
        for (String name : new String[] {"russia-ai", "ai-nations"}) {
            ClaimDataset data = ClaimDatasets.load(name);
            CheckContext check = CheckContext.of(data, RateTable.DEFAULT_TOLERANCE_DAYS);
            for (var indicator : data.indicators()) {
                Map<String, Interval> compare;
                try {
                    compare = new LinkedHashMap<>();
                    for (Comparison each : Comparisons.of(data).indicator(indicator.id()).compareAll()) {
                        for (Comparison.Row r : each.rows()) {
                            compare.put(r.claim(), r.interval());
                        }
                    }
                } catch (IllegalArgumentException | NoRateException e) {
                    compare = Map.of();     // compare refuses the indicator; check and chart still agree below
                }
                for (Claim c : data.claimsOf(indicator.id())) {
                    Optional<Interval> byCompare = Optional.ofNullable(compare.get(c.id()));
                    assertEquals(check.inIndicatorUnit(c), CommonUnit.interval(data, c, indicator), name + " " + c.id());
                    if (byCompare.isPresent()) {
                        assertEquals(byCompare, check.inIndicatorUnit(c), name + " " + c.id());
                    }
                }
            }
        }
    }
}
