package org.claimstat;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A stated quantity: the value as written, the hedge around it, optional explicit bounds, and its
 * unit; from these follows the {@link #interval()} it means.
 *
 * <h2>The interval rule (the one place it is defined)</h2>
 * Let {@code v} be the value, {@code u} its {@linkplain Value#precisionUnit() precision unit}
 * (the size of its last written digit: 1000 for "95,000", 10^9 for "$77 billion", 100,000 for
 * "200,000"; the days covered for a date):
 * <ul>
 *   <li>{@code exact}: [v, v]; {@code range}: [lower, upper]</li>
 *   <li>{@code approximately}, {@code estimate}: [v − u/2, v + u/2] ("$77 billion" ± 0.5 billion,
 *       "200,000" ± 50,000)</li>
 *   <li>{@code nearly}: (v − u, v] ("nearly 95,000" is (94000, 95000])</li>
 *   <li>{@code up_to}, {@code at_most}: (−∞, v]; {@code less_than}: (−∞, v)</li>
 *   <li>{@code at_least}: [v, +∞); {@code more_than}: (v, +∞)</li>
 * </ul>
 * An explicit lower or upper bound, where given, replaces the derived end on its side (keeping
 * the hedge's openness at the value): "up to 45 percent" with lower 0 is [0, 45].
 *
 * <p>Invariants checked on construction: a value and bounds of the unit's sort (dates for
 * {@code date}, decimals otherwise); lower ≤ value ≤ upper; a range has both bounds; a bound that
 * the hedge makes the value itself ("nearly", "more than") equals the value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Quantity q = Quantity.of(new BigDecimal("95000"), Hedge.NEARLY, Unit.parse("vacancy"));
 * q.interval();  // (94000, 95000]
 * }</pre>
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
        double u = v.precisionUnit();
        switch (hedge) {
            case EXACT -> { lo = v.low(); hi = v.high(); }
            case APPROXIMATELY, ESTIMATE -> { lo = plus(v, -u / 2); hi = plus(v, u / 2); }
            case NEARLY -> { lo = plus(v, -u); loClosed = false; hi = v.high(); }
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
        return new Interval(lo, loClosed, hi, hiClosed);
    }

    /**
     * Returns the value's low end moved down by {@code -by}, or its high end moved up by {@code by}: in decimal
     * arithmetic for a number, so that "about 1.55" gives 1.545 and not 1.5450000000000002.
     */
    private static double plus(Value v, double by) {
        if (v instanceof Value.Decimal d) {
            return d.number().add(java.math.BigDecimal.valueOf(by)).doubleValue();
        }
        return (by < 0 ? v.low() : v.high()) + by;
    }

    /** Returns a readable form such as {@code nearly 95000 vacancy} or {@code range 6..9 month}. */
    @Override
    public String toString() {
        String stated = value.map(Value::toString)
                .orElse(lower.map(Value::toString).orElse("") + ".." + upper.map(Value::toString).orElse(""));
        return hedge + " " + stated + " " + unit;
    }
}
