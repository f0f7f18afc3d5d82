package org.claimstat.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;

/**
 * Finds intervals that cannot all hold, in linear time. Let U be the interval that ends lowest
 * and L the one that starts highest: if any two intervals are disjoint, the higher of them is
 * disjoint from U and the lower from L. So pairing each interval with U, then the rest with L,
 * names every interval that takes part in a conflict, each in one real disjoint pair.
 */
final class Disjoint {
    private Disjoint() {
    }

    /** A claim's interval, or one derived from it by a date expression; described only when reported. */
    record Item(Claim claim, Interval interval, Optional<String> expression) {
        Item(Claim claim, Interval interval) {
            this(claim, interval, Optional.empty());
        }

        /** Returns the item as a finding names it, with the numbers. */
        String label() {
            if (expression.isPresent()) {
                return claim.id() + "'s \"" + expression.get() + "\" (" + Text.days(interval) + ")";
            }
            if (claim.unit().kind() == Unit.Kind.DATE) {
                return claim.id() + " (" + claim.quantity().value().map(Object::toString).orElse(claim.quantity()
                        .toString()) + ", " + Text.days(interval) + ")";
            }
            return Text.claim(claim, interval);
        }
    }

    /** A disjoint pair: {@code low} lies wholly below {@code high}. */
    record Pair(Item low, Item high) {
    }

    private static final Comparator<Item> BY_UPPER = Comparator.comparingDouble((Item i) -> i.interval().upper())
            .thenComparing(i -> i.interval().upperClosed());
    private static final Comparator<Item> BY_LOWER = Comparator.comparingDouble((Item i) -> i.interval().lower())
            .thenComparing(i -> !i.interval().lowerClosed());

    static List<Pair> pairs(List<Item> items) {
        return pairs(items, false);
    }

    /**
     * Returns, besides {@link #pairs(List)}, each interval that lies wholly below the highest one paired with it too,
     * so a middle figure (a business group's USD 84.1 billion between the government's 50 and 103.6 billion) is named
     * against both ends, not only against the lowest: at most twice as many pairs, still linear.
     */
    static List<Pair> pairsWithBothEnds(List<Item> items) {
        return pairs(items, true);
    }

    private static List<Pair> pairs(List<Item> items, boolean bothEnds) {
        List<Pair> pairs = new ArrayList<>();
        if (items.size() < 2) {
            return pairs;
        }
        Item lowest = items.stream().min(BY_UPPER).orElseThrow();
        Item highest = items.stream().max(BY_LOWER).orElseThrow();
        boolean[] named = new boolean[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Item x = items.get(k);
            if (x != lowest && !x.interval().overlaps(lowest.interval())) {
                pairs.add(new Pair(lowest, x));
                named[k] = true;
            }
        }
        if (pairs.isEmpty()) {
            return pairs;
        }
        for (int k = 0; k < items.size(); k++) {
            Item x = items.get(k);
            if ((bothEnds || !named[k]) && x != lowest && x != highest && !x.interval().overlaps(highest.interval())) {
                pairs.add(new Pair(x, highest));
            }
        }
        return pairs;
    }
}
