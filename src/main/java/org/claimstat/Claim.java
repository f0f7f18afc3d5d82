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
 * <pre>{@code
 * Claim c = Claim.of("c1", "it_emigrants", "RU", Period.of(PartialDate.ofYear(2022)),
 *         Quantity.of(new BigDecimal("200000"), Hedge.ESTIMATE, Unit.PERSON),
 *         ClaimKind.ESTIMATE, "Russian officials", "s1", "an estimated 200,000");
 * c.quantity().interval();  // [180000, 220000]
 * }</pre>
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

    /** Returns the claim's unit, the unit of its quantity. */
    public Unit unit() {
        return quantity.unit();
    }

    /** Returns the interval its quantity means. */
    public Interval interval() {
        return quantity.interval();
    }
}
