package org.claimstat.check;

import java.util.Comparator;
import org.claimstat.Claim;

/**
 * How claims are grouped before a {@link Check} sees them. Every group is sorted by
 * {@link #order()}, so a check can sweep it instead of comparing all pairs; the same grouping
 * runs in memory ({@link Checks}) and on a cluster (group by {@link #key}, sort by
 * {@link #order()}).
 */
public enum Grouping {
    /** The claims of one indicator and entity, by period (first day, then last day), then id. */
    INDICATOR_ENTITY,
    /** The claims of one entity across indicators, by indicator, then period, then id. */
    ENTITY,
    /** The claims of one source, by id. */
    SOURCE,
    /**
     * The claims of indicators linked by declared relations (each indicator with the ones a
     * relation names beside it, transitively; an indicator no relation names alone), across
     * entities, by indicator, then entity, then period, then id. Its key needs the context:
     * {@link #key(Claim, CheckContext)}.
     */
    LINKED;

    private static final char SEP = '\u001f';
    private static final Comparator<Claim> BY_PERIOD = Comparator
            .comparing((Claim c) -> c.period().firstDay())
            .thenComparing(c -> c.period().lastDay())
            .thenComparing(Claim::id);

    /**
     * Returns the key of the group a claim belongs to; claims with equal keys form one group. For
     * {@link #LINKED}, which needs the relations, the claim's indicator: use
     * {@link #key(Claim, CheckContext)}.
     */
    public String key(Claim claim) {
        return switch (this) {
            case INDICATOR_ENTITY -> claim.indicator() + SEP + claim.entity();
            case ENTITY -> claim.entity();
            case SOURCE -> claim.source();
            case LINKED -> claim.indicator();
        };
    }

    /** Returns the key of the group a claim belongs to in a dataset of this context. */
    public String key(Claim claim, CheckContext context) {
        return this == LINKED ? context.linkedGroup(claim.indicator()) : key(claim);
    }

    /** Returns the order of claims within a group. */
    public Comparator<Claim> order() {
        return switch (this) {
            case INDICATOR_ENTITY -> BY_PERIOD;
            case ENTITY -> Comparator.comparing(Claim::indicator).thenComparing(BY_PERIOD);
            case SOURCE -> Comparator.comparing(Claim::id);
            case LINKED -> Comparator.comparing(Claim::indicator).thenComparing(Claim::entity).thenComparing(BY_PERIOD);
        };
    }
}
