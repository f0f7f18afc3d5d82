package org.claimstat;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One number or date as written in a dataset: a decimal such as {@code 200000} or {@code 7.25},
 * or a {@link PartialDate} such as {@code 2024-02} for the quantities of event-date claims.
 *
 * <p>A value keeps the precision it was written with. {@link #low()} and {@link #high()} give the
 * span it covers on the number line (a date as epoch days: "2024-02" covers its 29 days), and
 * {@link #precisionUnit()} the size of its last written digit, which the hedges of
 * {@link Quantity} use to widen "about" into a band.
 *
 * <p>Immutable and thread-safe. {@link #parse(String, boolean)} is the inverse of
 * {@code toString()}.
 */
public sealed interface Value extends Comparable<Value> permits Value.Decimal, Value.Date {

    /** Returns the lowest number this value covers (epoch day of the first day for a date). */
    double low();

    /** Returns the highest number this value covers (epoch day of the last day for a date). */
    double high();

    /**
     * Returns the size of the last written digit: 1000 for {@code 95000}, 1e9 for
     * {@code 77000000000}, 0.01 for {@code 2.50}; for a date, the number of days it covers.
     */
    double precisionUnit();

    /** Compares by {@link #low()}, then {@link #high()}. */
    @Override
    default int compareTo(Value other) {
        int c = Double.compare(low(), other.low());
        return c != 0 ? c : Double.compare(high(), other.high());
    }

    /** Returns a decimal value. */
    static Value of(BigDecimal number) {
        return new Decimal(number);
    }

    /** Returns a date value. */
    static Value of(PartialDate date) {
        return new Date(date);
    }

    /**
     * Parses a plain decimal ({@code -12}, {@code 200000}, {@code 7.25}; no exponent, no
     * separators) or, where {@code date} is true, an ISO date of year, month or day precision.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    static Value parse(String text, boolean date) {
        Objects.requireNonNull(text, "text");
        return date ? new Date(PartialDate.parse(text)) : Decimal.parse(text);
    }

    /**
     * The most characters a decimal may be written with (sign, digits and point): 400, room for every size a double
     * holds written out, while a million digits are refused at once instead of taking seconds to parse.
     */
    int MAX_LENGTH = 400;

    /** Returns a long number's first and last ten characters around its length, such as {@code 2000000000…(309 chars)…0000000000}. */
    private static String abbreviate(String text) {
        return text.length() <= 30 ? text
                : text.substring(0, 10) + "…(" + text.length() + " chars)…" + text.substring(text.length() - 10);
    }

    /**
     * A decimal number, kept as written: {@code 2.50} keeps its two decimals.
     *
     * @param number the number
     */
    record Decimal(BigDecimal number) implements Value {
        private static final Pattern PLAIN = Pattern.compile("-?+[0-9]++(?:\\.[0-9]++)?+");

        /**
         * Rejects null and a nonzero number whose size a {@code double} cannot hold (beyond about 1.8e308 or nearer
         * 0 than 2.2e-308), since every interval, check and chart reads numbers as doubles.
         */
        public Decimal {
            Objects.requireNonNull(number, "number");
            int exponent = number.precision() - number.scale();
            if (number.signum() != 0 && (exponent > 308 || exponent < -306)) {
                double d = Math.abs(number.doubleValue());
                if (Double.isInfinite(d) || d < Double.MIN_NORMAL) {
                    throw new IllegalArgumentException("number " + abbreviate(number.toPlainString()) + " is too "
                            + (d < 1 ? "near 0" : "large") + " to compute with; expected a size between 2.2e-308"
                            + " and 1.7e308");
                }
            }
        }

        /**
         * Parses a plain decimal of at most {@link #MAX_LENGTH} characters.
         *
         * @throws IllegalArgumentException saying what was expected
         */
        static Decimal parse(String text) {
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("number too long: " + text.length() + " characters ("
                        + abbreviate(text) + "); expected a plain decimal of at most " + MAX_LENGTH);
            }
            if (!PLAIN.matcher(text).matches()) {
                throw new IllegalArgumentException("bad number '" + text
                        + "'; expected a plain decimal such as 200000 or 7.25 (no separators, no exponent)");
            }
            BigDecimal number = new BigDecimal(text);
            if (number.signum() == 0 && text.charAt(0) == '-') {
                throw new IllegalArgumentException("bad number '" + text + "': a zero with a minus sign; expected "
                        + text.substring(1) + " (a decimal keeps no sign of zero, so '-0' could not be written back as"
                        + " it was)");
            }
            return new Decimal(number);
        }

        @Override
        public double low() {
            return number.doubleValue();
        }

        @Override
        public double high() {
            return number.doubleValue();
        }

        @Override
        public double precisionUnit() {
            if (number.signum() == 0) {
                return Math.pow(10, -Math.max(number.scale(), 0));
            }
            if (number.scale() > 0) {
                return Math.pow(10, -number.scale());
            }
            BigDecimal stripped = number.stripTrailingZeros();
            return Math.pow(10, -Math.min(stripped.scale(), 0));
        }

        /** Returns the number as a plain decimal, exactly as it was written in a file. */
        @Override
        public String toString() {
            return number.toPlainString();
        }
    }

    /**
     * A calendar date known to a year, month or day.
     *
     * @param date the date
     */
    record Date(PartialDate date) implements Value {
        /** Rejects null. */
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public double low() {
            return date.firstDay().toEpochDay();
        }

        @Override
        public double high() {
            return date.lastDay().toEpochDay();
        }

        @Override
        public double precisionUnit() {
            return high() - low() + 1;
        }

        /** Returns the ISO form with its precision, such as {@code 2024-02}. */
        @Override
        public String toString() {
            return date.toString();
        }
    }
}
