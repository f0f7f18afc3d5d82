package org.claimstat;

import java.util.Map;
import java.util.Objects;

/**
 * One sourced number: a {@link Quantity} about an indicator, an entity and a period, stated by a
 * claimant in a source, with the few words it was quoted in.
 *
 * <p>Immutable and thread-safe. {@link #extra()} keeps any further columns of the dataset file so
 * a round trip loses nothing.
 *
 * {@snippet class=org.claimstat.snippets.ModelSnippets region=claim}
 *
 * @param id the claim's identifier, unique in its dataset
 * @param indicator the id of the indicator it measures
 * @param entity what it is about: an ISO 3166 code for a country ({@code RU}) or a name
 * @param period the time it is about
 * @param quantity the number, its hedge, bounds and unit
 * @param kind what sort of statement it is
 * @param claimant who stated the number (distinct from the outlet that reported it)
 * @param source the id of the source it was published in
 * @param quote a few words of the source containing the number
 * @param extra further columns of the dataset file, in file order
 */
public record Claim(String id, String indicator, String entity, Period period, Quantity quantity, ClaimKind kind,
                    String claimant, String source, String quote, Map<String, String> extra) {

    /** Rejects nulls and blank ids; copies {@code extra}. */
    public Claim {
        Ids.require(id, "claim id");
        Ids.require(indicator, "indicator");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claimant, "claimant");
        Ids.require(source, "source");
        Objects.requireNonNull(quote, "quote");
        extra = Ids.copyOrdered(extra);
    }

    /** Returns a claim with no extra columns. */
    public static Claim of(String id, String indicator, String entity, Period period, Quantity quantity,
                           ClaimKind kind, String claimant, String source, String quote) {
        return new Claim(id, indicator, entity, period, quantity, kind, claimant, source, quote, Map.of());
    }

    /**
     * Returns a claim written as a person writes it, with sensible defaults: the period and quantity
     * are read from text ({@link Period#parse(String)}, {@link Quantity#parse(String)}; an empty period
     * is unspecified), the kind is an event for a date and a statement otherwise, the claimant is not
     * named (empty) and the quote is the quantity as written.
     *
     * {@snippet class=org.claimstat.snippets.ModelSnippets region=claimOf}
     *
     * @param id the claim's id
     * @param indicator the indicator's id
     * @param entity what the number is about, such as {@code RU}
     * @param period an ISO date of year, month or day precision, or empty
     * @param quantity the quantity as written, such as {@code nearly 95,000 vacancies}
     * @param source the source's id
     * @return the claim
     * @throws IllegalArgumentException where the period or the quantity cannot be read
     */
    public static Claim of(String id, String indicator, String entity, String period, String quantity, String source) {
        Quantity q = Quantity.parse(quantity);
        return of(id, indicator, entity, period.isBlank() ? Period.UNSPECIFIED : Period.parse(period), q,
                q.unit().kind() == Unit.Kind.DATE ? ClaimKind.EVENT : ClaimKind.STATEMENT, "", source, quantity.strip());
    }

    /** Returns the claim's unit, the unit of its quantity. */
    public Unit unit() {
        return quantity.unit();
    }

    /** Returns the interval its quantity means. */
    public Interval interval() {
        return quantity.interval();
    }
}
