package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare count in a sentence about a death toll counts deaths, not the noun of a number before it: Public Radio of
 * Armenia, 18 Mar 2023 (https://en.1lurer.am), "The death toll of the quakes which affected 11 provinces of Turkey
 * exceeded 48,000"; Radio Nigeria, 13 Feb 2023 (https://radionigeria.gov.ng), "The combined death toll in Turkey and
 * Syria from last Monday's 7.8 magnitude quake approached around 36,000".
 */
class TollCountTest {
    private static List<String> counted(String text) {
        return ClaimExtractor.builder().year(2023).build().extract("t", text).mentions().stream().map(Mention::counted).toList();
    }

    @Test
    void aCountAfterADeathToll_countsDeaths_notTheProvincesBeforeIt() {
        assertEquals(List.of("provinces", "deaths"),
                counted("The death toll of the quakes which affected 11 provinces of Turkey exceeded 48,000."));
    }

    @Test
    void aCountAfterADeathToll_countsDeaths_notTheMagnitudeOfTheQuake() {
        assertEquals(List.of("magnitude", "deaths"), counted("The combined death toll in Turkey and Syria from last"
                + " Monday's 7.8 magnitude quake approached around 36,000 on Sunday."));
    }

    @Test
    void aTollRoad_isNoDeathToll() {
        assertEquals(List.of("vehicles", "vehicles"), counted("The toll road carried 40,000 vehicles a day, and 25,000 at weekends."));
    }
}
