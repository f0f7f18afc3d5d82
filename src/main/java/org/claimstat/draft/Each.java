package org.claimstat.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a number that states one amount for each of several places: "The UAE and Germany pledged $100M each", "the
 * United Arab Emirates and Germany each pledged $100 million". Each place makes a claim of its own.
 */
final class Each {
    /** "each" after the amount, across a bracket and a counted noun ("6.8 million migrants each"), not "each day". */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?each\\b"
            + "(?!\\s+(?:day|week|month|year|time|other|one)\\b)");
    private static final Pattern BEFORE = Pattern.compile("\\beach\\s+(?:\\w+\\s+){0,2}$");
    private static final Pattern JOINED = Pattern.compile("^\\s*(?:,|and|&|as well as)\\s*(?:the\\s+)?(?:and\\s+)?"
            + "(?:the\\s+)?$");

    private Each() {
    }

    /**
     * Returns the places the amount {@code start..end} of sentence {@code sStart..sEnd} is stated for each of, in text
     * order; empty where it is not so stated.
     */
    static List<Places.Place> places(String text, int sStart, int sEnd, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 40));
        String before = text.substring(Math.max(sStart, start - 40), start);
        if (!AFTER.matcher(after).find() && !BEFORE.matcher(before).find()) {
            return List.of();
        }
        int[] clause = Clauses.around(text, start, end, sStart, Math.max(end, sEnd));
        List<Places.Place> found = Places.find(text, clause[0], start);
        List<Places.Place> out = new ArrayList<>();
        for (int k = found.size() - 1; k >= 0; k--) {
            Places.Place p = found.get(k);
            if (p.demonym() || out.stream().anyMatch(o -> o.code().equals(p.code()))) {
                break;
            }
            if (!out.isEmpty() && !JOINED.matcher(text.substring(p.end(), out.get(0).start())).find()) {
                break;
            }
            out.add(0, p);
        }
        return out.size() >= 2 ? out : List.of();
    }
}
