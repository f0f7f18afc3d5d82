package org.claimstat.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimstat.Claim;
import org.claimstat.PartialDate;
import org.claimstat.Source;

/**
 * Builds {@link Independence.Cluster}s: one key per claim and reason (its story, its origin, its
 * quote), then union-find over claims that share a key. Every key is a function of the claim, its
 * source chain and the names of the claims handed over, so the result does not depend on their order.
 */
final class Witnesses {
    private static final int MAX_CHAIN = 32;

    private Witnesses() {
    }

    /**
     * What one claim contributes: its story, its origin key (its claimant's, else the name its quote
     * attributes the figure to), the key of that attribution, and whether the origin came from its quote.
     */
    private record Keys(String story, String origin, String originName, String attribution, boolean attributed,
                        long published) {
    }

    static List<Independence.Cluster> of(List<Claim> claims, Function<String, Optional<Source>> sources) {
        if (claims.size() == 1) {
            return List.of(alone(claims.get(0)));
        }
        Map<String, Optional<Source>> bySource = new HashMap<>();
        List<Claim> ordered = new ArrayList<>(claims);
        Map<Claim, String> attributions = new java.util.IdentityHashMap<>();
        Set<String> names = new HashSet<>();
        Map<Claim, Keys> keys = new java.util.IdentityHashMap<>();
        for (Claim c : ordered) {
            String attributed = Attributions.of(c.quote()).orElse("");
            attributions.put(c, attributed);
            names.add(attributed);
            names.add(c.claimant());
        }
        Map<String, String> root = Claimants.keys(names);
        for (Claim c : ordered) {
            Optional<Source> s = bySource.computeIfAbsent(c.source(), sources);
            String attributed = attributions.get(c);
            // The claimant says who the witness is; the quote's attribution joins it to others of that name as well.
            boolean named = !root.get(c.claimant()).isEmpty();
            String name = named ? c.claimant() : attributed;
            keys.put(c, new Keys(story(c.source(), sources, bySource), root.get(name), name.strip(), root.get(attributed),
                    !named && !attributed.isEmpty(),
                    s.flatMap(Source::published).map(d -> d.firstDay().toEpochDay()).orElse(Long.MAX_VALUE)));
        }
        ordered.sort(Comparator.comparingLong((Claim c) -> keys.get(c).published()).thenComparing(Claim::id));
        int[] parent = new int[ordered.size()];
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            parent[i] = i;
            Claim c = ordered.get(i);
            Keys k = keys.get(c);
            // One story joins claims of one origin (or of none known), or copies of one figure: an article quoting two
            // claimants with two figures holds two witnesses.
            join(seen, "story\u0000" + k.story() + "\u0000" + k.origin(), i, parent);
            Optional<String> figure = Independence.figure(c);
            if (figure.isPresent()) {
                join(seen, "copy\u0000" + k.story() + "\u0000" + figure.get(), i, parent);
            }
            if (!k.attribution().isEmpty()) {
                join(seen, "origin\u0000" + k.attribution(), i, parent);
            }
            if (!k.origin().isEmpty()) {
                join(seen, "origin\u0000" + k.origin(), i, parent);
                if (!c.quote().isBlank()) {
                    Optional<PartialDate> day = bySource.get(c.source()).flatMap(Source::published);
                    join(seen, "quote\u0000" + k.origin() + "\u0000" + Independence.normalizeQuote(c.quote()) + "\u0000"
                            + day.map(Object::toString).orElse(""), i, parent);
                }
            }
        }
        Map<Integer, List<Claim>> members = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ordered.get(i));
        }
        List<Independence.Cluster> out = new ArrayList<>(members.size());
        for (List<Claim> list : members.values()) {
            out.add(new Independence.Cluster(list, reasons(list, keys, bySource), origin(list, keys)));
        }
        return out;
    }

    /**
     * Returns the witness of a claim compared with no other (most periods of a group hold one claim): what the general
     * case gives it, without keys to join. Its origin is its claimant, else the name its quote attributes the figure
     * to, where either has words ({@link Claimants#keys} gives an empty key to exactly the names without).
     */
    private static Independence.Cluster alone(Claim c) {
        String origin = !Claimants.normalize(c.claimant()).isEmpty() ? c.claimant().strip()
                : Attributions.of(c.quote()).orElse("").strip();
        return new Independence.Cluster(List.of(c), Set.of(), origin);
    }

    /** Returns the key of a source's story: the end of its {@code derived_from} chain. */
    private static String story(String sourceId, Function<String, Optional<Source>> sources,
                                Map<String, Optional<Source>> cache) {
        String id = sourceId;
        for (int step = 0; step < MAX_CHAIN; step++) {
            Optional<Source> s = cache.computeIfAbsent(id, sources);
            if (s.isEmpty()) {
                return step == 0 ? "source:" + id : "wire:" + Claimants.normalize(id);
            }
            Optional<String> next = s.get().derivedFrom().filter(d -> !d.isBlank());
            if (next.isEmpty()) {
                return "source:" + id;
            }
            id = next.get();
        }
        return "source:" + id;
    }

    private static Set<Independence.Reason> reasons(List<Claim> list, Map<Claim, Keys> keys,
                                                    Map<String, Optional<Source>> sources) {
        EnumSet<Independence.Reason> why = EnumSet.noneOf(Independence.Reason.class);
        if (list.size() < 2) {
            return why;
        }
        Map<String, Integer> stories = new HashMap<>();
        // counted per origin, as they are joined
        Map<String, List<Keys>> origins = new HashMap<>();
        Map<String, Integer> quotes = new HashMap<>();
        for (Claim c : list) {
            Keys k = keys.get(c);
            stories.merge(k.story() + "\u0000" + k.origin(), 1, Integer::sum);
            stories.merge(k.story() + "\u0000" + Independence.figure(c).orElse(""), 1, Integer::sum);
            if (!k.origin().isEmpty()) {
                origins.computeIfAbsent(k.origin(), o -> new ArrayList<>()).add(k);
                quotes.merge(k.origin() + "\u0000" + Independence.normalizeQuote(c.quote()) + "\u0000"
                        + sources.get(c.source()).flatMap(Source::published).map(Object::toString).orElse(""), 1, Integer::sum);
            }
        }
        if (stories.values().stream().anyMatch(n -> n > 1)) {
            why.add(Independence.Reason.SAME_STORY);
        }
        if (quotes.values().stream().anyMatch(n -> n > 1)) {
            why.add(Independence.Reason.SAME_QUOTE);
        }
        // A quote that names another claim's origin, or the name another quote names, joined them.
        Map<String, Integer> named = new HashMap<>();
        list.forEach(c -> named.merge(keys.get(c).attribution(), 1, Integer::sum));
        for (Claim c : list) {
            String a = keys.get(c).attribution();
            if (!a.isEmpty() && !a.equals(keys.get(c).origin()) && (origins.containsKey(a) || named.get(a) > 1)) {
                why.add(Independence.Reason.ATTRIBUTION);
            }
        }
        for (List<Keys> same : origins.values()) {
            if (same.size() > 1 && same.stream().anyMatch(Keys::attributed)) {
                why.add(Independence.Reason.ATTRIBUTION);
            }
            if (same.stream().filter(k -> !k.attributed()).count() > 1) {
                why.add(Independence.Reason.SAME_CLAIMANT);
            }
        }
        return why;
    }

    /** Returns the name of the cluster's origin as most of its claims write it (ties: the shortest, then first). */
    private static String origin(List<Claim> list, Map<Claim, Keys> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Claim c : list) {
            String name = keys.get(c).originName();
            if (!keys.get(c).origin().isEmpty()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparingInt(e -> -e.getKey().length())).map(Map.Entry::getKey).orElse("");
    }

    /** Returns why a cluster is one witness, in words: "the same claimant (Home Office)", "one wire story". */
    static String why(Independence.Cluster cluster) {
        List<String> parts = new ArrayList<>();
        for (Independence.Reason r : Independence.Reason.values()) {
            if (!cluster.reasons().contains(r)) {
                continue;
            }
            parts.add(switch (r) {
                case SAME_CLAIMANT, SAME_CLAIMANT_FIGURE -> "the same claimant (" + cluster.origin() + ")";
                case ATTRIBUTION -> "their quotes attribute the figure to " + cluster.origin();
                case SAME_STORY -> "one story (the same source or one wire copied)";
                case SAME_QUOTE -> "the same quote on the same day";
            });
        }
        return parts.isEmpty() ? "one claim" : String.join(", ", parts);
    }

    private static void join(Map<Object, Integer> seen, Object key, int i, int[] parent) {
        Integer j = seen.putIfAbsent(key, i);
        if (j != null) {
            int a = find(parent, j);
            int b = find(parent, i);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
