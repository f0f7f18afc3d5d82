package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * A quote whose weekday and date are two different days: "It will take a staggering $ 411 billion over the next
 * decade to rebuild Ukraine following Russia's devastating military invasion, a World Bank report released on
 * Wednesday (March 23) has said." (The Federal, 23 Mar 2023, https://thefederal.com); 23 March 2023 was a Thursday.
 */
class WeekdaysTest {
    private static ClaimDataset release(String quote) {
        TestData d = TestData.create().indicator("release_date", "date", Aggregation.STOCK)
                .source("tf", "The Federal", "2023-03-23");
        d.claimWith("tf3", "release_date", "2023-03-23", "exact", "2023-03-23", "date", "The Federal", "tf", quote, Map.of());
        return d.build();
    }

    @Test
    void aWeekdayBesideADateOfAnotherWeekday_isAMisdatedWarning() {
        List<Finding> found = Run.report(release("It will take a staggering $ 411 billion over the next decade to rebuild"
                + " Ukraine, a World Bank report released on Wednesday (March 23) has said."), "dates").findings();
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("tf3"), f.claims());
        assertTrue(f.message().startsWith("Misdated: \"Wednesday (March 23)\" in the quote of tf3, 2023-03-23 (The Federal,"
                + " 23 Mar 2023") && f.message().contains("23 Mar 2023 was a Thursday, and the nearest Wednesday was"
                + " 22 Mar 2023"), f.message());
    }

    @Test
    void aWeekdayThatFitsItsDate_orADateAlone_isNoFinding() {
        assertEquals(List.of(), Run.report(release("a World Bank report released on Thursday, 23 March, has said."),
                "dates").findings());
        assertEquals(List.of(), Run.report(release("a World Bank report released on March 23 has said."), "dates")
                .findings());
    }
}
