package org.claimstat.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimstat.Claim;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.Unit;

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
        return clusters(claims, sources, Claimants.keys(claims.stream().map(Claim::claimant).distinct().toList()));
    }

    /**
     * Returns the clusters of {@code claims}, with claimants already matched by
     * {@link Claimants#keys} (compute them once for many calls).
     *
     * @param claims claims that should agree
     * @param sources looks up a claim's source by id
     * @param claimants the key of each claim's claimant
     */
    public static List<Cluster> clusters(List<Claim> claims, Function<String, Source> sources,
                                         Map<String, String> claimants) {
        Objects.requireNonNull(sources, "sources");
        if (claims.size() == 1) {
            return List.of(new Cluster(claims, Set.of()));
        }
        Map<String, Source> bySource = new HashMap<>();
        for (Claim c : claims) {
            bySource.computeIfAbsent(c.source(), sources);
        }
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparingLong((Claim c) -> published(bySource.get(c.source()))).thenComparing(Claim::id));
        int[] parent = new int[ordered.size()];
        List<EnumSet<Reason>> why = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            parent[i] = i;
            why.add(EnumSet.noneOf(Reason.class));
            Claim c = ordered.get(i);
            Source s = bySource.get(c.source());
            String who = Objects.requireNonNull(claimants.get(c.claimant()), c.claimant());
            join(seen, new StoryKey(s.independenceKey()), i, parent, why, Reason.SAME_STORY);
            if (!who.isEmpty() && !c.quote().isBlank()) {
                join(seen, new QuoteKey(who, normalizeQuote(c.quote()), s.published()), i, parent, why,
                        Reason.SAME_QUOTE);
            }
            Optional<String> figure = figure(c);
            if (!who.isEmpty() && figure.isPresent()) {
                join(seen, new FigureKey(who, figure.get()), i, parent, why, Reason.SAME_CLAIMANT_FIGURE);
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

    private record StoryKey(String story) {
    }

    private record QuoteKey(String claimant, String quote, Optional<PartialDate> published) {
    }

    private record FigureKey(String claimant, String figure) {
    }

    /**
     * Returns the figure a claim states, whatever its hedge: the number without trailing zeros and
     * the unit ({@code 200000 person}), or a range's bounds ({@code 6..9 month}); empty for a date.
     */
    public static Optional<String> figure(Claim claim) {
        if (claim.unit().kind() == Unit.Kind.DATE) {
            return Optional.empty();
        }
        org.claimstat.Quantity q = claim.quantity();
        String stated = q.number().map(n -> n.stripTrailingZeros().toPlainString())
                .orElseGet(() -> plain(q.lower()) + ".." + plain(q.upper()));
        return Optional.of(stated + " " + claim.unit());
    }

    private static String plain(Optional<org.claimstat.Value> v) {
        return v.map(x -> x instanceof org.claimstat.Value.Decimal d ? d.number().stripTrailingZeros().toPlainString()
                : x.toString()).orElse("");
    }

    private static void join(Map<Object, Integer> seen, Object key, int i, int[] parent, List<EnumSet<Reason>> why,
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
}
