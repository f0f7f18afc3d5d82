package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * A stock's figures a few days apart: the IOM's "more than 14 million" displaced by the war in Sudan (AP, 29 Oct
 * 2024, https://kvia.com) and "some 11 million" (Democracy Now!, 14 Nov 2024, https://www.democracynow.org), the
 * internal count given as the total. No claim shares the other's date, so only the comparison across nearby dates
 * sees them.
 */
class NearbyStocksTest {
    private static ClaimDataset displaced(Aggregation aggregation, String laterDay, String laterValue) {
        TestData d = TestData.create().indicator("displaced", "person", aggregation)
                .source("kvia", "KVIA", "2024-10-29").source("dn", "Democracy Now!", laterDay);
        d.claim("c1", "displaced", "2024-10-29", "more_than", "14000000", "person", "IOM", "kvia");
        d.claim("c2", "displaced", laterDay, "approximately", laterValue, "person", "Democracy Now!", "dn");
        return d.build();
    }

    private static List<Finding> conflicts(ClaimDataset ds) {
        return Checks.defaults().only(List.of("conflict")).run(ds).findings();
    }

    @Test
    void aStockThatFallsWithinDays_isAWarningNamingBothFigures() {
        List<Finding> found = conflicts(displaced(Aggregation.STOCK, "2024-11-14", "11000000"));
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("c2", "c1"), f.claims());
        assertTrue(f.message().contains("from more than 14,000,000 people to about 11,000,000 people 16 days later"), f.message());
    }

    @Test
    void aStockThatGrows_orFallsMonthsLater_orAFlow_isNoFinding() {
        assertEquals(List.of(), conflicts(displaced(Aggregation.STOCK, "2024-11-14", "15000000")));
        assertEquals(List.of(), conflicts(displaced(Aggregation.STOCK, "2025-03-14", "11000000")));
        assertEquals(List.of(), conflicts(displaced(Aggregation.FLOW, "2024-11-14", "11000000")));
    }
}
