package org.claimstat.compare;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An exchange rate found for a date: one {@code from} is {@code factor} {@code to}, taken from a
 * dated rate directly, inverted, or crossed through a third currency.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param factor how many {@code to} one {@code from} is worth, positive
 * @param date the date of the rate used; for a cross rate, the date of the leg farthest from the
 *     date asked for
 * @param via the third currency of a cross rate, empty for a direct or inverted rate
 */
public record Conversion(Currency from, Currency to, double factor, LocalDate date, Optional<Currency> via) {

    /** Rejects nulls and a factor that is not a positive number. */
    public Conversion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(via, "via");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("conversion factor must be a positive number, was " + factor);
        }
    }

    /** Returns {@code amount} in {@code to}. */
    public double apply(double amount) {
        return amount * factor;
    }

    /** Returns a form such as {@code 1 USD = 90.5 RUB on 2024-12-10} or {@code ... via EUR}. */
    @Override
    public String toString() {
        return "1 " + from + " = " + Numbers.format(factor) + " " + to + " on " + date
                + via.map(c -> " via " + c).orElse("");
    }
}
