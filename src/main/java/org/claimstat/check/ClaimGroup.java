package org.claimstat.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.compare.Claimants;
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
    private volatile Map<String, String> claimantKeys;

    /**
     * What {@link #byPeriod} found for one context, and the figures of its witnesses as they are asked for (by
     * identity: a cluster's equality compares every claim).
     */
    private record Memo(CheckContext context, List<PeriodRun> runs, Map<Independence.Cluster, Figure> figures) {
    }

    /**
     * The claim that speaks for a witness ({@link ConflictCheck#figure}) and its interval as {@code conflict} reads it
     * ({@link ConflictCheck#roughly}), empty where it does not convert.
     */
    record Figure(Claim claim, Optional<Interval> roughly) {
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
        return memo(context).runs();
    }

    private Memo memo(CheckContext context) {
        Objects.requireNonNull(context, "context");
        Memo m = memo;
        if (m == null || m.context() != context) {
            List<PeriodRun> runs = new ArrayList<>();
            for (List<Claim> run : Runs.byPeriod(claims)) {
                runs.add(new PeriodRun(run, Independence.witnesses(run, context::findSource)));
            }
            m = new Memo(context, List.copyOf(runs), new IdentityHashMap<>());
            memo = m;
        }
        return m;
    }

    /**
     * Returns the figure of a witness of {@link #byPeriod} (the same context), worked out once however many checks
     * ask ({@code conflict}, {@code outlier} and the nearby stocks all compare witnesses by it).
     */
    Figure figure(Independence.Cluster witness, CheckContext context) {
        Map<Independence.Cluster, Figure> figures = memo(context).figures();
        synchronized (figures) {
            Figure f = figures.get(witness);
            if (f == null) {
                Claim c = ConflictCheck.figure(witness, context);
                f = new Figure(c, ConflictCheck.roughly(c, context));
                figures.put(witness, f);
            }
            return f;
        }
    }

    /** Returns the key of each claimant of the group ({@link Claimants#keys} of them all), worked out once. */
    Map<String, String> claimantKeys() {
        Map<String, String> keys = claimantKeys;
        if (keys == null) {
            keys = Claimants.keys(claims.stream().map(Claim::claimant).distinct().toList());
            claimantKeys = keys;
        }
        return keys;
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
