package org.claimstat;

/**
 * A set of numbers between two ends, each closed or open; an end may be unbounded (infinite).
 * This is what a hedged quantity means: "nearly 95,000" is (90000, 95000], "surpassed 40%" is
 * (40, +∞). Dates are intervals of epoch days.
 *
 * <p>Immutable and thread-safe. Intervals compare by what they contain, so "about 100,000" and
 * "more than 100,000" overlap while "nearly 95,000" and "96,000" do not.
 *
 * {@snippet class=org.claimstat.snippets.ModelSnippets region=interval}
 *
 * @param lower the lower end, {@link Double#NEGATIVE_INFINITY} if unbounded
 * @param lowerClosed whether the lower end belongs to the interval
 * @param upper the upper end, {@link Double#POSITIVE_INFINITY} if unbounded
 * @param upperClosed whether the upper end belongs to the interval
 */
public record Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed) {

    /** The whole number line. */
    public static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /** Rejects NaN ends, an upper end below the lower, and an empty interval. */
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException("interval ends must be numbers, were " + lower + " and " + upper);
        }
        if (upper < lower) {
            throw new IllegalArgumentException("interval upper end " + upper + " is below its lower end " + lower);
        }
        if (Double.isInfinite(lower)) {
            lowerClosed = false;
        }
        if (Double.isInfinite(upper)) {
            upperClosed = false;
        }
        if (upper == lower && !(lowerClosed && upperClosed)) {
            throw new IllegalArgumentException("interval (" + lower + ", " + upper + ") is empty");
        }
    }

    /** Returns [lower, upper]. */
    public static Interval closed(double lower, double upper) {
        return new Interval(lower, true, upper, true);
    }

    /** Returns [value, value]. */
    public static Interval point(double value) {
        return new Interval(value, true, value, true);
    }

    /** Returns true when the lower end is finite. */
    public boolean hasLower() {
        return !Double.isInfinite(lower);
    }

    /** Returns true when the upper end is finite. */
    public boolean hasUpper() {
        return !Double.isInfinite(upper);
    }

    /** Returns true when both ends are finite. */
    public boolean isBounded() {
        return hasLower() && hasUpper();
    }

    /** Returns true when {@code x} lies in the interval. */
    public boolean contains(double x) {
        return (x > lower || lowerClosed && x == lower) && (x < upper || upperClosed && x == upper);
    }

    /** Returns true when the two intervals share at least one number: both claims can hold. */
    public boolean overlaps(Interval other) {
        boolean belowOther = upper < other.lower || upper == other.lower && !(upperClosed && other.lowerClosed);
        boolean aboveOther = lower > other.upper || lower == other.upper && !(lowerClosed && other.upperClosed);
        return !belowOther && !aboveOther;
    }

    /** Returns true when every number of {@code other} lies in this interval. */
    public boolean encloses(Interval other) {
        boolean lowOk = other.lower > lower || other.lower == lower && (lowerClosed || !other.lowerClosed);
        boolean highOk = other.upper < upper || other.upper == upper && (upperClosed || !other.upperClosed);
        return lowOk && highOk;
    }

    /**
     * Returns the middle of a bounded interval, or the finite end of a half-open one (the only
     * number stated), or 0 for the whole line.
     */
    public double midpoint() {
        if (isBounded()) {
            return lower + (upper - lower) / 2;
        }
        return hasLower() ? lower : hasUpper() ? upper : 0;
    }

    /** Returns upper minus lower, infinite where an end is unbounded. */
    public double width() {
        return upper - lower;
    }

    /** Returns the interval in mathematical notation, such as {@code (40, +∞)} or {@code [6, 9]}. */
    @Override
    public String toString() {
        return (lowerClosed ? "[" : "(") + format(lower) + ", " + format(upper) + (upperClosed ? "]" : ")");
    }

    private static String format(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "+∞" : "-∞";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
