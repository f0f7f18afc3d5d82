package org.claimstat.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimstat.Claim;
import org.claimstat.compare.Independence;

/**
 * One group of claims as a {@link Check} sees it: claims with one {@link Grouping#key}, sorted by
 * {@link Grouping#order()}.
 *
 * <p>Immutable and thread-safe. The claims of each period and their witnesses ({@link #byPeriod})
 * are worked out once per group and context, however many checks ask.
 */
public final class ClaimGroup {
    private final Grouping grouping;
    private final String key;
    private final List<Claim> claims;
    private volatile Memo memo;

    /** What {@link #byPeriod} found for one context. */
    private record Memo(CheckContext context, List<PeriodRun> runs) {
    }

    /**
     * The claims of a group that share one period (a run of the group's order), and the witnesses among them.
     *
     * @param claims the claims, in the group's order
     * @param witnesses the claims sorted into witnesses ({@link Independence#witnesses}): copies of one origin count once
     */
    public record PeriodRun(List<Claim> claims, List<Independence.Cluster> witnesses) {
        /** Rejects nulls; copies the lists. */
        public PeriodRun {
            claims = List.copyOf(claims);
            witnesses = List.copyOf(witnesses);
        }
    }

    /**
     * Returns a group of claims already in the grouping's order.
     *
     * @param grouping how the claims were grouped
     * @param key the group's key
     * @param claims the claims, in the grouping's order
     * @throws IllegalArgumentException if there are no claims
     */
    public ClaimGroup(Grouping grouping, String key, List<Claim> claims) {
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        this.key = Objects.requireNonNull(key, "key");
        this.claims = List.copyOf(claims);
        if (this.claims.isEmpty()) {
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

    /** Returns how the claims were grouped. */
    public Grouping grouping() {
        return grouping;
    }

    /** Returns the group's key. */
    public String key() {
        return key;
    }

    /** Returns the claims, in the grouping's order. */
    public List<Claim> claims() {
        return claims;
    }

    /** Returns the first claim, whose indicator, entity or source the whole group shares. */
    public Claim first() {
        return claims.get(0);
    }

    /**
     * Returns the group's claims split into runs of one period (in the group's order, which sorts
     * by period for the groupings of one indicator), each with its witnesses. Computed once for a
     * context and kept: every check that compares independent sources asks for the same runs.
     */
    public List<PeriodRun> byPeriod(CheckContext context) {
        Objects.requireNonNull(context, "context");
        Memo m = memo;
        if (m == null || m.context() != context) {
            List<PeriodRun> runs = new ArrayList<>();
            for (List<Claim> run : Runs.byPeriod(claims)) {
                runs.add(new PeriodRun(run, Independence.witnesses(run, context::findSource)));
            }
            m = new Memo(context, List.copyOf(runs));
            memo = m;
        }
        return m.runs();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimGroup g && grouping == g.grouping && key.equals(g.key) && claims.equals(g.claims);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grouping, key, claims);
    }

    @Override
    public String toString() {
        return "ClaimGroup[grouping=" + grouping + ", key=" + key + ", claims=" + claims + "]";
    }
}
