package org.claimstat.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Independence;

/**
 * One witness against several that give one figure ("USD 24.5 million" against seven outlets' "USD 17.5 million")
 * is one conflict, not one per outlet: the pairs of the {@code conflict} check are grouped by the claim they share
 * and the figure (interval) of the other side, each pair joining the larger of its two possible groups.
 */
final class OneAgainstMany {
    private OneAgainstMany() {
    }

    /** Which claim a group shares, and the figure the others give. */
    private record Key(String shared, boolean sharedIsLow, Interval others) {
    }

    /** Returns the pairs in groups, in the order of their first pair. */
    static List<List<Disjoint.Pair>> group(List<Disjoint.Pair> pairs) {
        Map<Key, Integer> sizes = new HashMap<>();
        for (Disjoint.Pair p : pairs) {
            sizes.merge(lowKey(p), 1, Integer::sum);
            sizes.merge(highKey(p), 1, Integer::sum);
        }
        Map<Key, List<Disjoint.Pair>> groups = new LinkedHashMap<>();
        for (Disjoint.Pair p : pairs) {
            Key key = sizes.get(highKey(p)) > sizes.get(lowKey(p)) ? highKey(p) : lowKey(p);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        return List.copyOf(groups.values());
    }

    private static Key lowKey(Disjoint.Pair p) {
        return new Key(p.low().claim().id(), true, p.high().interval());
    }

    private static Key highKey(Disjoint.Pair p) {
        return new Key(p.high().claim().id(), false, p.low().interval());
    }

    /** Returns one finding for a group of two or more pairs: the shared claim against every other, in words. */
    static Finding finding(List<Disjoint.Pair> group, Map<Claim, Independence.Cluster> witnessOf, CheckContext context) {
        Disjoint.Pair first = group.get(0);
        boolean sharedIsLow = group.stream().allMatch(p -> p.low().claim() == first.low().claim());
        Disjoint.Item shared = sharedIsLow ? first.low() : first.high();
        List<Disjoint.Item> others = group.stream().map(p -> sharedIsLow ? p.high() : p.low()).toList();
        Unit unit = context.indicator(shared.claim().indicator()).unit();
        List<String> ids = new ArrayList<>(List.of(shared.claim().id()));
        List<String> words = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (Disjoint.Item o : others) {
            ids.add(o.claim().id());
            words.add(Words.claim(o.claim(), context));
            who.add(Origins.who(witnessOf.get(o.claim())));
        }
        Interval theirs = others.get(0).interval();
        String bounds = sharedIsLow
                ? "The first allows at most " + Words.amount(shared.interval().upper(), unit) + ", the others at least "
                        + Words.amount(theirs.lower(), unit)
                : "The first allows at least " + Words.amount(shared.interval().lower(), unit) + ", the others at most "
                        + Words.amount(theirs.upper(), unit);
        String message = Words.claim(shared.claim(), context) + " against " + others.size() + " witnesses that give "
                + Words.figure(others.get(0).claim()) + ": " + String.join("; ", words) + ". The first and each of"
                + " the others cannot both hold for " + Text.where(shared.claim()) + ". " + bounds + " (intervals "
                + Text.interval(shared.interval()) + " and " + Text.interval(theirs) + "). They are different"
                + " witnesses: " + Origins.who(witnessOf.get(shared.claim())) + ", against " + String.join("; ", who)
                + ".";
        return new Finding(ConflictCheck.ID, Severity.CONFLICT, ids, message);
    }
}
