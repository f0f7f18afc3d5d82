package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Copies of one witness agree only where each two of their bounded figures agree: an open-ended figure ("more than
 * 3,000") overlaps every higher one and must not chain 12,391 and 15,383 into "one figure" (a new-user trial on the
 * 2023 Turkey earthquake's toll got an info finding where the two tolls differ).
 */
class CopiesWithAnOpenBoundTest {
    private static ClaimDataset copies(boolean withOpenBound) {
        TestData d = TestData.create().indicator("toll", "person", Aggregation.FLOW).source("s1", "Reuters", "2023-02-09");
        d.claim("c1", "toll", "2023-02", "exact", "15383", "person", "AFAD", "s1");
        if (withOpenBound) {
            d.claim("c2", "toll", "2023-02", "more_than", "3000", "person", "AFAD", "s1");
        }
        d.claim("c3", "toll", "2023-02", "exact", "12391", "person", "AFAD", "s1");
        return d.build();
    }

    @Test
    void twoFiguresThatDiffer_areAWarning_withOrWithoutAnOpenEndedCopyBesideThem() {
        for (boolean open : List.of(false, true)) {
            List<Finding> found = Checks.defaults().only(List.of("copies")).run(copies(open)).findings();
            assertEquals(1, found.size(), found.toString());
            assertEquals(Severity.WARNING, found.get(0).severity(), found.toString());
            assertTrue(found.get(0).message().contains("differ beyond rounding"), found.get(0).message());
        }
    }

    /**
     * One UN figure of 7 June 2019 relayed as "Four million" (CNA, Reuters) and as "more than 4 million" (CPR,
     * NPR): https://www.channelnewsasia.com/news/world/four-million-venezuelans-have-fled-crisis--un-11606638 and
     * https://www.cpr.org/2019/06/07/u-n-says-more-than-4-million-people-have-left-venezuela/. The copy that drops
     * "more than" rounds the figure; a reader is told, as info, not as a conflict.
     */
    @Test
    void aCopyThatDropsMoreThan_isOneFigureDifferingInRounding() {
        TestData d = TestData.create().indicator("abroad", "person", Aggregation.STOCK)
                .source("cna", "CNA", "2019-06-07").source("cpr", "CPR News", "2019-06-07");
        d.claim("c1", "abroad", "2019-06-07", "exact", "4000000", "person", "UN", "cna");
        d.claim("c2", "abroad", "2019-06-07", "more_than", "4000000", "person", "UN", "cpr");
        List<Finding> found = Checks.defaults().only(List.of("copies")).run(d.build()).findings();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.INFO, found.get(0).severity(), found.toString());
        assertTrue(found.get(0).message().contains("more than 4,000,000 people"), found.get(0).message());
    }
}
