package org.claimstat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * A dated exchange rate: on {@code date}, 1 {@code base} = {@code rate} {@code quote}; sourced
 * like any claim.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day the rate held
 * @param base the currency of which one unit is priced
 * @param quote the currency the price is in
 * @param rate how many units of quote one base buys, positive
 * @param source the id of the source of the rate
 * @param extra further columns of the dataset file, in file order
 */
public record Rate(LocalDate date, Currency base, Currency quote, BigDecimal rate, String source,
                   Map<String, String> extra) {

    /** Rejects nulls, a rate that is not positive, and a currency priced in itself. */
    public Rate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate must be positive, was " + rate.toPlainString());
        }
        if (base.equals(quote)) {
            throw new IllegalArgumentException("rate prices " + base + " in itself");
        }
        extra = Ids.copyOrdered(extra);
    }

    /** Returns a rate with no extra columns. */
    public static Rate of(LocalDate date, String base, String quote, BigDecimal rate, String source) {
        return new Rate(date, Currency.getInstance(base), Currency.getInstance(quote), rate, source, Map.of());
    }
}
