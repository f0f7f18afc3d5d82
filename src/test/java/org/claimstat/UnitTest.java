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
            "date, DATE", "t, PHYSICAL", "kt, PHYSICAL", "Mt, PHYSICAL", "ha, PHYSICAL", "mi, PHYSICAL", "l, PHYSICAL", "°C, PHYSICAL", "°F, PHYSICAL", "mi², PHYSICAL", "GB, PHYSICAL", "in, PHYSICAL", "mph, PHYSICAL"})
    void parse_classifiesEveryFileForm(String symbol, Unit.Kind kind) {
        Unit unit = Unit.parse(symbol);
        assertEquals(kind, unit.kind());
        assertEquals(symbol, unit.toString());
    }

    @ParameterizedTest(name = "1 {0} = {2} {1}")
    @CsvSource({"kt, t, 1000", "Mt, kt, 1000", "t, kg, 1000", "mi, km, 1.609344", "ha, km², 0.01", "ha, m², 10000", "km², m², 1000000", "mi², km², 2.589988110336", "TB, GB, 1000", "in, cm, 2.54", "mph, km/h, 1.609344"})
    void nonSiUnits_convertToTheirSiRelatives(String from, String to, double factor) throws Exception {
        javax.measure.Unit<?> a = Unit.parse(from).measure().orElseThrow();
        javax.measure.Unit<?> b = Unit.parse(to).measure().orElseThrow();
        assertEquals(factor, a.getConverterToAny(b).convert(1.0), factor * 1e-12);
        assertTrue(Unit.parse(from).isConvertibleTo(Unit.parse(to)));
    }

    @ParameterizedTest(name = "{0} °F = {1} °C")
    @CsvSource({"212, 100", "32, 0", "-40, -40", "98.6, 37"})
    void fahrenheit_convertsToCelsius(double fahrenheit, double celsius) throws Exception {
        javax.measure.Unit<?> f = Unit.parse("°F").measure().orElseThrow();
        javax.measure.Unit<?> c = Unit.parse("°C").measure().orElseThrow();
        assertEquals(celsius, f.getConverterToAny(c).convert(fahrenheit), 1e-9);
    }

    @Test
    void bytes_convertOnlyToBytes() {
        assertTrue(Unit.parse("GB").isConvertibleTo(Unit.parse("MB")));
        assertTrue(!Unit.parse("GB").isConvertibleTo(Unit.parse("km")) && !Unit.parse("GB").isConvertibleTo(Unit.parse("t")));
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
