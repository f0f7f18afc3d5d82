package org.claimstat;

import java.math.BigDecimal;

/**
 * The width a hedge gives a number: the one table behind {@link Quantity#interval()} and
 * {@link Quantity#roughly()}, documented in {@link Quantity} and docs/checks.md.
 *
 * <p>A number is read on the scale its form suggests (Krifka 2007; Jansen and Pollmann 2001): its
 * <em>granularity</em> {@code g} is the largest round unit, 1 or 5 × 10^k, of which it is a whole
 * multiple (650,000 is a multiple of 50,000, 666,000 of 1,000, 10,000 of 10,000); a number written
 * with trailing zeros after its decimal point ("2.50") declares its own precision instead. The
 * hedge's half-width {@code h} is {@code g / 2}, kept between {@value #LEAST} and {@value #MOST} of
 * the number, so widths stay comparable across magnitudes (Ferson et al. 2015 found the readings of
 * approximators to vary with magnitude and roundness far less than expected). A bare number may be
 * a rounding: its rounding half-width {@code r} is {@code g / 2}, at most {@value #MOST} of the
 * number, with no floor (a sharp number such as 45,728 claims its every digit). Dates keep their
 * own precision: half the days they cover.
 */
final class Tolerance {
    /** The narrowest half-width, relative to the number: 2.5%. */
    static final double LEAST = 0.025;
    /** The widest half-width, relative to the number: 10%. */
    static final double MOST = 0.10;
    private static final BigDecimal LEAST_RATIO = new BigDecimal("0.025");
    private static final BigDecimal MOST_RATIO = new BigDecimal("0.10");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(Long.MAX_VALUE / 40);
    /** Whole numbers of fewer digits (below 10^12) take the fast paths: 1000 n + 200 n stays below 2^53. */
    private static final int SMALL_WHOLE_DIGITS = 13;

    private Tolerance() {
    }

    /**
     * Returns the end of the value moved by {@code times} tolerances, down for a negative
     * {@code times}: in decimal arithmetic for a number ("about 1.55" gives 1.5112 and 1.5888, not
     * 1.5111999999999999), from the first or last day for a date.
     */
    static double move(Value v, int times) {
        if (v instanceof Value.Decimal d && d.number().signum() != 0) {
            BigDecimal n = d.number();
            return isSmallWhole(n) ? inThousandths(n.longValue(), halfWidthInThousandths(n.longValue()), times)
                    : moveExactly(n, halfWidth(n), times);
        }
        return (times < 0 ? v.low() : v.high()) + times * v.precisionUnit() / 2;
    }

    /**
     * Returns {@code number} moved by {@code times} rounding half-widths {@code r} ({@link #rounding}): an end of
     * {@link Quantity#roughly()}.
     */
    static double moveByRounding(BigDecimal number, int times) {
        if (isSmallWhole(number)) {
            long n = number.longValue();
            return inThousandths(n, Math.min(500 * wholeGranularity(n), 100 * n), times);
        }
        return moveExactly(number, rounding(number), times);
    }

    /** Returns {@code number + times × half} in decimal arithmetic, as a double. */
    static double moveExactly(BigDecimal number, BigDecimal half, int times) {
        return number.add(half.multiply(BigDecimal.valueOf(times))).doubleValue();
    }

    /**
     * True for a positive whole number written without decimals below {@value #SMALL_WHOLE_DIGITS} digits, most
     * figures: its ends are computed in whole thousandths, which a double holds exactly, so one division gives the
     * same double as the decimal arithmetic of {@link #moveExactly} (both round the exact end to the nearest double).
     */
    static boolean isSmallWhole(BigDecimal n) {
        return n.scale() == 0 && n.signum() > 0 && n.precision() < SMALL_WHOLE_DIGITS;
    }

    /** Returns {@code (1000 n + times × half) / 1000}, where {@code half} is a half-width in thousandths. */
    private static double inThousandths(long n, long half, int times) {
        return (1000 * n + times * half) / 1000.0;
    }

