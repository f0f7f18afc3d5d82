package org.claimstat.extract;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks the lines of a reading that are not the article: advertising, calls to action, author
 * notes, navigation and related links, and text in another language. Each line is looked at once.
 */
final class Boilerplate {
    private static final Set<String> NAVIGATION_LINES = Set.of("close", "what's hot", "what’s hot", "related articles",
            "related", "back to top", "back to top button", "menu", "home", "share", "tweet", "trending", "most read",
            "more stories", "next article", "previous article", "skip to content", "search");
    private static final List<String> NAVIGATION_STARTS = List.of("read more", "related:", "see also", "more on ",
            "recommended:", "most popular");
    private static final List<String> CALLS = List.of("sign up", "subscribe", "leave a reply", "leave a comment",
            "your email address will not be published", "click here", "download our app", "download the app",
            "follow us", "newsletter", "share this article", "interested in learning more", "join us on");
    private static final List<String> ADS = List.of("advertisement", "sponsored", "promo code", "use code",
            "free to trade", "affiliate link", "limited offer", "% off");
    private static final List<String> BIO_STARTS = List.of("author:", "about the author", "written by");
    private static final Pattern BIO = Pattern.compile(
            "\\bis an? (?:[a-z]++ ){0,3}(?:reporter|journalist|correspondent|writer|editor|contributor|columnist)\\b");
    private static final Pattern RELATED_TAG = Pattern.compile("\\[(?:INSIGHT|COMMENT|ANALYSIS|VIDEO|PICS|POLL|REVEAL|LATEST|EXPLAINED)]");
    private static final Pattern LINK_ONLY = Pattern.compile("\\s*+(?:\\[[^\\]\\n]{0,300}+]\\([^)\\n]{0,300}+\\)\\s*+)++");
    private static final int MAX_SHORT_WORDS = 40;
    /** Only a line's first chars are looked at: enough for every test here, and it bounds the cost of long lines. */
    private static final int HEAD = 600;
    /** The other-language test reads a line's first chars only. */
    private static final int LANGUAGE_SAMPLE = 240;

    private Boilerplate() {
    }

    static List<Extraction.BoilerplateBlock> find(String reading) {
        List<Extraction.BoilerplateBlock> blocks = new ArrayList<>();
        int n = reading.length();
        int start = 0;
        while (start < n) {
            int end = reading.indexOf('\n', start);
            end = end < 0 ? n : end;
            Extraction.Reason reason = classify(reading.substring(start, end));
            if (reason != null) {
                blocks.add(new Extraction.BoilerplateBlock(start, end, reason));
            }
            start = end + 1;
        }
        return blocks;
    }

    static Extraction.Reason classify(String line) {
        String head = line.length() > HEAD ? line.substring(0, HEAD) : line;
        String l = head.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return null;
        }
        long bloom = bloom(l);
        int words = (int) (bloom >>> 56);
        boolean brackets = line.indexOf('[') >= 0;
        if (words <= 3 && NAVIGATION_LINES.contains(l) || startsWithAny(l, NAVIGATION_STARTS)
                || brackets && line.length() < 2000 && (RELATED_TAG.matcher(line).find() || LINK_ONLY.matcher(line).matches())) {
            return Extraction.Reason.NAVIGATION;
        }
        boolean isShort = words <= MAX_SHORT_WORDS;
        if (isShort && (containsAny(l, ADS, bloom) || l.contains(" free") && hasMoney(l))) {
            return Extraction.Reason.ADVERTISING;
        }
        if (isShort && containsAny(l, CALLS, bloom)) {
            return Extraction.Reason.CALL_TO_ACTION;
        }
        if (startsWithAny(l, BIO_STARTS) || words <= 80 && l.contains(" is a") && BIO.matcher(l).find()) {
            return Extraction.Reason.AUTHOR_BIO;
        }
        return otherLanguage(l, words) ? Extraction.Reason.OTHER_LANGUAGE : null;
    }

    private static boolean startsWithAny(String l, List<String> prefixes) {
        for (String p : prefixes) {
            if (l.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Checks only the phrases whose first word's first two letters occur in the line (see {@link #bloom}). */
    private static boolean containsAny(String l, List<String> parts, long bloom) {
        for (String p : parts) {
            if ((bloom & bit(p, p.charAt(0) == '%' ? 2 : 0)) != 0 && l.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMoney(String l) {
        for (int k = 0; k < l.length(); k++) {
            if (Lexicon.CURRENCY_SYMBOLS.containsKey(String.valueOf(l.charAt(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One pass over a line: the number of words (capped at 80) in the top byte, and in the low 56
     * bits one bit per pair of first letters of a word, so most phrase tests are skipped unread.
     */
    private static long bloom(String l) {
        long bits = 0;
        int count = 0;
        boolean in = false;
        for (int k = 0; k < l.length() && count <= 80; k++) {
            boolean letter = Character.isLetterOrDigit(l.charAt(k));
            if (letter && !in) {
                count++;
                bits |= bit(l, k);
            }
            in = letter;
        }
        return bits | (long) count << 56;
    }

    private static long bit(String s, int at) {
        char a = s.charAt(at);
        char b = at + 1 < s.length() ? s.charAt(at + 1) : ' ';
        return 1L << ((a * 31 + b) & 0x7FFFFFFF) % 56;
    }

    /** True where a line of six or more words has more foreign than English function words, or mostly non-Latin letters. */
    private static boolean otherLanguage(String l, int words) {
        if (words < 6) {
            return false;
        }
        int english = 0;
        int foreign = 0;
        int latin = 0;
        int otherScript = 0;
        int wordStart = -1;
        int n = Math.min(l.length(), LANGUAGE_SAMPLE);
        for (int k = 0; k <= n; k++) {
            char ch = k < n ? l.charAt(k) : ' ';
            boolean letter = Character.isLetter(ch) || ch == '\'' || ch == '’';
            if (letter && wordStart < 0) {
                wordStart = k;
            } else if (!letter && wordStart >= 0) {
                if (k - wordStart <= 5) {
                    String w = l.substring(wordStart, k);
                    english += Lexicon.ENGLISH.contains(w) ? 1 : 0;
                    if (english >= 3 && otherScript == 0) {
                        return false;
                    }
                    foreign += Lexicon.FOREIGN.contains(w) || w.startsWith("d'") || w.startsWith("l'") ? 1 : 0;
                }
                wordStart = -1;
            }
            if (ch > 0x7F && Character.isLetter(ch)) {
                otherScript += UScript.getScript(ch) != UScript.LATIN ? 1 : 0;
            } else if (ch >= 'a' && ch <= 'z') {
                latin++;
            }
        }
        return otherScript > latin || foreign >= 3 && foreign > 2 * english;
    }
}
