package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Figures of different witnesses that agree only once a bare number's rounding is forgiven. The US pledge to the
 * loss and damage fund at COP28: "The U.S. and Japan pledged $17 million and $10 million respectively" (Premium
 * Times, 30 Nov 2023, https://www.premiumtimesng.com) against "The US committed $17.5 million" (AGBI, 30 Nov 2023,
 * https://www.agbi.com) and "the United States with $17.5 million" (Reuters, 30 Nov 2023, https://www.nasdaq.com).
 */
class RoundedFiguresTest {
    private static ClaimDataset pledges(String premiumTimes) {
        TestData d = TestData.create().indicator("pledge", "USD", Aggregation.FLOW)
                .source("pt", "Premium Times", "2023-11-30").source("agbi", "AGBI", "2023-11-30")
                .source("reuters", "Reuters", "2023-11-30");
        d.claim("pt1", "pledge", "2023-11-30..2023-12-12", "exact", premiumTimes, "USD", "Premium Times", "pt");
        d.claim("agbi1", "pledge", "2023-11-30..2023-12-12", "exact", "17500000", "USD", "AGBI", "agbi");
        d.claim("reuters1", "pledge", "2023-11-30..2023-12-12", "exact", "17500000", "USD", "Reuters", "reuters");
        return d.build();
    }

    private static List<Finding> copies(ClaimDataset ds) {
        return Run.report(ds, "copies").findings();
    }

    @Test
    void aBareRoundFigureAgainstThePreciseOneItRounds_isOneInfoNamingBothSides() {
        List<Finding> found = copies(pledges("17000000"));
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(List.of("pt1", "agbi1", "reuters1"), f.claims());
        assertTrue(f.message().contains("pt1, USD 17,000,000 (Premium Times, 30 Nov 2023") && f.message()
                .contains("against 2 witnesses that give USD 17,500,000") && f.message()
                .contains("the bare USD 17,000,000 may stand for USD 16,500,000 to USD 17,500,000"), f.message());
        assertEquals(List.of(), Run.report(pledges("17000000"), "conflict").findings().stream()
                .filter(x -> x.severity() == Severity.CONFLICT).toList());
    }

    @Test
    void theSameFigure_orOneBeyondRounding_isNotThisFinding() {
        assertEquals(List.of(), copies(pledges("17500000")));
        assertEquals(List.of(), copies(pledges("24500000")));
    }
}
