package org.claimstat;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A stated quantity: the value as written, the hedge around it, optional explicit bounds, and its
 * unit; from these follows the {@link #interval()} it means.
 *
 * <h2>The interval rule (the one place it is defined)</h2>
 * Let {@code v} be the value and {@code h} its <em>tolerance</em>: half the granularity of the scale the
 * number is written on (the largest of 1 or 5 × 10^k that it is a multiple of: 50,000 for
 * "650,000", 1,000 for "666,000", 10,000 for "10,000"), kept between 2.5% and 10% of {@code v};
 * a number with trailing zeros after its decimal point ("2.50") keeps its written precision; a
 * date, half the days it covers.
 * <table>
 *   <caption>What each hedge means</caption>
 *   <tr><th>hedge</th><th>words</th><th>interval</th><th>example</th></tr>
 *   <tr><td>{@code exact}</td><td>(none), exactly</td><td>[v, v]</td><td>650,000: [650000, 650000]</td></tr>
 *   <tr><td>{@code approximately}, {@code estimate}</td><td>about, around, some, roughly, an estimated</td>
 *       <td>[v − h, v + h]</td><td>around 650,000: [625000, 675000]; some 10,000: [9000, 11000]</td></tr>
 *   <tr><td>{@code nearly}</td><td>nearly, almost, just under</td><td>(v − 2h, v]</td>
 *       <td>almost 1 million: (800000, 1000000]; nearly 95,000: (90000, 95000]</td></tr>
 *   <tr><td>{@code up_to}, {@code at_most}</td><td>up to, as many as, at most, no more than</td>
 *       <td>(−∞, v]</td><td></td></tr>
 *   <tr><td>{@code less_than}</td><td>less than, fewer than, under</td><td>(−∞, v)</td><td></td></tr>
 *   <tr><td>{@code at_least}</td><td>at least, no fewer than</td><td>[v, +∞)</td><td></td></tr>
 *   <tr><td>{@code more_than}</td><td>more than, over, surpassed</td><td>(v, +∞)</td><td></td></tr>
 *   <tr><td>{@code range}</td><td>six to nine, between 40 and 60</td><td>[lower, upper]</td><td></td></tr>
 * </table>
 * "Nearly" takes the same width as "about", placed below the value: close to it and not reaching it.
 * The bounds of "up to", "more than" and the like are what the words entail; the upper limit that
 * "more than 100" suggests is an implicature that context cancels, so checks do not rely on it.
 * {@link #roughly()} forgives a bare number its rounding, for telling copies that differ only in
 * rounding from misquotes and conflicts. Sources: docs/checks.md, "Hedge widths".
 *
 * An explicit lower or upper bound, where given, replaces the derived end on its side (keeping
 * the hedge's openness at the value): "up to 45 percent" with lower 0 is [0, 45]. Where the ends, read as doubles,
 * fall on one number although the interval is not a point ("nearly 18014398509481985": 2^54 + 1 and 2^54 are one
 * double), the interval is that number, closed, never empty.
 *
 * <p>Invariants checked on construction: a value and bounds of the unit's sort (dates for
 * {@code date}, decimals otherwise); lower ≤ value ≤ upper; a range has both bounds; a bound that
 * the hedge makes the value itself ("nearly", "more than") equals the value.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.ModelSnippets region=quantity}
 *
 * @param value the stated value; empty only for a range stated by its bounds
 * @param hedge how the value relates to the truth
 * @param lower an explicit lower bound, if stated
 * @param upper an explicit upper bound, if stated
 * @param unit the unit of value and bounds
 */
public record Quantity(Optional<Value> value, Hedge hedge, Optional<Value> lower, Optional<Value> upper, Unit unit) {

    /** Validates the invariants listed in the type's documentation. */
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(unit, "unit");
        boolean dates = unit.kind() == Unit.Kind.DATE;
        requireSort("value", value, dates);
        requireSort("lower", lower, dates);
        requireSort("upper", upper, dates);
        if (hedge == Hedge.RANGE) {
            if (lower.isEmpty() || upper.isEmpty()) {
                throw new IllegalArgumentException("a range needs both lower and upper");
            }
        } else if (value.isEmpty()) {
            throw new IllegalArgumentException("hedge " + hedge + " needs a value; only a range may omit it");
        }
        if (lower.isPresent() && upper.isPresent() && above(lower.get(), upper.get())) {
            throw new IllegalArgumentException("lower " + lower.get() + " is above upper " + upper.get());
        }
        if (value.isPresent()) {
            requireBoundsAroundValue(value.get(), hedge, lower, upper);
        }
    }

    private static void requireSort(String field, Optional<Value> v, boolean dates) {
        if (v.isPresent() && (v.get() instanceof Value.Date) != dates) {
            throw new IllegalArgumentException(field + " '" + v.get() + "' must be "
                    + (dates ? "a date (YYYY, YYYY-MM or YYYY-MM-DD) for unit date" : "a number, not a date"));
        }
    }

    private static void requireBoundsAroundValue(Value v, Hedge hedge, Optional<Value> lower, Optional<Value> upper) {
        boolean lowerIsValue = hedge.valueIsLowerBound() || hedge == Hedge.EXACT;
        boolean upperIsValue = hedge.valueIsUpperBound() || hedge == Hedge.EXACT;
        if (lower.isPresent()) {
            if (lowerIsValue && !same(lower.get(), v)) {
                throw new IllegalArgumentException("lower " + lower.get() + " must equal the value " + v
                        + " for hedge " + hedge + " (or be left empty)");
            }
            if (above(lower.get(), v)) {
                throw new IllegalArgumentException("value " + v + " is below its lower bound " + lower.get());
            }
        }
        if (upper.isPresent()) {
            if (upperIsValue && !same(upper.get(), v)) {
                throw new IllegalArgumentException("upper " + upper.get() + " must equal the value " + v
                        + " for hedge " + hedge + " (or be left empty)");
            }
            if (above(v, upper.get())) {
                throw new IllegalArgumentException("value " + v + " is above its upper bound " + upper.get());
            }
        }
    }

    /**
     * True where all of {@code a} lies above all of {@code b}: decimals compared exactly (a double would
     * round numbers of more than 15 digits, and is slow to make of them), dates by their days.
     */
    private static boolean above(Value a, Value b) {
        if (a instanceof Value.Decimal x && b instanceof Value.Decimal y) {
            return x.number().compareTo(y.number()) > 0;
        }
        return a.low() > b.high();
    }

    /** True where {@code a} and {@code b} cover the same span: equal decimals ("2.50" and "2.5") or the same days. */
    private static boolean same(Value a, Value b) {
        if (a instanceof Value.Decimal x && b instanceof Value.Decimal y) {
            return x.number().compareTo(y.number()) == 0;
        }
        return a.compareTo(b) == 0;
    }

    /** Returns a quantity of {@code value} with {@code hedge} and no explicit bounds. */
    public static Quantity of(BigDecimal value, Hedge hedge, Unit unit) {
        return new Quantity(Optional.of(Value.of(value)), hedge, Optional.empty(), Optional.empty(), unit);
    }

    /** Returns an exact quantity. */
    public static Quantity exact(BigDecimal value, Unit unit) {
        return of(value, Hedge.EXACT, unit);
    }

    /** Returns the range [lower, upper], such as "six to nine months". */
    public static Quantity range(BigDecimal lower, BigDecimal upper, Unit unit) {
        return new Quantity(Optional.empty(), Hedge.RANGE, Optional.of(Value.of(lower)), Optional.of(Value.of(upper)), unit);
    }

    /** Returns an event date, such as "in February 2024" ({@code 2024-02}, exact to the month). */
    public static Quantity date(PartialDate date, Hedge hedge) {
        return new Quantity(Optional.of(Value.of(date)), hedge, Optional.empty(), Optional.empty(), Unit.DATE);
    }

    /** Returns the stated value as a decimal, empty for a date or a range stated by its bounds. */
    public Optional<BigDecimal> number() {
        return value.filter(Value.Decimal.class::isInstance).map(v -> ((Value.Decimal) v).number());
    }

    /**
     * Returns the interval this quantity means, by the rule in the type's documentation. Dates give
     * intervals of epoch days.
     */
    public Interval interval() {
        double lo;
        boolean loClosed = true;
        double hi;
        boolean hiClosed = true;
        if (hedge == Hedge.RANGE) {
            return Interval.closed(lower.orElseThrow().low(), upper.orElseThrow().high());
        }
        Value v = value.orElseThrow();
        switch (hedge) {
            case EXACT -> { lo = v.low(); hi = v.high(); }
            case APPROXIMATELY, ESTIMATE -> { lo = Tolerance.move(v, -1); hi = Tolerance.move(v, 1); }
            case NEARLY -> { lo = Tolerance.move(v, -2); loClosed = false; hi = v.high(); }
            case UP_TO, AT_MOST -> { lo = Double.NEGATIVE_INFINITY; hi = v.high(); }
            case LESS_THAN -> { lo = Double.NEGATIVE_INFINITY; hi = v.low(); hiClosed = false; }
            case AT_LEAST -> { lo = v.low(); hi = Double.POSITIVE_INFINITY; }
            case MORE_THAN -> { lo = v.high(); loClosed = false; hi = Double.POSITIVE_INFINITY; }
            default -> throw new IllegalStateException("unhandled hedge " + hedge);
        }
        if (lower.isPresent() && !hedge.valueIsLowerBound()) {
            lo = lower.get().low();
            loClosed = true;
        }
        if (upper.isPresent() && !hedge.valueIsUpperBound()) {
            hi = upper.get().high();
            hiClosed = true;
        }
        if (lo == hi && !(loClosed && hiClosed)) {
            return Interval.point(lo);
        }
        return new Interval(lo, loClosed, hi, hiClosed);
    }

    /**
     * Returns the interval once the rounding of a bare number is forgiven: an {@code exact} number
     * {@code v} becomes [v − r, v + r], where {@code r} is half its granularity, at most 10% of it
     * ("650,000" is [625000, 675000] and so covers "666,000"; the sharp "45,728" stays within half a
     * unit); every other quantity, whose hedge already says how far it may be from the truth, keeps
     * its {@link #interval()}. Checks compare claims roughly, so a bare round number is not called
     * a conflict with the figure it rounds.
     */
    public Interval roughly() {
        if (hedge != Hedge.EXACT || !(value.orElseThrow() instanceof Value.Decimal d) || d.number().signum() == 0) {
            return interval();
        }
        return Interval.closed(Tolerance.moveByRounding(d.number(), -1), Tolerance.moveByRounding(d.number(), 1));
    }

    /**
     * Returns the granularity of the stated number: the largest round unit (1 or 5 × 10^k) it is a whole multiple of
     * (5,000 for 35,000; 10,000,000 for 60,000,000; 1 for 45,728), or its written precision where trailing zeros
     * follow the decimal point ("2.50": 0.01); empty for a date, a range stated by its bounds, or zero. The scale a
     * reader takes the number to be written on (see the type's documentation).
     */
    public java.util.OptionalDouble granularity() {
        return number().filter(n -> n.signum() != 0).map(n -> java.util.OptionalDouble.of(Tolerance.granularity(n.abs())))
                .orElse(java.util.OptionalDouble.empty());
    }

    /**
     * Reads a quantity as a person writes it: {@code Quantity.parse("nearly 95,000 vacancies")} is
     * {@code nearly 95000 vacancy}, {@code "some $77 billion"} is about 77 billion USD, {@code "6 to 9
     * months"} the range [6, 9] month, {@code "up to 45%"} at most 45 percent; no hedge word means
     * exact. It also reads what {@link #toString()} writes ({@code "range 6..9 month"}). Numbers in words
     * and text around the quantity are the extractor's job ({@code ClaimExtractor}).
     *
     * @param text a hedge phrase or code, a number or range with optional separators and scale word, and a unit
     * @return the quantity
     * @throws IllegalArgumentException naming the text where it has no number or no unit
     */
    public static Quantity parse(String text) {
        return QuantityText.parse(Objects.requireNonNull(text, "text"));
    }

    /** A range keeps {@link Hedge#RANGE}; any other hedge word before a range is refused. */
    Quantity withHedgeIfRange(Hedge written, String text) {
        if (written != null && written != Hedge.RANGE) {
            throw new IllegalArgumentException("'" + text + "' puts the hedge '" + written.code()
                    + "' before a range; write the range alone, such as '6 to 9 months'");
        }
        return this;
    }

    /** Returns a readable form such as {@code nearly 95000 vacancy} or {@code range 6..9 month}. */
    @Override
    public String toString() {
        String stated = value.map(Value::toString)
                .orElse(lower.map(Value::toString).orElse("") + ".." + upper.map(Value::toString).orElse(""));
        return hedge + " " + stated + " " + unit;
    }
}
