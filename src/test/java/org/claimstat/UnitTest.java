package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"person, COUNT", "vacancy, COUNT", "USD, CURRENCY", "RUB, CURRENCY", "percent, PERCENT",
            "rank:83, RANK", "month, TIME", "year, TIME", "GW, PHYSICAL", "TWh, PHYSICAL", "km, PHYSICAL",
            "date, DATE"})
    void parse_classifiesEveryFileForm(String symbol, Unit.Kind kind) {
        Unit unit = Unit.parse(symbol);
        assertEquals(kind, unit.kind());
        assertEquals(symbol, unit.toString());
    }

    @Test
    void rank_knowsItsTotal() {
        assertEquals(OptionalInt.of(83), Unit.parse("rank:83").rankOutOf());
    }

    @Test
    void physicalUnits_convertThroughIndriya() {
        assertTrue(Unit.parse("GW").isConvertibleTo(Unit.parse("MW")));
        assertTrue(Unit.parse("month").isConvertibleTo(Unit.parse("year")));
        assertTrue(!Unit.parse("GW").isConvertibleTo(Unit.parse("TWh")));
    }

    @Test
    void parse_rejectsUnknownSymbolWithTheFormsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.parse("Foo Bar!"));
        assertTrue(e.getMessage().startsWith("unknown unit 'Foo Bar!'; expected"), e.getMessage());
    }
}
