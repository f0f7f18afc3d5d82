package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.claimstat.Unit;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void everyUnitWordNamesAUnitOfItsKind() {
        // A symbol here that Unit cannot read would make the extractor throw on ordinary text.
        Lexicon.PHYSICAL.forEach((word, symbol) ->
                assertEquals(Unit.Kind.PHYSICAL, Lexicon.unit(symbol).kind(), word + " -> " + symbol));
        Lexicon.DURATIONS.forEach((word, symbol) ->
                assertEquals(Unit.Kind.TIME, Lexicon.unit(symbol).kind(), word + " -> " + symbol));
    }

    @Test
    void physical_readsComposedSymbolsAndRefusesOthersWithoutThrowing() {
        assertEquals(Optional.of(Unit.parse("km/h")), Lexicon.physical("km/h"));
        assertTrue(Lexicon.physical("t/h").isEmpty());
        assertTrue(Lexicon.physical("t/h").isEmpty(), "refused again, from the remembered refusal");
        assertTrue(Lexicon.physical("vacancy").isEmpty(), "a counted noun is no physical unit");
    }
}
