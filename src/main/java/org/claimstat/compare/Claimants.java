package org.claimstat.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Matches claimants as a person would: "Rosstat", "ROSSTAT" and "Rosstat spokesperson Ivan Petrov"
 * are one claimant. Names are normalised (Unicode NFKC, lower case, punctuation and the words
 * {@code the, of, a, an, and, s} dropped) into sets of words; a claimant whose words contain all
 * the words of a shorter claimant of the same collection is that claimant, and a one-word name that spells the
 * initials of another claimant of the collection ("WHO", "World Health Organization") is that claimant.
 *
 * <p>Stateless and thread-safe. The cost is linear in the number of distinct names: each name
 * looks up the subsets of its first 10 words in a hash map, never every other name.
 *
 * {@snippet class=org.claimstat.snippets.CompareSnippets region=claimants}
 */
public final class Claimants {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "of", "a", "an", "and", "s");
    private static final Set<String> NO_INITIAL = Set.of("for", "on", "in", "to", "de");
    private static final int MAX_INITIALS = 6;
    private static final int SUBSET_WORDS = 10;
    private static final int DIRECT_LIMIT = 32;
    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> INITIALS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Claimants() {
    }

    /**
     * Returns the normalised form of a claimant: its words, sorted and joined by a space; empty
     * for a claimant with no words.
     */
    public static String normalize(String claimant) {
        String cached = CACHE.get(claimant);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        String normalised = compute(claimant);
        CACHE.put(claimant, normalised);
        return normalised;
    }

    private static String compute(String claimant) {
        String folded = Normalizer.normalize(claimant, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        TreeSet<String> words = new TreeSet<>();
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /**
     * Returns, for each claimant, the key of the claimant it is: the normalised form of the shortest
     * claimant in {@code claimants} whose words it contains (ties go to the alphabetically first),
     * else its own normalised form. Equal keys mean one claimant; an empty key means unknown.
     */
    public static Map<String, String> keys(Collection<String> claimants) {
        Map<String, String> normalised = new HashMap<>();
        for (String c : claimants) {
            normalised.computeIfAbsent(c, Claimants::normalize);
        }
        Set<String> known = new HashSet<>(normalised.values());
        Map<String, String> rootOf = new HashMap<>();
        if (known.size() <= DIRECT_LIMIT) {
            List<String> names = new ArrayList<>(known);
            List<Set<String>> words = new ArrayList<>(names.size());
            names.forEach(n -> words.add(n.isEmpty() ? Set.of() : Set.of(n.split(" "))));
            for (int i = 0; i < names.size(); i++) {
                rootOf.put(names.get(i), names.get(direct(i, names, words)));
            }
        } else {
            for (String n : known) {
                rootOf.put(n, bySubsets(n, known));
            }
        }
        Map<String, String> byInitials = initials(claimants, normalised);
        Map<String, String> keys = new HashMap<>();
        normalised.forEach((c, n) -> {
            String full = byInitials.get(n);
            keys.put(c, full != null && !full.isEmpty() ? rootOf.get(full) : rootOf.get(n));
        });
        return keys;
    }

    /**
     * Returns, for each set of initials that names exactly one claimant of several words, that claimant's normalised
     * form: "WHO" is the World Health Organization, "AFP" Agence France-Presse, "IOM" the International
     * Organization for Migration (the words {@code for, on, in, to, de} and the stop words have no initial). Initials
     * of names that two claimants share name neither.
     */
    private static Map<String, String> initials(Collection<String> claimants, Map<String, String> normalised) {
        boolean acronym = normalised.values().stream().anyMatch(n -> n.length() >= 2 && n.length() <= MAX_INITIALS
                && n.indexOf(' ') < 0);
        if (!acronym) {
            return Map.of();
        }
        if (INITIALS.size() > CACHE_LIMIT) {
            INITIALS.clear();
        }
        Map<String, String> out = new HashMap<>();
        for (String c : claimants) {
            String initials = INITIALS.computeIfAbsent(c, Claimants::initialsOf);
            if (!initials.isEmpty()) {
                out.merge(initials, normalised.get(c), (a, b) -> a.equals(b) ? a : "");
            }
        }
        return out;
    }

    /** Returns the initials of a name of 2 to {@value #MAX_INITIALS} words that have one, else an empty string. */
    private static String initialsOf(String claimant) {
        String folded = Normalizer.normalize(claimant, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty() && !STOP.contains(w) && !NO_INITIAL.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.length() <= MAX_INITIALS ? initials.toString() : "";
    }

    /** Finds the root by testing each other name (its index): cheap for the few names of one group. */
    private static int direct(int name, List<String> names, List<Set<String>> words) {
        int best = name;
        if (words.get(name).isEmpty()) {
            return name;
        }
        for (int j = 0; j < names.size(); j++) {
            Set<String> other = words.get(j);
            int size = other.size();
            int bestSize = words.get(best).size();
            if (j != best && size > 0 && size <= bestSize && words.get(name).containsAll(other)
                    && (size < bestSize || names.get(j).compareTo(names.get(best)) < 0)) {
                best = j;
            }
        }
        return best;
    }

    /** Finds the root by looking up the subsets of the name's first words: linear in the names. */
    private static String bySubsets(String name, Set<String> known) {
        if (name.isEmpty()) {
            return name;
        }
        String[] words = name.split(" ");
        int n = Math.min(words.length, SUBSET_WORDS);
        String best = name;
        int bestSize = words.length;
        for (int mask = 1; mask < 1 << n; mask++) {
            int size = Integer.bitCount(mask);
            if (size > bestSize) {
                continue;
            }
            String candidate = subset(words, mask);
            if (known.contains(candidate)
                    && (size < bestSize || candidate.compareTo(best) < 0)) {
                best = candidate;
                bestSize = size;
            }
        }
        return best;
    }

    private static String subset(String[] words, int mask) {
        List<String> picked = new ArrayList<>(Integer.bitCount(mask));
        for (int i = 0; i < words.length && i < SUBSET_WORDS; i++) {
            if ((mask & 1 << i) != 0) {
                picked.add(words[i]);
            }
        }
        return String.join(" ", picked);
    }
}
