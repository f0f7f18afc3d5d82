package org.claimstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
