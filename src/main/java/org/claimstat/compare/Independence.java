package org.claimstat.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.claimstat.Claim;
import org.claimstat.Source;

/**
 * Sorts claims into clusters that count as one witness: claims whose sources share a wire service
 * ({@link Source#derivedFrom()}), claims carrying the same quote from the same claimant on the same
 * day, and the same claimant repeating the same figure in several outlets. Claimants are matched
 * by {@link Claimants#keys}.
 *
 * <p>Call it on claims that should agree (one indicator, entity and period). Stateless and
 * thread-safe; linear in the number of claims (hash keys and union-find, no pairwise scan).
 *
 * <pre>{@code
 * List<Independence.Cluster> witnesses = Independence.clusters(claims, dataset::sourceOf);
 * }</pre>
 */
public final class Independence {
    private Independence() {
    }

    /** Why claims were put in one cluster. */
    public enum Reason {
        /** One story: the same source, or sources copying one wire service ({@code derived_from}). */
        SAME_STORY,
        /** The same quote from the same claimant, published the same day. */
        SAME_QUOTE,
        /** The same claimant repeating the same figure. */
        SAME_CLAIMANT_FIGURE
    }

    /**
     * Claims that count as one witness; the first is the representative (earliest published, then
     * lowest id).
     *
     * @param claims the claims, representative first
     * @param reasons why they were joined, empty for a cluster of one
     */
    public record Cluster(List<Claim> claims, Set<Reason> reasons) {
        /** Rejects an empty cluster; copies the lists. */
        public Cluster {
            claims = List.copyOf(claims);
            if (claims.isEmpty()) {
                throw new IllegalArgumentException("a cluster needs at least one claim");
            }
            reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
        }

        /** Returns the claim that stands for the cluster. */
        public Claim representative() {
            return claims.get(0);
        }
    }

    /**
     * Returns the clusters of {@code claims}, in the order of their representatives.
     *
     * @param claims claims that should agree
     * @param sources looks up a claim's source by id
     */
    public static List<Cluster> clusters(List<Claim> claims, Function<String, Source> sources) {
        Objects.requireNonNull(sources, "sources");
        Map<String, Long> day = new HashMap<>();
        for (Claim c : claims) {
            day.computeIfAbsent(c.source(), s -> published(sources.apply(s)));
        }
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparingLong((Claim c) -> day.get(c.source())).thenComparing(Claim::id));
        Map<String, String> claimants = Claimants.keys(ordered.stream().map(Claim::claimant).distinct().toList());
        int[] parent = new int[ordered.size()];
        List<EnumSet<Reason>> why = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            parent[i] = i;
            why.add(EnumSet.noneOf(Reason.class));
            Claim c = ordered.get(i);
            Source s = sources.apply(c.source());
            String who = claimants.get(c.claimant());
            join(seen, "w\u0000" + s.independenceKey(), i, parent, why, Reason.SAME_STORY);
            if (!who.isEmpty() && !c.quote().isBlank()) {
                join(seen, "q\u0000" + who + "\u0000" + normalizeQuote(c.quote()) + "\u0000" + s.published()
                        .map(Object::toString).orElse(""), i, parent, why, Reason.SAME_QUOTE);
            }
            if (!who.isEmpty()) {
                java.util.Optional<String> f = figure(c);
                if (f.isPresent()) {
                    join(seen, "f\u0000" + who + "\u0000" + f.get(), i, parent, why, Reason.SAME_CLAIMANT_FIGURE);
                }
            }
        }
        Map<Integer, List<Claim>> members = new LinkedHashMap<>();
        Map<Integer, EnumSet<Reason>> reasons = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            int root = find(parent, i);
            members.computeIfAbsent(root, r -> new ArrayList<>()).add(ordered.get(i));
            reasons.computeIfAbsent(root, r -> EnumSet.noneOf(Reason.class)).addAll(why.get(i));
        }
        List<Cluster> out = new ArrayList<>(members.size());
        members.forEach((root, list) -> out.add(new Cluster(list, list.size() > 1 ? reasons.get(root)
                : EnumSet.noneOf(Reason.class))));
        return out;
    }

    private static void join(Map<String, Integer> seen, String key, int i, int[] parent, List<EnumSet<Reason>> why,
                             Reason reason) {
        Integer j = seen.putIfAbsent(key, i);
        if (j != null) {
            int a = find(parent, j);
            int b = find(parent, i);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
            why.get(i).add(reason);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static long published(Source s) {
        return s.published().map(d -> d.firstDay().toEpochDay()).orElse(Long.MAX_VALUE);
    }

    private static String normalizeQuote(String quote) {
        StringBuilder out = new StringBuilder(quote.length());
        boolean space = false;
        for (int k = 0; k < quote.length(); k++) {
            char ch = quote.charAt(k);
            if (Character.isWhitespace(ch)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static java.util.Optional<String> figure(Claim c) {
        return c.quantity().number().map(BigDecimal::stripTrailingZeros).map(n -> n.toPlainString() + " " + c.unit());
    }
}
