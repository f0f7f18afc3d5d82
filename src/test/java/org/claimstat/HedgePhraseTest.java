package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgePhraseTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            nearly          | nearly
            '  Nearly '     | nearly
            'as  many   as' | up_to
            AN ESTIMATED    | estimate
            or more         | at_least
            or so           | approximately
            by              | at_most
            no later than   | at_most
            since           | at_least
            before          | less_than
            after           | more_than
            surpassed       | more_than
            exceed          | more_than
            surpass         | more_than
            topped          | more_than
            from            | at_least
            through         | at_most
            at the earliest | at_least
            close to        | approximately
            """)
    void forPhrase_mapsProseAndDatePrepositions(String phrase, String code) {
        assertEquals(Optional.of(Hedge.parse(code)), Hedge.forPhrase(phrase));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"the", "'more  '", "in", "'nearly\tall'"})
    void forPhrase_isEmptyForOtherWords(String phrase) {
        assertEquals(Optional.empty(), Hedge.forPhrase(phrase));
    }
}
