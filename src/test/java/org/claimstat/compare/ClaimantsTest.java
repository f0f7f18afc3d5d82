package org.claimstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimantsTest {

    @Test
    void keys_matchAnOrganisationWithItsSpokesperson_ignoringCaseAndPunctuation() {
        Map<String, String> keys = Claimants.keys(List.of("Rosstat", "Rosstat spokesperson Ivan X", "ROSSTAT.",
                "CNews", "Levada Center", ""));
        assertEquals("rosstat", keys.get("Rosstat"));
        assertEquals("rosstat", keys.get("Rosstat spokesperson Ivan X"));
        assertEquals("rosstat", keys.get("ROSSTAT."));
        assertEquals("cnews", keys.get("CNews"));
        assertEquals("center levada", keys.get("Levada Center"));
        assertEquals("", keys.get(""));
    }

    @Test
    void keys_doNotJoinNamesThatOnlyShareAWord() {
        Map<String, String> keys = Claimants.keys(List.of("Sberbank CEO German Gref", "Sberbank deputy CEO Alexander Vedyakhin"));
        assertEquals("ceo german gref sberbank", keys.get("Sberbank CEO German Gref"));
        assertEquals("alexander ceo deputy sberbank vedyakhin", keys.get("Sberbank deputy CEO Alexander Vedyakhin"));
    }

    @Test
    void normalize_dropsStopWordsAndPossessives() {
        assertEquals("index media tortoise", Claimants.normalize("Tortoise Media's index of the"));
    }

    @Test
    void keys_matchAnAcronymWithTheNameItAbbreviates() {
        Map<String, String> keys = Claimants.keys(List.of("WHO", "World Health Organization", "AFP",
                "Agence France-Presse", "IOM", "International Organization for Migration", "Reuters"));
        assertEquals(keys.get("World Health Organization"), keys.get("WHO"));
        assertEquals(keys.get("Agence France-Presse"), keys.get("AFP"));
        assertEquals(keys.get("International Organization for Migration"), keys.get("IOM"));
        assertNotEquals(keys.get("WHO"), keys.get("AFP"));
        assertNotEquals(keys.get("Reuters"), keys.get("WHO"));
    }

    @Test
    void keys_leaveAnAcronymOfTwoNamesAlone() {
        Map<String, String> keys = Claimants.keys(List.of("UN", "United Nations", "Ukrainian Navy"));
        assertNotEquals(keys.get("United Nations"), keys.get("UN"), "UN could be either");
        assertNotEquals(keys.get("Ukrainian Navy"), keys.get("UN"));
    }
}