    /** Returns {@link #halfWidth} of a {@link #isSmallWhole} number in thousandths: 500 g within 25 n and 100 n. */
    private static long halfWidthInThousandths(long n) {
        return Math.min(Math.max(500 * wholeGranularity(n), 25 * n), 100 * n);
    }

    /** Returns {@link #granularity} of a positive whole number below {@code LIMIT}, by the same search. */
    private static long wholeGranularity(long n) {
        long halves = 2 * n;
        long best = 2;
        for (long p = 1; p <= halves; p *= 10) {
            if (2 * p <= halves && halves % (2 * p) == 0) {
                best = 2 * p;
            }
            if (10 * p <= halves && halves % (10 * p) == 0) {
                best = 10 * p;
            }
        }
        return best / 2;
    }

    /** Returns the rounding half-width {@code r} of a non-zero number: half its granularity, at most 10% of it. */
    static BigDecimal rounding(BigDecimal number) {
        BigDecimal n = number.abs();
        return BigDecimal.valueOf(granularity(n) / 2).min(n.multiply(MOST_RATIO));
    }

    /** Returns the half-width {@code h} of a non-zero number: half its granularity, within 2.5% and 10% of it. */
    static BigDecimal halfWidth(BigDecimal number) {
        BigDecimal n = number.abs();
        if (isFractionOfHundred(n)) {
            return n.multiply(MOST_RATIO);
        }
        BigDecimal half = BigDecimal.valueOf(granularity(n) / 2);
        BigDecimal least = n.multiply(LEAST_RATIO);
        BigDecimal most = n.multiply(MOST_RATIO);
        return half.max(least).min(most);
    }

    /**
     * True for a number with decimals that is a third, sixth or twelfth of a multiple of 100, rounded
     * to its written digits (33.3, 66.7, 16.7, 8.3, 41.67): the form "a third" or "two thirds" takes
     * when a percentage is stored as a number. Read as the fraction in words, which is loose ("fell by
     * about a third" for a 36% fall), so an approximate one gets the widest half-width.
     */
    static boolean isFractionOfHundred(BigDecimal n) {
        if (n.scale() < 1) {
            return false; // a whole number (stripping zeros only lowers the scale): most numbers, on a hot path
        }
        BigDecimal stripped = n.stripTrailingZeros();
        int scale = stripped.scale();
        if (scale < 1 || scale > 4 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
            return false;
        }
        BigDecimal twelve = stripped.multiply(BigDecimal.valueOf(12));
        BigDecimal nearest = twelve.setScale(0, java.math.RoundingMode.HALF_UP);
        BigDecimal slack = BigDecimal.valueOf(12).multiply(BigDecimal.ONE.movePointLeft(scale)).divide(BigDecimal.valueOf(2));
        return twelve.subtract(nearest).abs().compareTo(slack) <= 0 && nearest.signum() > 0
                && nearest.remainder(BigDecimal.valueOf(100)).signum() == 0 && twelve.compareTo(nearest) != 0;
    }

    /**
     * Returns the largest round unit (1 or 5 × 10^k) that divides {@code n} and is at
     * most {@code n}; the written precision where trailing zeros follow the decimal point.
     */
    static double granularity(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        if (n.scale() > 0 && stripped.scale() < n.scale()) {
            return Math.pow(10, -n.scale());
        }
        int shift = Math.max(stripped.scale(), 0);
        BigDecimal whole = stripped.movePointRight(shift);
        if (whole.compareTo(LIMIT) >= 0) {
            return Math.pow(10, -stripped.scale());
        }
        // In halves, so that 0.5 x 10^k is a whole number too: units 2 and 10 x 10^k stand for 1 and 5.
        long halves = 2 * whole.longValueExact();
        long best = 2;
        for (long p = 1; p <= halves; p *= 10) {
            for (long unit : new long[] {2 * p, 10 * p}) {
                if (unit <= halves && halves % unit == 0) {
                    best = unit;
                }
            }
        }
        return best / 2.0 * Math.pow(10, -shift);
    }
}
