package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Period;
import org.claimstat.Relation;
import org.claimstat.RelationRule.Ref;

/**
 * {@code relations:ID}: one declared relation, evaluated with interval arithmetic for every period
 * where its references have claims: per entity ({@link Grouping#ENTITY}) where the references name
 * no entity, across the entities they name otherwise ({@link Grouping#LINKED}). A reference marked
 * {@code enclosing} takes the claims of each period that encloses the one checked. A reference
 * with several claims stands for what they all allow (their intersection), or for their hull where
 * they conflict among themselves. Where exactly one reference of an equality is missing, the value
 * the others imply is reported as {@code info}.
 */
final class RelationCheck implements Check {
    static final String PREFIX = "relations";

    private final Relation relation;
    private final Rule rule;
    private final List<Ref> refs;
    private final boolean across;

    private RelationCheck(Relation relation, Rule rule) {
        this.relation = relation;
        this.rule = rule;
        this.refs = List.copyOf(rule.parsed().refs());
        this.across = rule.parsed().acrossEntities();
    }

    /**
     * Returns the check of a relation.
     *
     * @throws IllegalArgumentException if the expression cannot be read, names an unknown indicator
     *     or mixes references with and without an entity
     */
    static RelationCheck of(Relation relation, CheckContext context) {
        Rule rule;
        try {
            rule = Rule.parse(relation.expression());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("relation " + relation.id() + ": " + e.getMessage(), e);
        }
        for (String id : rule.parsed().indicators()) {
            if (!context.hasIndicator(id)) {
                throw new IllegalArgumentException("relation " + relation.id() + " ('" + relation.expression()
                        + "') names indicator '" + id + "', which is not in the dataset");
            }
        }
        List<String> problems = rule.parsed().problems(Set.copyOf(rule.parsed().indicators()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("relation " + relation.id() + " ('" + relation.expression() + "') "
                    + String.join("; ", problems));
        }
        return new RelationCheck(relation, rule);
    }

    @Override
    public String id() {
        return PREFIX + ":" + relation.id();
    }

    @Override
    public String description() {
        return relation.expression() + (relation.description().isBlank() ? "" : ": " + relation.description());
    }

    @Override
    public Grouping grouping() {
        return across ? Grouping.LINKED : Grouping.ENTITY;
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        String entity = group.first().entity();
        Map<Ref, Map<Period, List<Claim>>> byRef = new LinkedHashMap<>();
        for (Ref r : refs) {
            byRef.put(r, periods(group.claims(), r.indicator(), r.entity().orElse(entity), context));
        }
        Map<Period, Boolean> checked = new TreeMap<>();
        for (Ref r : refs) {
            if (!r.enclosing()) {
                byRef.get(r).keySet().forEach(p -> checked.put(p, true));
            }
        }
        int[] counts = new int[2];
        List<Finding> findings = new ArrayList<>();
        Map<List<Interval>, List<Breach>> breaches = new LinkedHashMap<>();
        Optional<Ref> enclosing = refs.stream().filter(Ref::enclosing).findFirst();
        for (Period p : checked.keySet()) {
            if (enclosing.isEmpty()) {
                evaluate(p, Optional.empty(), byRef, context, counts, findings, breaches);
                continue;
            }
            for (Period q : byRef.get(enclosing.get()).keySet()) {
                if (q.encloses(p)) {
                    evaluate(p, Optional.of(q), byRef, context, counts, findings, breaches);
                }
            }
        }
        breaches.values().forEach(b -> findings.add(conflict(b, entity, context)));
        return new Outcome(counts[0], counts[1], findings);
    }

    /** Returns the claims of one indicator and entity, by period, that are in (or convert to) the indicator's unit. */
    private static Map<Period, List<Claim>> periods(List<Claim> claims, String indicator, String entity,
                                                    CheckContext context) {
        Map<Period, List<Claim>> out = new LinkedHashMap<>();
        for (int k = firstOf(claims, indicator, entity); k < claims.size(); k++) {
            Claim c = claims.get(k);
            if (!c.indicator().equals(indicator) || !c.entity().equals(entity)) {
                break;
            }
            if (context.inIndicatorUnit(c).isPresent()) {
                out.computeIfAbsent(c.period(), x -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** Returns the index of the first claim of {@code indicator} and {@code entity} in a group sorted by both. */
    private static int firstOf(List<Claim> claims, String indicator, String entity) {
        int lo = 0;
        int hi = claims.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Claim c = claims.get(mid);
            int cmp = c.indicator().compareTo(indicator);
            if (cmp == 0) {
                cmp = c.entity().compareTo(entity);
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * One period (and enclosing period) where the relation cannot hold: the values of its references, the claims
     * behind them, and both sides evaluated.
     */
    private record Breach(Period period, Optional<Period> enclosing, Map<Ref, Interval> values,
                          Map<Ref, List<Claim>> bound, Interval left, Interval right) {
    }

    /**
     * Evaluates one period; an implied value becomes an info finding, a breach joins the others with the same values
     * of the references that are not {@code enclosing} (one figure checked against several enclosing periods, or the
     * same figures repeated over periods, is one finding).
     */
    private void evaluate(Period p, Optional<Period> q, Map<Ref, Map<Period, List<Claim>>> byRef, CheckContext context,
                          int[] counts, List<Finding> findings, Map<List<Interval>, List<Breach>> breaches) {
        Map<Ref, Interval> values = new LinkedHashMap<>();
        Map<Ref, List<Claim>> bound = new LinkedHashMap<>();
        for (Ref r : refs) {
            List<Claim> cs = byRef.get(r).get(r.enclosing() ? q.orElseThrow() : p);
            if (cs != null) {
                values.put(r, combine(cs, context));
                bound.put(r, cs);
            }
        }
        if (values.size() == refs.size()) {
            counts[0]++;
            Optional<Interval> l = Expression.eval(rule.parsed().left(), values, p);
            Optional<Interval> r = Expression.eval(rule.parsed().right(), values, p);
            if (l.isEmpty() || r.isEmpty() || !rule.violated(l.get(), r.get())) {
                counts[1]++;
                return;
            }
            List<Interval> key = new ArrayList<>();
            values.forEach((ref, i) -> key.add(ref.enclosing() ? null : i));
            breaches.computeIfAbsent(key, k -> new ArrayList<>()).add(new Breach(p, q, values, bound, l.get(), r.get()));
        } else if (values.size() == refs.size() - 1) {
            implied(p, q, values, bound).ifPresent(f -> {
                counts[0]++;
                counts[1]++;
                findings.add(f);
            });
        }
    }

    private static Interval combine(List<Claim> claims, CheckContext context) {
        List<Disjoint.Item> items = new ArrayList<>();
        for (Claim c : claims) {
            items.add(new Disjoint.Item(c, context.inIndicatorUnit(c).orElseThrow()));
        }
        boolean consistent = Disjoint.pairs(items).isEmpty();
        Interval out = items.get(0).interval();
        for (int k = 1; k < items.size(); k++) {
            Interval next = items.get(k).interval();
            out = consistent ? IntervalMath.intersect(out, next) : IntervalMath.hull(out, next);
        }
        return out;
    }

    private String head() {
        return "Relation " + relation.id() + " (" + relation.expression() + ")";
    }

    private String where(Period p, Optional<Period> q, String entity) {
        return (across ? "" : entity + ", ") + Text.period(p)
                + q.map(w -> " (enclosing period " + Text.period(w) + ")").orElse("");
    }

    /** Returns one conflict for breaches with the same figures: every period, the values, and the claims in words. */
    private Finding conflict(List<Breach> breaches, String entity, CheckContext context) {
        Set<Claim> claims = new LinkedHashSet<>();
        breaches.forEach(b -> b.bound().values().forEach(claims::addAll));
        List<Claim> named = List.copyOf(claims);
        if (breaches.size() == 1) {
            Breach b = breaches.get(0);
            return new Finding(id(), Severity.CONFLICT, Text.ids(named), head() + " cannot hold for "
                    + where(b.period(), b.enclosing(), entity) + ": the left side is " + Text.interval(b.left())
                    + " and the right side " + Text.interval(b.right()) + ", with " + bindings(b.values(), b.bound())
                    + ". The claims: " + Words.claims(named, context) + ".");
        }
        List<String> each = new ArrayList<>();
        breaches.forEach(b -> each.add(where(b.period(), b.enclosing(), entity) + ": left " + Text.interval(b.left())
                + ", right " + Text.interval(b.right()) + ", with " + bindings(b.values(), b.bound())));
        return new Finding(id(), Severity.CONFLICT, Text.ids(named), head() + " cannot hold for " + breaches.size()
                + " periods with the same figures: " + String.join("; ", each) + ". The claims: "
                + Words.claims(named, context) + ".");
    }

    private Optional<Finding> implied(Period p, Optional<Period> q, Map<Ref, Interval> values,
                                      Map<Ref, List<Claim>> bound) {
        List<Claim> claims = new ArrayList<>();
        bound.values().forEach(claims::addAll);
        Ref missing = refs.stream().filter(id -> !values.containsKey(id)).findFirst().orElseThrow();
        String entity = claims.get(0).entity();
        return rule.implied(missing, values, p).map(i -> new Finding(id(), Severity.INFO, Text.ids(claims),
                head() + " implies " + missing + " in " + Text.interval(i) + " for " + where(p, q, entity) + ", from "
                        + bindings(values, bound) + "."));
    }

    private static String bindings(Map<Ref, Interval> values, Map<Ref, List<Claim>> bound) {
        List<String> parts = new ArrayList<>();
        values.forEach((ref, i) -> parts.add(ref + " " + Text.interval(i) + " (" + String.join(", ",
                Text.ids(bound.get(ref))) + ")"));
        return String.join(", ", parts);
    }
}
