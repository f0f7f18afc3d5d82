package org.claimstat.compare;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Thrown by a comparison when a claim in one currency must be converted to another and the
 * dataset holds no rate (direct, inverted or crossed) within the tolerance of the claim's date.
 */
public final class NoRateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The id of the claim that could not be converted. */
    private final String claim;
    /** The claim's currency. */
    private final Currency from;
    /** The currency it had to be converted to. */
    private final Currency to;
    /** The date a rate was needed for. */
    private final LocalDate date;

    NoRateException(String claim, Currency from, Currency to, LocalDate date, int toleranceDays) {
        super("claim " + claim + ": no " + from + "/" + to + " rate (direct, inverted or crossed) within "
                + toleranceDays + " days of " + date + "; add one to rates.csv or widen the rate tolerance");
        this.claim = Objects.requireNonNull(claim, "claim");
        this.from = from;
        this.to = to;
        this.date = date;
    }

    /** Returns the id of the claim that could not be converted. */
    public String claim() {
        return claim;
    }

    /** Returns the claim's currency. */
    public Currency from() {
        return from;
    }

    /** Returns the currency it had to be converted to. */
    public Currency to() {
        return to;
    }

    /** Returns the date a rate was needed for. */
    public LocalDate date() {
        return date;
    }
}
