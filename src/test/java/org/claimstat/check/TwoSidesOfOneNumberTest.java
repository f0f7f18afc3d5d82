package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Two outlets give the quake toll of one day from either side of one number: "The combined death toll in Turkey and
 * Syria ... approached around 36,000" (Radio Nigeria, via Reuters, 13 Feb 2023, https://radionigeria.gov.ng) and "the
 * combined death toll ... crossing 36,000" (International Business Times, 13 Feb 2023, https://www.ibtimes.sg).
 */
class TwoSidesOfOneNumberTest {
    private static ClaimDataset toll(String ibtimesHedge, String ibtimesValue) {
        TestData d = TestData.create().indicator("deaths", "person", Aggregation.FLOW)
                .source("rn", "Radio Nigeria", "2023-02-13").source("ib", "International Business Times", "2023-02-13");
        d.claim("rn4", "deaths", "2023-02-06..2023-02-13", "nearly", "36000", "person", "Radio Nigeria", "rn");
        d.claim("ib3", "deaths", "2023-02-06..2023-02-13", ibtimesHedge, ibtimesValue, "person",
                "International Business Times", "ib");
        return d.build();
    }

    private static List<String> conflicts(ClaimDataset ds) {
        return Run.report(ds, "conflict").findings().stream().filter(f -> f.severity() == Severity.CONFLICT)
                .map(f -> String.join(" ", f.claims())).toList();
    }

    @Test
    void nearlyAndMoreThanOneNumber_agree() {
        assertEquals(List.of(), conflicts(toll("more_than", "36000")));
    }

    @Test
    void aFigureWhollyAboveTheNearlyOne_stillConflicts() {
        assertEquals(List.of("rn4 ib3"), conflicts(toll("more_than", "37000")));
    }
}
