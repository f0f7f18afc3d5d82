package org.claimstat;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import javax.measure.Dimension;
import javax.measure.format.MeasurementParseException;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.Units;

/**
 * The unit of a quantity as written in dataset files: a counted noun ({@code person},
 * {@code vacancy}), an ISO 4217 currency ({@code USD}), {@code percent}, a rank out of a total
 * ({@code rank:83} for "31st out of 83"), a time or physical unit symbol understood by JSR-385
 * (Indriya: {@code month}, {@code year}, {@code GW}, {@code km}, {@code TWh}; and {@code °C}, {@code °F},
 * {@code GB}, {@code in}, {@code lb}, {@code ly}, {@code mph}, {@code t}, {@code kt}, {@code Mt}, {@code ha},
 * {@code mi}, {@code mi²}, {@code ft}, {@code ft²}, {@code yd}, {@code gal}, {@code ac}, {@code oz}, {@code kn},
 * {@code bbl}, {@code ppm}, {@code ppb},
 * which it lacks), or {@code date} for event dates.
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} is the inverse of {@link #toString()}.
 * Converting between compatible units is the unit library's job: see {@link #measure()}.
 *
 * {@snippet class=org.claimstat.snippets.ModelSnippets region=unit}
 *
 * @param kind what sort of unit this is
 * @param symbol the text used in files ({@code person}, {@code USD}, {@code rank:83}, {@code GW})
 */
public record Unit(Kind kind, String symbol) {

    /** What sort of thing a unit measures. */
    public enum Kind {
        /** A count of things, named by a noun such as {@code person}. */
        COUNT,
        /** Money in an ISO 4217 currency. */
        CURRENCY,
        /** A percentage, 0 to 100 for a share. */
        PERCENT,
        /** A position in a ranking of a stated size. */
        RANK,
        /** A duration in a time unit (month, year, week, day). */
        TIME,
        /** A physical quantity in a JSR-385 unit (GW, TWh, km). */
        PHYSICAL,
        /** A calendar date; the quantity's values are {@link PartialDate}s. */
        DATE
    }

    private static final Pattern NOUN = Pattern.compile("[a-z][a-z0-9_-]*+(?: [a-z0-9_-]++)*+");
    private static final Pattern RANK = Pattern.compile("rank:([1-9][0-9]{0,8})");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** Percent. */
    public static final Unit PERCENT = new Unit(Kind.PERCENT, "percent");
    /** Event dates. */
    public static final Unit DATE = new Unit(Kind.DATE, "date");
    /** A count of persons. */
    public static final Unit PERSON = new Unit(Kind.COUNT, "person");

