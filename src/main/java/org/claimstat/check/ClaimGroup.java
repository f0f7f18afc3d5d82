package org.claimstat.check;

import java.util.List;
import java.util.Objects;
import org.claimstat.Claim;

/**
 * One group of claims as a {@link Check} sees it: claims with one {@link Grouping#key}, sorted by
 * {@link Grouping#order()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param grouping how the claims were grouped
 * @param key the group's key
 * @param claims the claims, in the grouping's order
 */
public record ClaimGroup(Grouping grouping, String key, List<Claim> claims) {

    /** Rejects nulls and an empty group; copies the claims. */
    public ClaimGroup {
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(key, "key");
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("group " + key + " has no claims");
        }
    }

    /** Returns a group of claims, sorting them by the grouping's order. */
    public static ClaimGroup of(Grouping grouping, List<Claim> claims) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one claim");
        }
        List<Claim> sorted = claims.stream().sorted(grouping.order()).toList();
        return new ClaimGroup(grouping, grouping.key(sorted.get(0)), sorted);
    }

    /** Returns the first claim, whose indicator, entity or source the whole group shares. */
    public Claim first() {
        return claims.get(0);
    }
}
