package org.claimstat.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.claimstat.Claim;

/**
 * Groups claims by a {@link Grouping} (n log n): each claim's group is numbered in key order, a counting sort
 * puts the claims of each group together, and each group is sorted by the grouping's order on its own (in parallel).
 */
final class Groups {
    /** Groups larger than this are sorted by {@link Arrays#parallelSort}; smaller ones run in parallel with each other. */
    private static final int PARALLEL_SORT = 1 << 14;

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
        int[] group = new int[claims.size()];
        int groupCount = slots(claims, grouping, context, group);
        Map<String, Integer> indicatorRank = grouping == Grouping.ENTITY || grouping == Grouping.LINKED
                ? ranks(claims.stream().map(Claim::indicator).toList()) : Map.of();
        Map<String, Integer> entityRank = grouping == Grouping.LINKED
                ? ranks(claims.stream().map(Claim::entity).toList()) : Map.of();
        long entities = entityRank.size();
        // A counting sort by group (stable), then each group sorted on its own: the same order as one sort of all
        // claims by (group, order), but each sort stays small and in cache.
        int[] from = new int[groupCount + 1];
        for (int g : group) {
            from[g + 1]++;
        }
        for (int g = 0; g < groupCount; g++) {
            from[g + 1] += from[g];
        }
        int[] next = Arrays.copyOf(from, groupCount);
        Keyed[] keyed = new Keyed[claims.size()];
        for (int k = 0; k < keyed.length; k++) {
            Claim c = claims.get(k);
            int g = group[k];
            keyed[next[g]++] = switch (grouping) {
                case INDICATOR_ENTITY -> new Keyed(c, g, 0, start(c), end(c));
                case ENTITY -> new Keyed(c, g, indicatorRank.get(c.indicator()), start(c), end(c));
                case SOURCE -> new Keyed(c, g, 0, 0, 0);
                case LINKED -> new Keyed(c, g, indicatorRank.get(c.indicator()) * entities
                        + entityRank.get(c.entity()), start(c), end(c));
            };
        }
        List<Integer> small = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            if (from[g + 1] - from[g] > PARALLEL_SORT) {
                Arrays.parallelSort(keyed, from[g], from[g + 1]);
            } else if (from[g + 1] - from[g] > 1) {
                small.add(g);
            }
        }
        small.parallelStream().forEach(g -> Arrays.sort(keyed, from[g], from[g + 1]));
        List<ClaimGroup> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            List<Claim> members = new ArrayList<>(from[g + 1] - from[g]);
            for (int j = from[g]; j < from[g + 1]; j++) {
                members.add(keyed[j].claim);
            }
            groups.add(new ClaimGroup(grouping, grouping.key(keyed[from[g]].claim, context), members));
        }
        return groups;
    }

    /**
     * Writes each claim's group number into {@code group}, numbered in key order, and returns how many groups there
     * are.
     */
    private static int slots(List<Claim> claims, Grouping grouping, CheckContext context, int[] group) {
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
        for (int k = 0; k < slot.length; k++) {
            group[k] = slot[k][0];
        }
        return next;
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
