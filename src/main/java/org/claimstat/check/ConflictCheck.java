package org.claimstat.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Independence;

/**
 * {@code conflict}: witnesses of one indicator, entity and period whose figures cannot both hold.
 * Claims of one origin ({@link Independence}) count once, by the figure most of their copies give;
 * copies that differ among themselves are the {@code copies} check's business, not conflicts. Bare
 * numbers are compared with their rounding forgiven ({@link org.claimstat.Quantity#roughly()}), and money a source
 * also gives in another currency is a conversion, read within the spread of rates ({@link Conversions}). One
 * witness against several that give one figure (a pledge against seven copies of another) is one finding
 * ({@link OneAgainstMany}). Two figures that meet at one number from either side ("nearly 36,000" and "more than
 * 36,000") agree.
 */
final class ConflictCheck implements Check {
    static final String ID = "conflict";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Witnesses of one indicator, entity and period whose figures (hedges and rounding allowed for) cannot both"
                + " hold; copies of one origin count once.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        if (context.indicator(group.first().indicator()).unit().kind() == Unit.Kind.DATE) {
            return Outcome.NONE;
        }
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (ClaimGroup.PeriodRun period : group.byPeriod(context)) {
            List<Disjoint.Item> items = new ArrayList<>();
            Map<Claim, Independence.Cluster> witnessOf = new IdentityHashMap<>();
            Set<String> converting = Conversions.sources(period.claims());
            for (Independence.Cluster w : period.witnesses()) {
                ClaimGroup.Figure f = group.figure(w, context);
                Claim c = f.claim();
                Optional<Interval> i = f.roughly().map(x -> converting.contains(c.source()) ? Conversions.widen(x) : x);
                if (i.isPresent()) {
                    items.add(new Disjoint.Item(c, i.get()));
                    witnessOf.put(c, w);
                }
            }
            if (items.size() < 2) {
                continue;
            }
            examined++;
            List<Disjoint.Pair> pairs = new ArrayList<>(Disjoint.pairsWithBothEnds(items));
            pairs.removeIf(ConflictCheck::twoSidesOfOneNumber);
            if (pairs.isEmpty()) {
                passed++;
            }
            List<Disjoint.Pair> contradictions = new ArrayList<>();
            for (Disjoint.Pair p : pairs) {
                if (Revisions.likely(p.low().claim(), p.high().claim(), period.claims(), context)) {
                    findings.add(Revisions.finding(p.low().claim(), p.high().claim(), context));
                } else {
                    contradictions.add(p);
                }
            }
            for (List<Disjoint.Pair> one : OneAgainstMany.group(contradictions)) {
                findings.add(one.size() == 1 ? finding(one.get(0), witnessOf, context)
                        : OneAgainstMany.finding(one, witnessOf, context));
            }
        }
        findings.addAll(NearbyStocks.find(group, context));
        return new Outcome(examined, passed, findings);
    }

    /**
     * True where two figures meet at one number, each from its side: "approached around 36,000" and "crossing 36,000"
     * the same day, "nearly n" and "more than n", "under n" and "at least n". As intervals they are disjoint only by an
     * open end; as a reader takes them they say the figure is about n, so they are no conflict. Nothing is lost: any
     * figure wholly apart from one of them is still paired with the lowest or highest figure (see {@link Disjoint}).
     */
    static boolean twoSidesOfOneNumber(Disjoint.Pair p) {
        return p.low().interval().upper() == p.high().interval().lower();
    }

    /** Returns the claim that speaks for a witness: its most precise figure in the indicator's own unit, else in any. */
    static Claim figure(Independence.Cluster w, CheckContext context) {
        return w.figure(Origins.inOwnUnit(context)).orElseGet(w::figure);
    }

    /** Returns the claim's interval in its indicator's unit, a bare number's rounding forgiven where no conversion is needed. */
    static Optional<Interval> roughly(Claim c, CheckContext context) {
        Optional<Interval> i = c.unit().equals(context.indicator(c.indicator()).unit())
                ? Optional.of(c.quantity().roughly()) : context.inIndicatorUnit(c);
        return i.map(x -> PartOfDay.wholeDay(c, x));
    }

    private static Finding finding(Disjoint.Pair p, Map<Claim, Independence.Cluster> witnessOf, CheckContext context) {
        Claim low = p.low().claim();
        Claim high = p.high().claim();
        Unit unit = context.indicator(low.indicator()).unit();
        String message = Words.claim(low, context) + " against " + Words.claim(high, context) + ": both cannot hold for "
                + Text.where(low) + ". The first allows at most " + Words.amount(p.low().interval().upper(), unit)
                + ", the second at least " + Words.amount(p.high().interval().lower(), unit) + " (intervals "
                + Text.interval(p.low().interval()) + " and " + Text.interval(p.high().interval()) + "). "
                + Origins.pair(witnessOf.get(low), witnessOf.get(high)) + ".";
        return new Finding(ID, Severity.CONFLICT, List.of(low.id(), high.id()), message);
    }
}
