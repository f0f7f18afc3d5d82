package org.claimstat.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Relation;
import org.claimstat.RelationRule;

/**
 * {@code scope}: a figure attributed to one indicator and entity that conflicts with that entity's
 * own figures (a claim of the same indicator, entity and period it cannot agree with, or a relation
 * across entities it breaks) and equals, within rounding, a figure of the same period for another
 * entity or another indicator: likely that figure, given for the wrong scope (an outlet gave
 * Frontex's EU-wide 66,000 as Finland's arrivals). Runs on {@link Grouping#LINKED}: the other figure
 * is looked for among the claims of the same indicator for other entities and of the indicators
 * relations link it with. Two written numbers are equal within rounding where the ranges their last
 * significant digits allow overlap (66,000 is 65,500 to 66,500; 66,187 is 66,186.5 to 66,187.5).
 */
final class ScopeCheck implements Check {
    static final String ID = "scope";
    /** The smallest figure compared: below it, equal numbers are too likely by chance. */
    private static final double SMALLEST = 100;
    /** How many candidates of one value range are looked at, at most, for one disputed claim. */
    private static final int CANDIDATES = 64;
    /** How the reason of a claim disputed only by a relation across entities begins. */
    private static final String BROKEN = "breaks relation ";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A figure that conflicts with its entity's own figures and equals, within rounding, the figure of"
                + " another entity or indicator for the same period (likely a scope error).";
    }

    @Override
    public Grouping grouping() {
        return Grouping.LINKED;
    }

    /** A claim's written number with the range its last significant digit allows. */
    private record Figure(Claim claim, Interval rounding) {
    }

    /**
     * Why a claim is disputed: a claim of its own indicator, entity and period it conflicts with, or a relation
     * across entities it breaks; put in words only for the disputes that become findings.
     */
    private record Dispute(Claim other, Relation broken) {
        String why() {
            return broken != null ? BROKEN + broken.id() + " (" + broken.expression() + ")"
                    : "conflicts with " + other.id() + " (" + Words.figure(other) + ") of the same indicator, entity and"
                            + " period";
        }
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Map<Claim, Dispute> disputed = disputed(group, context);
        if (disputed.isEmpty()) {
            return Outcome.NONE;
        }
        // Figures of one period, each list sorted by the lower end of its rounding: a match is looked for among them alone.
        Map<org.claimstat.Period, Figure[]> byPeriod = new java.util.HashMap<>();
        group.claims().stream().map(ScopeCheck::figure).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.groupingBy(f -> f.claim().period()))
                .forEach((period, list) -> byPeriod.put(period, list.stream()
                        .sorted(Comparator.comparingDouble(f -> f.rounding().lower())).toArray(Figure[]::new)));
        double widest = byPeriod.values().stream().flatMap(Arrays::stream)
                .mapToDouble(f -> f.rounding().upper() - f.rounding().lower()).max().orElse(0);
        int examined = 0;
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Claim, Dispute> e : disputed.entrySet()) {
            Optional<Figure> own = figure(e.getKey());
            if (own.isEmpty() || significantDigits(e.getKey()) < 2) {
                continue;
            }
            examined++;
            match(own.get(), byPeriod.get(e.getKey().period()), widest, disputed).ifPresent(other -> findings.add(finding(own.get().claim(),
                    other.claim(), e.getValue().why(), context)));
        }
        return new Outcome(examined, examined - findings.size(), findings);
    }

    /** Returns the claims that conflict with their own indicator and entity's figures, each with why. */
    private static Map<Claim, Dispute> disputed(ClaimGroup group, CheckContext context) {
        Map<Claim, Dispute> out = new LinkedHashMap<>();
        List<Claim> claims = group.claims();
        for (int from = 0, k = 1; k <= claims.size(); k++) {
            if (k == claims.size() || !sameScope(claims.get(k), claims.get(from))) {
                List<Disjoint.Item> items = new ArrayList<>();
                for (Claim c : claims.subList(from, k)) {
                    context.inIndicatorUnit(c).ifPresent(i -> items.add(new Disjoint.Item(c, i)));
                }
                for (Disjoint.Pair p : Disjoint.pairs(items)) {
                    out.putIfAbsent(p.low().claim(), new Dispute(p.high().claim(), null));
                    out.putIfAbsent(p.high().claim(), new Dispute(p.low().claim(), null));
                }
                from = k;
            }
        }
        for (Relation r : context.relationsAcrossEntities()) {
            relationBroken(r, group, context, out);
        }
        return out;
    }

    /** Marks the claims of a relation across entities that they break within this group. */
    private static void relationBroken(Relation r, ClaimGroup group, CheckContext context, Map<Claim, Dispute> out) {
        RelationRule rule;
        try {
            rule = RelationRule.parse(r.expression());
        } catch (IllegalArgumentException e) {
            return;
        }
        if (!context.linkedGroup(rule.indicators().iterator().next()).equals(group.key())) {
            return;
        }
        Map<String, Claim> byId = new LinkedHashMap<>();
        group.claims().forEach(c -> byId.put(c.id(), c));
        for (Finding f : RelationCheck.of(r, context).run(group, context).findings()) {
            if (f.severity() == Severity.CONFLICT) {
                f.claims().forEach(id -> out.putIfAbsent(byId.get(id), new Dispute(null, r)));
            }
        }
    }

    private static boolean sameScope(Claim a, Claim b) {
        return a.indicator().equals(b.indicator()) && a.entity().equals(b.entity()) && a.period().equals(b.period());
    }

    private static Optional<Figure> figure(Claim c) {
        Optional<BigDecimal> n = c.quantity().number();
        if (n.isEmpty() || n.get().signum() == 0 || n.get().abs().doubleValue() < SMALLEST) {
            return Optional.empty();
        }
        return Rounding.range(c).map(r -> new Figure(c, r));
    }

    private static int significantDigits(Claim c) {
        return c.quantity().number().map(n -> n.stripTrailingZeros().precision()).orElse(0);
    }

    /**
     * Returns a figure of {@code sorted} (the figures of the claim's period) of another indicator or entity, not
     * itself disputed, equal within rounding; weighs {@value #CANDIDATES} figures that overlap it at most.
     */
    private static Optional<Figure> match(Figure own, Figure[] sorted, double widest, Map<Claim, Dispute> disputed) {
        Claim c = own.claim();
        int k = lowerBound(sorted, own.rounding().lower() - widest);
        for (int seen = 0, scanned = 0; k < sorted.length && seen < CANDIDATES && scanned < 16 * CANDIDATES; k++) {
            Figure f = sorted[k];
            if (f.rounding().lower() > own.rounding().upper()) {
                break;
            }
            Claim d = f.claim();
            scanned++;
            if (!f.rounding().overlaps(own.rounding())) {
                continue;
            }
            seen++;
            boolean otherScope = !d.entity().equals(c.entity()) || !d.indicator().equals(c.indicator());
            // A figure disputed only by a relation across entities may still be the one misplaced: a city's
            // toll given as the country's breaks the relation on both sides.
            boolean trusted = !disputed.containsKey(d) || disputed.get(d).broken() != null;
            if (otherScope && trusted && d.unit().isConvertibleTo(c.unit())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static int lowerBound(Figure[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].rounding().lower() < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Finding finding(Claim c, Claim d, String why, CheckContext context) {
        String scope = d.entity().equals(c.entity()) ? "indicator " + d.indicator() : "entity " + d.entity()
                + (d.indicator().equals(c.indicator()) ? "" : " (" + d.indicator() + ")");
        return new Finding(ID, Severity.WARNING, List.of(c.id(), d.id()), "Likely scope error: " + Words.claim(c, context)
                + claimant(c, context) + ", for " + Text.where(c) + " " + why + ", and equals within rounding "
                + Words.claim(d, context) + claimant(d, context) + ", for " + Text.where(d) + ": the figure of "
                + scope + " may have been given as " + c.entity() + "'s" + (d.indicator().equals(c.indicator()) ? ""
                : " " + c.indicator()) + ".");
    }

    /** Returns ", figure of X" where the claimant X is not the outlet, which the claim's words already name. */
    private static String claimant(Claim c, CheckContext context) {
        String outlet = context.findSource(c.source()).map(org.claimstat.Source::publisher).orElse("");
        return c.claimant().isBlank() || c.claimant().equalsIgnoreCase(outlet) ? "" : ", figure of " + c.claimant();
    }
}