    /** Checks that the symbol fits the kind. Use {@link #parse(String)} to read a symbol. */
    public Unit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
        Kind actual = classify(symbol);
        if (actual != kind) {
            throw new IllegalArgumentException("unit '" + symbol + "' is a " + actual + " unit, not " + kind);
        }
    }

    /** Returns the unit for a count of {@code noun}, such as {@code vacancy}. */
    public static Unit count(String noun) {
        return new Unit(Kind.COUNT, noun);
    }

    /** Returns the unit for money in {@code currency}. */
    public static Unit currency(Currency currency) {
        return new Unit(Kind.CURRENCY, currency.getCurrencyCode());
    }

    /** Returns the unit for a rank out of {@code outOf} places. */
    public static Unit rank(int outOf) {
        if (outOf < 1) {
            throw new IllegalArgumentException("a ranking needs at least one place, was " + outOf);
        }
        return new Unit(Kind.RANK, "rank:" + outOf);
    }

    /**
     * Reads a unit as written in files.
     *
     * @throws IllegalArgumentException saying what forms are allowed
     */
    public static Unit parse(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        return new Unit(classify(symbol), symbol);
    }

    private static Kind classify(String symbol) {
        if (symbol.equals("percent")) {
            return Kind.PERCENT;
        }
        if (symbol.equals("date")) {
            return Kind.DATE;
        }
        if (RANK.matcher(symbol).matches()) {
            return Kind.RANK;
        }
        if (CURRENCY_CODE.matcher(symbol).matches() && isIsoCurrency(symbol)) {
            return Kind.CURRENCY;
        }
        Optional<javax.measure.Unit<?>> measure = Measures.parse(symbol);
        if (measure.isPresent()) {
            return measure.get().getDimension().equals(Measures.TIME) ? Kind.TIME : Kind.PHYSICAL;
        }
        if (NOUN.matcher(symbol).matches()) {
            return Kind.COUNT;
        }
        throw new IllegalArgumentException("unknown unit '" + symbol + "'; expected a counted noun in lower case"
                + " (person), an ISO 4217 code (USD), percent, rank:N, date, or a unit symbol (month, GW, TWh)");
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Returns the currency of a {@link Kind#CURRENCY} unit. */
    public Optional<Currency> currency() {
        return kind == Kind.CURRENCY ? Optional.of(Currency.getInstance(symbol)) : Optional.empty();
    }

    /** Returns the number of places of a {@link Kind#RANK} unit: 83 for {@code rank:83}. */
    public OptionalInt rankOutOf() {
        return kind == Kind.RANK ? OptionalInt.of(Integer.parseInt(symbol.substring(5))) : OptionalInt.empty();
    }

    /** Returns the JSR-385 unit of a {@link Kind#TIME} or {@link Kind#PHYSICAL} unit. */
    public Optional<javax.measure.Unit<?>> measure() {
        return kind == Kind.TIME || kind == Kind.PHYSICAL ? Measures.parse(symbol) : Optional.empty();
    }

    /**
     * Returns true when a value in this unit can be converted to {@code other} without outside data:
     * the same unit, compatible time or physical units, or counts of one noun in the singular and
     * the plural ({@code people} and {@code person}).
     */
    public boolean isConvertibleTo(Unit other) {
        if (equals(other)) {
            return true;
        }
        if (kind == Kind.COUNT && other.kind == Kind.COUNT) {
            return Nouns.singular(symbol).equals(Nouns.singular(other.symbol));
        }
        Optional<javax.measure.Unit<?>> a = measure();
        Optional<javax.measure.Unit<?>> b = other.measure();
        return a.isPresent() && b.isPresent() && a.get().isCompatible(b.get());
    }

    /**
     * Returns true when a value in this unit can be compared with one in {@code other}, given dated
     * exchange rates where both are currencies: {@link #isConvertibleTo} holds, both are currencies,
     * or both are ranks (of rankings of any size). A dataset's reader requires this of every claim
     * and its indicator.
     */
    public boolean isComparableTo(Unit other) {
        return isConvertibleTo(other) || kind == other.kind && (kind == Kind.CURRENCY || kind == Kind.RANK);
    }

    /** Returns the symbol as written in files. */
    @Override
    public String toString() {
        return symbol;
    }

    /** Bridges to Indriya; watt-hours, which its parser lacks, are composed as W times h. */
    static final class Measures {
        static final Dimension TIME = Units.SECOND.getDimension();

        private Measures() {
        }

        /** The byte, a base unit of its own dimension (information), so that GB converts to TB and to nothing else. */
        private static final javax.measure.Unit<?> BYTE = new tech.units.indriya.unit.BaseUnit<>("B",
                tech.units.indriya.unit.UnitDimension.parse('I'));

        /**
         * Units that news writes and Indriya's SI format lacks or misreads, defined from SI units here rather than
         * registered in Indriya's shared format, which would change it for the whole program: bytes (kB to TB),
         * inches, pounds (lb), light years, miles per hour, degrees Celsius and Fahrenheit, tonnes (t, kt, Mt),
         * hectares, international miles and square miles, feet and square feet, yards, US gallons, acres, ounces, knots,
         * oil barrels (bbl, 42 US gallons), US bushels (bu, of grain), parts per million and per billion (ppm, ppb, dimensionless), and square
         * kilometres, which the format reads as
         * kilo-(square metre), 1,000 m².
         */
        private static final Map<String, javax.measure.Unit<?>> NON_SI = Map.ofEntries(
                Map.entry("kB", BYTE.multiply(1_000)),
                Map.entry("MB", BYTE.multiply(1_000_000)),
                Map.entry("GB", BYTE.multiply(1_000_000_000)),
                Map.entry("TB", BYTE.multiply(1_000_000_000_000L)),
                Map.entry("in", Units.METRE.multiply(0.0254)),
                Map.entry("lb", Units.KILOGRAM.multiply(0.45359237)),
                Map.entry("ly", Units.METRE.multiply(9_460_730_472_580_800L)),
                Map.entry("mph", Units.METRE.multiply(1609.344).divide(Units.HOUR)),
                Map.entry("°C", Units.CELSIUS),
                Map.entry("°F", Units.KELVIN.multiply(5.0 / 9).shift(459.67)),
                Map.entry("km²", Units.SQUARE_METRE.multiply(1_000_000)),
                Map.entry("mi²", Units.SQUARE_METRE.multiply(1609.344 * 1609.344)),
                Map.entry("t", Units.KILOGRAM.multiply(1_000)),
                Map.entry("kt", Units.KILOGRAM.multiply(1_000_000)),
                Map.entry("Mt", Units.KILOGRAM.multiply(1_000_000_000)),
                Map.entry("ha", Units.SQUARE_METRE.multiply(10_000)),
                Map.entry("mi", Units.METRE.multiply(1609.344)),
                Map.entry("ft", Units.METRE.multiply(0.3048)),
                Map.entry("ft²", Units.SQUARE_METRE.multiply(0.09290304)),
                Map.entry("yd", Units.METRE.multiply(0.9144)),
                Map.entry("gal", Units.CUBIC_METRE.multiply(0.003785411784)),
                Map.entry("ac", Units.SQUARE_METRE.multiply(4046.8564224)),
                Map.entry("oz", Units.KILOGRAM.multiply(0.028349523125)),
                Map.entry("kn", Units.METRE.multiply(1852).divide(Units.HOUR)),
                Map.entry("bbl", Units.CUBIC_METRE.multiply(0.158987294928)),
                Map.entry("bu", Units.CUBIC_METRE.multiply(0.03523907016688)),
                Map.entry("ppm", AbstractUnit.ONE.divide(1_000_000)),
                Map.entry("ppb", AbstractUnit.ONE.divide(1_000_000_000)));

        static Optional<javax.measure.Unit<?>> parse(String symbol) {
            javax.measure.Unit<?> nonSi = NON_SI.get(symbol);
            if (nonSi != null) {
                return Optional.of(nonSi);
            }
            if (symbol.isEmpty() || !Character.isLetter(symbol.charAt(0)) && symbol.charAt(0) != 'µ') {
                return Optional.empty();
            }
            try {
                if (symbol.endsWith("Wh")) {
                    javax.measure.Unit<?> power = SimpleUnitFormat.getInstance()
                            .parse(symbol.substring(0, symbol.length() - 1));
                    return Optional.of(power.multiply(Units.HOUR));
                }
                javax.measure.Unit<?> unit = SimpleUnitFormat.getInstance().parse(symbol);
                return unit.equals(AbstractUnit.ONE) ? Optional.empty() : Optional.of(unit);
            } catch (MeasurementParseException | IllegalArgumentException | UnsupportedOperationException e) {
                return Optional.empty();
            }
        }
    }
}
