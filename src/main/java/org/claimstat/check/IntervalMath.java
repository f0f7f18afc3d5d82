package org.claimstat.check;

import org.claimstat.Interval;

/**
 * Interval arithmetic on closed intervals (open ends are treated as closed, which can only make a
 * relation easier to satisfy, never raise a false alarm). A division by an interval that holds 0
 * gives the whole line.
 */
final class IntervalMath {
    private IntervalMath() {
    }

    static Interval apply(char op, Interval a, Interval b) {
        return switch (op) {
            case '+' -> closed(a.lower() + b.lower(), a.upper() + b.upper());
            case '-' -> closed(a.lower() - b.upper(), a.upper() - b.lower());
            case '*' -> multiply(a, b);
            case '/' -> divide(a, b);
            default -> throw new IllegalArgumentException("unknown operator '" + op + "'; expected + - * /");
        };
    }

    static Interval negate(Interval a) {
        return closed(-a.upper(), -a.lower());
    }

    private static Interval multiply(Interval a, Interval b) {
        double[] p = {times(a.lower(), b.lower()), times(a.lower(), b.upper()), times(a.upper(), b.lower()),
                times(a.upper(), b.upper())};
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : p) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return closed(lo, hi);
    }

    private static double times(double x, double y) {
        return x == 0 || y == 0 ? 0 : x * y;
    }

    private static Interval divide(Interval a, Interval b) {
        if (b.lower() <= 0 && b.upper() >= 0) {
            return Interval.ALL;
        }
        return multiply(a, closed(1 / b.upper(), 1 / b.lower()));
    }

    private static Interval closed(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return Interval.ALL;
        }
        return new Interval(lo, true, hi, true);
    }

    /** Returns the numbers both hold, assuming they overlap. */
    static Interval intersect(Interval a, Interval b) {
        boolean loFromA = a.lower() > b.lower() || a.lower() == b.lower() && !a.lowerClosed();
        boolean hiFromA = a.upper() < b.upper() || a.upper() == b.upper() && !a.upperClosed();
        return new Interval(loFromA ? a.lower() : b.lower(), loFromA ? a.lowerClosed() : b.lowerClosed(),
                hiFromA ? a.upper() : b.upper(), hiFromA ? a.upperClosed() : b.upperClosed());
    }

    /** Returns the smallest interval holding both. */
    static Interval hull(Interval a, Interval b) {
        boolean loFromA = a.lower() < b.lower() || a.lower() == b.lower() && a.lowerClosed();
        boolean hiFromA = a.upper() > b.upper() || a.upper() == b.upper() && a.upperClosed();
        return new Interval(loFromA ? a.lower() : b.lower(), loFromA ? a.lowerClosed() : b.lowerClosed(),
                hiFromA ? a.upper() : b.upper(), hiFromA ? a.upperClosed() : b.upperClosed());
    }
}
