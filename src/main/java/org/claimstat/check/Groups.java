package org.claimstat.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.claimstat.Claim;

/**
 * Groups claims by a {@link Grouping} with one sort (n log n): keys are computed once per claim,
 * then consecutive claims with one key form a group, already in the grouping's order.
 */
final class Groups {
    private Groups() {
    }

    /** A claim with its sort keys computed once; compared by hand, without comparator chains. */
    private static final class Keyed implements Comparable<Keyed> {
        final Claim claim;
        final int group;
        final long indicator;
        final long start;
        final long end;

        Keyed(Claim claim, int group, long indicator, long start, long end) {
            this.claim = claim;
            this.group = group;
            this.indicator = indicator;
            this.start = start;
            this.end = end;
        }

        @Override
        public int compareTo(Keyed o) {
            int c = Integer.compare(group, o.group);
            if (c == 0) {
                c = Long.compare(indicator, o.indicator);
            }
            if (c == 0) {
                c = Long.compare(start, o.start);
            }
            if (c == 0) {
                c = Long.compare(end, o.end);
            }
            return c != 0 ? c : claim.id().compareTo(o.claim.id());
        }
    }

    static List<ClaimGroup> of(List<Claim> claims, Grouping grouping, CheckContext context) {
        int[][] slot = slots(claims, grouping, context);
        Map<String, Integer> indicatorRank = grouping == Grouping.ENTITY || grouping == Grouping.LINKED
                ? ranks(claims.stream().map(Claim::indicator).toList()) : Map.of();
        Map<String, Integer> entityRank = grouping == Grouping.LINKED
                ? ranks(claims.stream().map(Claim::entity).toList()) : Map.of();
        long entities = entityRank.size();
        Keyed[] keyed = new Keyed[claims.size()];
        for (int k = 0; k < keyed.length; k++) {
            Claim c = claims.get(k);
            int group = slot[k][0];
            keyed[k] = switch (grouping) {
                case INDICATOR_ENTITY -> new Keyed(c, group, 0, start(c), end(c));
                case ENTITY -> new Keyed(c, group, indicatorRank.get(c.indicator()), start(c), end(c));
                case SOURCE -> new Keyed(c, group, 0, 0, 0);
                case LINKED -> new Keyed(c, group, indicatorRank.get(c.indicator()) * entities
                        + entityRank.get(c.entity()), start(c), end(c));
            };
        }
        Arrays.parallelSort(keyed);
        List<ClaimGroup> groups = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= keyed.length; k++) {
            if (k == keyed.length || keyed[k].group != keyed[from].group) {
                List<Claim> members = new ArrayList<>(k - from);
                for (int j = from; j < k; j++) {
                    members.add(keyed[j].claim);
                }
                groups.add(new ClaimGroup(grouping, grouping.key(keyed[from].claim, context), members));
                from = k;
            }
        }
        return groups;
    }

    /** Returns each claim's group number, numbered in key order; claims of one group share the array. */
    private static int[][] slots(List<Claim> claims, Grouping grouping, CheckContext context) {
        Map<String, Map<String, int[]>> ids = new HashMap<>();
        int[][] slot = new int[claims.size()][];
        for (int k = 0; k < slot.length; k++) {
            Claim c = claims.get(k);
            String first = grouping == Grouping.INDICATOR_ENTITY ? c.indicator() : grouping.key(c, context);
            String second = grouping == Grouping.INDICATOR_ENTITY ? c.entity() : "";
            slot[k] = ids.computeIfAbsent(first, f -> new HashMap<>()).computeIfAbsent(second, x -> new int[1]);
        }
        List<String> firsts = new ArrayList<>(ids.keySet());
        firsts.sort(null);
        int next = 0;
        for (String f : firsts) {
            List<String> seconds = new ArrayList<>(ids.get(f).keySet());
            seconds.sort(null);
            for (String x : seconds) {
                ids.get(f).get(x)[0] = next++;
            }
        }
        return slot;
    }

    /** Returns each distinct string's rank in sorted order. */
    private static Map<String, Integer> ranks(List<String> values) {
        String[] distinct = new HashSet<>(values).toArray(new String[0]);
        Arrays.sort(distinct);
        Map<String, Integer> rank = new HashMap<>(distinct.length * 2);
        for (int k = 0; k < distinct.length; k++) {
            rank.put(distinct[k], k);
        }
        return rank;
    }

    private static long start(Claim c) {
        return c.period().firstDay().toEpochDay();
    }

    private static long end(Claim c) {
        return c.period().lastDay().toEpochDay();
    }
}
