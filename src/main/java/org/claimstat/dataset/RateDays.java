package org.claimstat.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.claimstat.Rate;

/**
 * Keeps the first rate of each currency pair and day in {@code rates.csv} and refuses a second that differs: which
 * of two rates of one day converts a claim would otherwise depend on the order of the file. A repeat of the same rate
 * passes. Not thread-safe: one per reading.
 */
final class RateDays {
    private final Map<String, Seen> first = new HashMap<>();

    private record Seen(BigDecimal rate, long line) {
    }

    /** Returns true where {@code rate} is the first of its pair and day, or repeats it; records an error otherwise. */
    boolean keep(Row row, Rate rate) {
        String key = rate.date() + " " + rate.base().getCurrencyCode() + " " + rate.quote().getCurrencyCode();
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
