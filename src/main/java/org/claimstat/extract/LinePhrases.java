package org.claimstat.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrases {@link Boilerplate} searches a line for (advertising, calls to action, and the words of an author's
 * bio), as bit sets: tables by first char and by first three chars, a bloom bit per phrase, and a lower-case table.
 */
final class LinePhrases {
    static final List<String> CALLS = List.of("sign up", "subscribe", "leave a reply", "leave a comment",
            "your email address will not be published", "click here", "download our app", "download the app",
            "follow us", "newsletter", "share this article", "interested in learning more", "join us on");
    static final List<String> ADS = List.of("advertisement", "sponsored", "promo code", "use code",
            "free to trade", "affiliate link", "limited offer", "% off");
    private static final List<String> JOB_WORDS = List.of("reporter", "journalist", "correspondent", "writer",
            "editor", "contributor", "columnist");
    /** Every phrase a line is searched for: the advertising, then the calls, then " free", " is a" and the jobs of the bio pattern. */
    static final String[] PHRASES = phrases();
    static final int ADS_AT = 0;
    static final int CALLS_AT = ADS.size();
    static final int FREE_AT = CALLS_AT + CALLS.size();
    static final int IS_A_AT = FREE_AT + 1;
    static final long JOBS = (1L << JOB_WORDS.size()) - 1 << IS_A_AT + 1;
    static final long[] BY_TRIGRAM = byTrigram();
    /** The phrases by their first char (all ASCII): {@code Boilerplate.Line.scan} passes over a char that starts none. */
    static final long[] BY_FIRST = byFirst();
    /** The phrases {@code Boilerplate.Line.at} looks for as it lowers a line: all but the jobs. */
    static final long SCANNED = (1L << IS_A_AT + 1) - 1;
    static final long ADS_MASK = (1L << ADS.size()) - 1 << ADS_AT;
    static final long CALLS_MASK = (1L << CALLS.size()) - 1 << CALLS_AT;
    /** Flag in {@link #LOWER} of a char whose lower case is a letter or digit. */
    static final int LETTER = 1 << 16;
    /**
     * {@link Character#toLowerCase(char)} of every char below U+2000, and {@link #LETTER} where that is a letter or
     * digit; negative for the chars whose lower case is not one char or depends on the next ones (U+0130, U+03A3).
     */
    static final int[] LOWER = lower();
    /** The bloom bit of each phrase, see {@link #bitOf}. */
    static final long[] PHRASE_BITS = java.util.Arrays.stream(PHRASES).mapToLong(LinePhrases::bitOf).toArray();

    private static String[] phrases() {
        List<String> all = new ArrayList<>(ADS);
        all.addAll(CALLS);
        all.add(" free");
        all.add(" is a");
        all.addAll(JOB_WORDS);
        if (all.size() > 64) {
            throw new IllegalStateException("more than 64 phrases: " + all.size());
        }
        return all.toArray(String[]::new);
    }

    private static int[] lower() {
        int[] table = new int[0x2000];
        for (char c = 0; c < table.length; c++) {
            char lower = Character.toLowerCase(c);
            table[c] = lower | (Character.isLetterOrDigit(lower) ? LETTER : 0);
        }
        table['\u0130'] = -1;
        table['\u03A3'] = -1;
        return table;
    }

    private static long[] byFirst() {
        long[] table = new long[128];
        for (int p = 0; p < PHRASES.length; p++) {
            table[PHRASES[p].charAt(0)] |= 1L << p;
        }
        return table;
    }

    private static long[] byTrigram() {
        long[] table = new long[4096];
        for (int p = 0; p < PHRASES.length; p++) {
            table[trigram(PHRASES[p].charAt(0), PHRASES[p].charAt(1), PHRASES[p].charAt(2))] |= 1L << p;
        }
        return table;
    }

    static int trigram(char a, char b, char c) {
        return (a * 961 + b * 31 + c) & 4095;
    }

    /** The bloom bit of a phrase: that of its first word (after "% " or " "). */
    private static long bitOf(String p) {
        int at = p.charAt(0) == '%' ? 2 : p.charAt(0) == ' ' ? 1 : 0;
        return bit(p.charAt(at), at + 1 < p.length() ? p.charAt(at + 1) : ' ');
    }

    static long bit(char a, char b) {
        return 1L << ((a * 31 + b) & 0x7FFFFFFF) % 56;
    }

    private LinePhrases() {
    }
}
