package org.claimstat.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.claimstat.Source;

/**
 * The {@code derived_from} chains of a dataset's sources: a source that copies another names it, and the chain must
 * end at a wire service or at a source that copies none. A chain that comes back to a source it passed (s1 copies
 * s2, which copies s1) has no end, so the story its claims tell is undefined and independence would be a guess:
 * such a source is bad data, reported with its line of {@code sources.csv}. Linear in the number of sources.
 */
final class DerivedChains {
    private static final int SHOWN = 6;

    private DerivedChains() {
    }

    /** Adds an error for each source whose {@code derived_from} chain never ends. */
    static void check(List<Source> sources, ToLongFunction<String> lines, Problems problems) {
        Map<String, String> next = new HashMap<>();
        for (Source s : sources) {
            s.derivedFrom().filter(d -> !d.isBlank()).ifPresent(d -> next.put(s.id(), d));
        }
        Map<String, Boolean> endless = new HashMap<>();
        for (String start : next.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            String id = start;
            boolean loops;
            while (true) {
                Boolean known = endless.get(id);
                if (known != null) {
                    loops = known;
                    break;
                }
                if (!seen.add(id)) {
                    loops = true;
                    break;
                }
                path.add(id);
                id = next.get(id);
                if (id == null) {
                    loops = false;
                    break;
                }
            }
            path.forEach(p -> endless.put(p, loops));
        }
        for (Source s : sources) {
            if (endless.getOrDefault(s.id(), false)) {
                problems.add(Schemas.SOURCES.file(), lines.applyAsLong(s.id()), "derived_from",
                        s.derivedFrom().orElseThrow(), "a derived_from chain that never ends (" + chain(s.id(), next)
                        + "); expected a chain that ends at a wire service or at a source that copies none");
            }
        }
    }

    /** The chain from a source until it repeats, such as {@code s1 -> s2 -> s1}. */
    private static String chain(String start, Map<String, String> next) {
        Set<String> seen = new LinkedHashSet<>();
        String id = start;
        StringBuilder text = new StringBuilder();
        while (id != null && seen.add(id)) {
            if (seen.size() > SHOWN) {
                return text.append(" -> ...").toString();
            }
            text.append(text.length() == 0 ? "" : " -> ").append(id);
            id = next.get(id);
        }
        return text.append(" -> ").append(id).toString();
    }
}
