package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * A bound that holds but misleads. The 2023 earthquake in Turkey: "The death toll already has passed 35,000"
 * (Carrier Management, 21 Feb 2023, https://www.carriermanagement.com) against "The quakes have killed 42,310 people
 * in Turkey as of Feb. 21, according to ... (AFAD)" (S&P Global, 24 Feb 2023, https://www.spglobal.com). And the UK's
 * pledge to the loss and damage fund: "Britain with up to 60 million pounds ($75.89 million)" (Reuters, 30 Nov 2023,
 * https://www.nasdaq.com) against "the UK committed £40 million (about $50 million) to the fund" (AGBI, 30 Nov 2023,
 * https://www.agbi.com).
 */
class LooseBoundsTest {
    private static ClaimDataset toll(String afad) {
        TestData d = TestData.create().indicator("deaths", "person", Aggregation.FLOW)
                .source("cm", "Carrier Management", "2023-02-21").source("sp", "S&P Global", "2023-02-24");
        d.claim("cm1", "deaths", "2023-02-06..2023-02-21", "more_than", "35000", "person", "Karen Clark & Co.", "cm");
        d.claim("sp1", "deaths", "2023-02-06..2023-02-21", "exact", afad, "person", "AFAD", "sp");
        return d.build();
    }

    private static List<Finding> stale(ClaimDataset ds) {
        return Run.report(ds, "stale").findings();
    }

    @Test
    void aLowerBoundFarBelowAnotherWitnessesCount_isAWarningThatItUnderstates() {
        List<Finding> found = stale(toll("42310"));
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("cm1", "sp1"), f.claims());
        assertTrue(f.message().contains("cm1, more than 35,000 people (Carrier Management, 21 Feb 2023") && f.message()
                .contains("at most about 40,000 people, while sp1, 42,310 people (S&P Global, 24 Feb 2023")
                && f.message().contains("understates"), f.message());
    }

    @Test
    void aLowerBoundWithinItsReach_isNoFinding() {
        assertEquals(List.of(), stale(toll("38120")));
    }

    @Test
    void anUpperBoundFarAboveThePledge_isAWarningThatItOverstates() {
        TestData d = TestData.create().indicator("pledge", "USD", Aggregation.FLOW)
                .source("reuters", "Reuters", "2023-11-30").source("agbi", "AGBI", "2023-11-30");
        d.claim("r1", "pledge", "2023-11-30..2023-12-12", "up_to", "75890000", "USD", "Reuters", "reuters");
        d.claim("a1", "pledge", "2023-11-30..2023-12-12", "approximately", "50000000", "USD", "AGBI", "agbi");
        List<Finding> found = stale(d.build());
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("r1", "a1"), found.get(0).claims());
        assertTrue(found.get(0).message().contains("overstates"), found.get(0).message());
    }
}
