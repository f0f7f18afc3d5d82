package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Period;
import org.claimstat.Relation;

/**
 * {@code relations:ID}: one declared relation, evaluated with interval arithmetic for every entity
 * and period where its indicators have claims. An indicator with several claims stands for what
 * they all allow (their intersection), or for their hull where they conflict among themselves.
 * Where exactly one indicator of an equality is missing, the value the others imply is reported
 * as {@code info}.
 */
final class RelationCheck implements Check {
    static final String PREFIX = "relations";

    private final Relation relation;
    private final Rule rule;

    private RelationCheck(Relation relation, Rule rule) {
        this.relation = relation;
        this.rule = rule;
    }

    /**
     * Returns the check of a relation.
     *
     * @throws IllegalArgumentException if the expression cannot be read or names an unknown indicator
     */
    static RelationCheck of(Relation relation, CheckContext context) {
        Rule rule;
        try {
            rule = Rule.parse(relation.expression());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("relation " + relation.id() + ": " + e.getMessage(), e);
        }
        for (String id : rule.indicators()) {
            if (!context.hasIndicator(id)) {
                throw new IllegalArgumentException("relation " + relation.id() + " ('" + relation.expression()
                        + "') names indicator '" + id + "', which is not in the dataset");
            }
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
        return Grouping.ENTITY;
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Set<String> used = rule.indicators();
        Map<Period, Map<String, List<Claim>>> byPeriod = new TreeMap<>();
        List<Claim> claims = group.claims();
        for (String indicator : used) {
            for (int k = firstOf(claims, indicator); k < claims.size() && claims.get(k).indicator().equals(indicator);
                 k++) {
                Claim c = claims.get(k);
                if (context.inIndicatorUnit(c).isPresent()) {
                    byPeriod.computeIfAbsent(c.period(), p -> new LinkedHashMap<>())
                            .computeIfAbsent(indicator, i -> new ArrayList<>()).add(c);
                }
            }
        }
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Period, Map<String, List<Claim>>> e : byPeriod.entrySet()) {
            Map<String, Interval> values = new LinkedHashMap<>();
            List<Claim> involved = new ArrayList<>();
            for (String id : used) {
                List<Claim> cs = e.getValue().get(id);
                if (cs != null) {
                    values.put(id, combine(cs, context));
                    involved.addAll(cs);
                }
            }
            Optional<Finding> f = evaluate(e.getKey(), group.first().entity(), values, involved);
            if (values.size() >= used.size() - 1 && (values.size() == used.size() || f.isPresent())) {
                examined++;
                if (f.isEmpty() || f.get().severity() == Severity.INFO) {
                    passed++;
                }
            }
            f.ifPresent(findings::add);
        }
        return new Outcome(examined, passed, findings);
    }

    /** Returns the index of the first claim of {@code indicator} in a group sorted by indicator. */
    private static int firstOf(List<Claim> claims, String indicator) {
        int lo = 0;
        int hi = claims.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (claims.get(mid).indicator().compareTo(indicator) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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

    private Optional<Finding> evaluate(Period period, String entity, Map<String, Interval> values, List<Claim> claims) {
        Set<String> used = rule.indicators();
        String head = "Relation " + relation.id() + " (" + relation.expression() + ")";
        String where = entity + ", " + Text.period(period);
        if (values.size() == used.size()) {
            Interval l = rule.left().eval(values).orElseThrow();
            Interval r = rule.right().eval(values).orElseThrow();
            if (!rule.violated(l, r)) {
                return Optional.empty();
            }
            return Optional.of(new Finding(id(), Severity.CONFLICT, Text.ids(claims), head + " cannot hold for "
                    + where + ": the left side is " + Text.interval(l) + " and the right side " + Text.interval(r)
                    + ", with " + bindings(values, claims) + "."));
        }
        if (values.size() == used.size() - 1) {
            String missing = used.stream().filter(id -> !values.containsKey(id)).findFirst().orElseThrow();
            return rule.implied(missing, values).map(i -> new Finding(id(), Severity.INFO, Text.ids(claims),
                    head + " implies " + missing + " in " + Text.interval(i) + " for " + where + ", from "
                            + bindings(values, claims) + "."));
        }
        return Optional.empty();
    }

    private static String bindings(Map<String, Interval> values, List<Claim> claims) {
        List<String> parts = new ArrayList<>();
        values.forEach((id, i) -> parts.add(id + " " + Text.interval(i) + " (" + String.join(", ",
                claims.stream().filter(c -> c.indicator().equals(id)).map(Claim::id).toList()) + ")"));
        return String.join(", ", parts);
    }
}
