package org.claimstat.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.claimstat.Claim;

/**
 * Groups claims by a {@link Grouping} with one sort (n log n): keys are computed once per claim,
 * then consecutive claims with one key form a group, already in the grouping's order.
 */
final class Groups {
    private Groups() {
    }

    private record Keyed(Claim claim, String key, String indicator, long start, long end) {
    }

    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::key)
            .thenComparing(Keyed::indicator)
            .thenComparingLong(Keyed::start)
            .thenComparingLong(Keyed::end)
            .thenComparing(k -> k.claim().id());

    static List<ClaimGroup> of(List<Claim> claims, Grouping grouping) {
        Keyed[] keyed = new Keyed[claims.size()];
        for (int k = 0; k < keyed.length; k++) {
            Claim c = claims.get(k);
            keyed[k] = switch (grouping) {
                case INDICATOR_ENTITY -> new Keyed(c, grouping.key(c), "", start(c), end(c));
                case ENTITY -> new Keyed(c, grouping.key(c), c.indicator(), start(c), end(c));
                case SOURCE -> new Keyed(c, grouping.key(c), "", 0, 0);
            };
        }
        Arrays.parallelSort(keyed, ORDER);
        List<ClaimGroup> groups = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= keyed.length; k++) {
            if (k == keyed.length || !keyed[k].key().equals(keyed[from].key())) {
                List<Claim> members = new ArrayList<>(k - from);
                for (int j = from; j < k; j++) {
                    members.add(keyed[j].claim());
                }
                groups.add(new ClaimGroup(grouping, keyed[from].key(), members));
                from = k;
            }
        }
        return groups;
    }

    private static long start(Claim c) {
        return c.period().firstDay().toEpochDay();
    }

    private static long end(Claim c) {
        return c.period().lastDay().toEpochDay();
    }
}
