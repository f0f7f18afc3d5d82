package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    static Stream<Arguments> hedgedIntervals() {
        return Stream.of(
                Arguments.of("300000", Hedge.EXACT, "person", "[300000, 300000]"),
                Arguments.of("95000", Hedge.NEARLY, "vacancy", "(90000, 95000]"),
                Arguments.of("45", Hedge.UP_TO, "percent", "(-∞, 45]"),
                Arguments.of("45", Hedge.AT_MOST, "percent", "(-∞, 45]"),
                Arguments.of("10", Hedge.LESS_THAN, "percent", "(-∞, 10)"),
                Arguments.of("40", Hedge.MORE_THAN, "percent", "(40, +∞)"),
                Arguments.of("40", Hedge.AT_LEAST, "percent", "[40, +∞)"),
                Arguments.of("77000000000", Hedge.APPROXIMATELY, "USD", "[75075000000, 78925000000]"),
                Arguments.of("200000", Hedge.ESTIMATE, "person", "[180000, 220000]"),
                Arguments.of("2.50", Hedge.APPROXIMATELY, "percent", "[2.4375, 2.5625]"));
    }

    @ParameterizedTest(name = "{1} {0} {2} means {3}")
    @MethodSource("hedgedIntervals")
    void interval_followsHedgeAndWrittenPrecision(String value, Hedge hedge, String unit, String expected) {
        Quantity q = Quantity.of(new BigDecimal(value), hedge, Unit.parse(unit));
        assertEquals(expected, q.interval().toString());
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.55  | APPROXIMATELY | [1.51125, 1.58875]
            0.3   | ESTIMATE      | [0.27, 0.33]
            7.1   | NEARLY        | (6.745, 7.1]
            2.675 | APPROXIMATELY | [2.608125, 2.741875]
            """)
    void bandsOfDecimals_areComputedInDecimalsWithoutBinaryNoise(String value, Hedge hedge, String interval) {
        assertEquals(interval, Quantity.of(new BigDecimal(value), hedge, Unit.PERCENT).interval().toString());
    }

    private static Quantity person(String value, Hedge hedge) {
        return Quantity.of(new BigDecimal(value), hedge, Unit.PERSON);
    }

    @Test
    void almostAMillion_isCloseBelowAMillion_andExcludes600000() {
        Interval almost = person("1000000", Hedge.NEARLY).interval();
        assertEquals("(800000, 1000000]", almost.toString());
        assertFalse(almost.contains(600_000));
        assertFalse(almost.overlaps(person("700000", Hedge.APPROXIMATELY).interval()),
                "Forbes' ~700,000 disagrees with 'almost 1 million'");
    }

    @Test
    void around650000_coversTheCopyThatRounded666000() {
        assertEquals("[625000, 675000]", person("650000", Hedge.APPROXIMATELY).interval().toString());
        assertTrue(person("650000", Hedge.APPROXIMATELY).interval().contains(666_000));
        assertTrue(person("650000", Hedge.EXACT).roughly().contains(666_000), "bare 650,000 is 666,000 rounded");
        assertTrue(person("73500", Hedge.EXACT).roughly().overlaps(person("74000", Hedge.EXACT).roughly()));
        assertFalse(person("650000", Hedge.EXACT).roughly().contains(675_001));
    }

    @ParameterizedTest(name = "{1} {0}: relative half-width {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10000   | APPROXIMATELY | 0.1
            650000  | APPROXIMATELY | 0.0384615
            200000  | ESTIMATE      | 0.1
            95000   | APPROXIMATELY | 0.0263158
            666000  | APPROXIMATELY | 0.025
            96000   | APPROXIMATELY | 0.025
            1000000 | ESTIMATE      | 0.1
            7       | APPROXIMATELY | 0.0714286
            """)
    void bandWidths_stayBetween2point5And10PercentAtAnyMagnitude(String value, Hedge hedge, double relative) {
        Interval i = person(value, hedge).interval();
        double v = Double.parseDouble(value);
        assertEquals(relative, (i.upper() - v) / v, 1e-6);
        assertEquals(relative, (v - i.lower()) / v, 1e-6);
    }

    @Test
    void some10000_andAround650000_getComparableRelativeWidths() {
        double some = person("10000", Hedge.APPROXIMATELY).interval().width() / 10_000;
        double around = person("650000", Hedge.APPROXIMATELY).interval().width() / 650_000;
        assertTrue(some / around < 3 && some / around > 1 / 3.0, some + " against " + around);
    }

    @Test
    void roughly_forgivesABareNumberItsRoundingAndKeepsHedgedOnes() {
        assertEquals("[27000, 33000]", person("30000", Hedge.EXACT).roughly().toString(), "at most 10%");
        assertEquals("[45727.5, 45728.5]", person("45728", Hedge.EXACT).roughly().toString(), "a sharp number");
        assertEquals("[95500, 96500]", person("96000", Hedge.EXACT).roughly().toString());
        assertEquals("(100000, +∞)", person("100000", Hedge.MORE_THAN).roughly().toString());
        assertEquals("(800000, 1000000]", person("1000000", Hedge.NEARLY).roughly().toString());
    }

    @Test
    void range_isClosedBetweenItsBounds() {
        Quantity q = Quantity.range(new BigDecimal("6"), new BigDecimal("9"), Unit.parse("month"));
        assertEquals("[6, 9]", q.interval().toString());
        assertEquals(Optional.empty(), q.number());
    }

    @Test
    void hedgesAreRespected_nearlyConflictsWithAboveButAboutDoesNotConflictWithMoreThan() {
        Interval nearly = Quantity.of(new BigDecimal("95000"), Hedge.NEARLY, Unit.parse("vacancy")).interval();
        Interval exact = Quantity.exact(new BigDecimal("96000"), Unit.parse("vacancy")).interval();
        assertFalse(nearly.overlaps(exact));
        Interval about = Quantity.of(new BigDecimal("100000"), Hedge.APPROXIMATELY, Unit.PERSON).interval();
        Interval more = Quantity.of(new BigDecimal("100000"), Hedge.MORE_THAN, Unit.PERSON).interval();
        assertTrue(about.overlaps(more));
    }

    @Test
    void explicitLowerBound_replacesTheOpenEnd() {
        Quantity q = new Quantity(Optional.of(Value.parse("45", false)), Hedge.UP_TO,
                Optional.of(Value.parse("0", false)), Optional.empty(), Unit.PERCENT);
        assertEquals("[0, 45]", q.interval().toString());
    }

    @Test
    void dateQuantity_coversTheDaysOfItsPrecision() {
        Quantity feb = Quantity.date(PartialDate.parse("2024-02"), Hedge.EXACT);
        Interval days = feb.interval();
        assertEquals(PartialDate.parse("2024-02-01").firstDay().toEpochDay(), (long) days.lower());
        assertEquals(PartialDate.parse("2024-02-29").firstDay().toEpochDay(), (long) days.upper());
    }

    @Test
    void constructor_rejectsValueOutsideItsBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Quantity(
                Optional.of(Value.parse("50", false)), Hedge.APPROXIMATELY,
                Optional.of(Value.parse("60", false)), Optional.of(Value.parse("70", false)), Unit.PERCENT));
        assertEquals("value 50 is below its lower bound 60", e.getMessage());
    }

    @Test
    void constructor_rejectsUpperThatIsNotTheValueOfNearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Quantity(
                Optional.of(Value.parse("95000", false)), Hedge.NEARLY,
                Optional.empty(), Optional.of(Value.parse("96000", false)), Unit.PERSON));
        assertEquals("upper 96000 must equal the value 95000 for hedge nearly (or be left empty)", e.getMessage());
    }

    @Test
    void constructor_rejectsNumberForDateUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantity.of(new BigDecimal("2024"), Hedge.EXACT, Unit.DATE));
        assertTrue(e.getMessage().startsWith("value '2024' must be a date"), e.getMessage());
    }

    @Test
    void value_keepsWrittenPrecision() {
        assertEquals("2.50", Value.parse("2.50", false).toString());
        assertEquals(1000.0, Value.parse("95000", false).precisionUnit());
        assertThrows(IllegalArgumentException.class, () -> Value.parse("2.5E3", false));
        assertThrows(IllegalArgumentException.class, () -> Value.parse("95,000", false));
    }
}
