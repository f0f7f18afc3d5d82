package org.claimstat.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.claimstat.Rate;

/**
 * Keeps the first rate of each currency pair and day in {@code rates.csv} and refuses a second that differs: which
 * of two rates of one day converts a claim would otherwise depend on the order of the file. A repeat of the same rate
 * passes. A rate of the inverted pair on the same day ({@code RUB,USD} beside {@code USD,RUB}) must be the other's
 * inverse within {@link #INVERSE_TOLERANCE} (a rounded inverse, or a buying and a selling rate, pass): otherwise a
 * conversion would give another figure in each direction. Not thread-safe: one per reading.
 */
final class RateDays {
    /** How far the product of a rate and the rate of the inverted pair on the same day may be from 1. */
    static final double INVERSE_TOLERANCE = 0.02;

    private final Map<String, Seen> first = new HashMap<>();

    private record Seen(BigDecimal rate, long line) {
    }

    /** Returns true where {@code rate} is the first of its pair and day, or repeats it; records an error otherwise. */
    boolean keep(Row row, Rate rate) {
        String base = rate.base().getCurrencyCode();
        String quote = rate.quote().getCurrencyCode();
        Seen inverse = first.get(rate.date() + " " + quote + " " + base);
        if (inverse != null && Math.abs(inverse.rate().multiply(rate.rate()).doubleValue() - 1) > INVERSE_TOLERANCE) {
            row.error(Schemas.R_RATE, "a rate of " + base + " in " + quote + " for " + rate.date() + " (1 " + base + " = "
                    + rate.rate().toPlainString() + " " + quote + ") that is not the inverse of line " + inverse.line()
                    + " (1 " + quote + " = " + inverse.rate().toPlainString() + " " + base + "); expected rates of one day"
                    + " that agree in both directions (within " + Math.round(INVERSE_TOLERANCE * 100) + "%)");
            return false;
        }
        String key = rate.date() + " " + base + " " + quote;
        Seen seen = first.putIfAbsent(key, new Seen(rate.rate(), row.line()));
        if (seen == null || seen.rate().compareTo(rate.rate()) == 0) {
            return true;
        }
        row.error(Schemas.R_RATE, "a second rate of " + rate.base().getCurrencyCode() + " in "
                + rate.quote().getCurrencyCode() + " for " + rate.date() + ": " + rate.rate().toPlainString() + " where line "
                + seen.line() + " gives " + seen.rate().toPlainString() + "; expected one rate per currency pair and day");
        return false;
    }
}
