package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.claimstat.Claim;
import org.claimstat.dataset.ClaimDataset;
import org.junit.jupiter.api.Test;

/**
 * Dates of different events are different indicators: the day of the 2023 Türkiye earthquakes and the day of the
 * Brussels donors' conference (Turkish Minute, 17 Mar 2023, https://turkishminute.com: "the earthquakes
 * on Feb. 6"; "the donors' conference to be held on March 16"), so the dates check does not set them against each other.
 */
class EventDatesTest {
    @Test
    void theQuakesDay_andTheConferencesDay_areTwoIndicators() {
        String text = "Quake cost\n\nThe earthquakes struck on Feb. 6, 2023.\n\nThe donors' conference"
                + " will be held on March 16, 2023.\n";
        ClaimDataset ds = Drafter.standard().draftArticles(List.of(new Article("doc.txt", text,
                FieldsTestSupport.source("Turkish Minute", "2023-03-17", null), List.of()))).dataset();
        List<String> indicators = ds.claims().stream().map(Claim::indicator).toList();
        assertEquals(2, indicators.size(), indicators.toString());
        assertNotEquals(indicators.get(0), indicators.get(1));
        assertEquals(List.of("earthquake_date", "conference_date"), indicators);
    }
}
