package org.claimstat.extract;

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
    private static final int LONGEST_NAVIGATION_LINE =
            NAVIGATION_LINES.stream().mapToInt(String::length).max().orElse(0);
    private static final List<String> NAVIGATION_STARTS = List.of("read more", "related:", "see also", "more on ",
            "recommended:", "most popular");
    private static final List<String> BIO_STARTS = List.of("author:", "about the author", "written by");
    private static final Pattern BIO = Pattern.compile(
            "\\bis an? (?:[a-z]++ ){0,3}(?:reporter|journalist|correspondent|writer|editor|contributor|columnist)\\b");
    private static final Pattern RELATED_TAG = Pattern.compile("\\[(?:INSIGHT|COMMENT|ANALYSIS|VIDEO|PICS|POLL|REVEAL|LATEST|EXPLAINED)]");
    private static final Pattern LINK_ONLY = Pattern.compile("\\s*+(?:\\[[^\\]\\n]{0,300}+]\\([^)\\n]{0,300}+\\)\\s*+)++");
    private static final int MAX_SHORT_WORDS = 40;
    /** Only a line's first chars are looked at: enough for every test here, and it bounds the cost of long lines. */
    private static final int HEAD = 600;

    private Boilerplate() {
    }

    static List<Extraction.BoilerplateBlock> find(String reading, char[] chars) {
        List<Extraction.BoilerplateBlock> blocks = new ArrayList<>();
        Line line = new Line(reading, chars);
        int n = chars.length;
        int start = 0;
        while (start < n) {
            int end = reading.indexOf('\n', start);
            end = end < 0 ? n : end;
            Extraction.Reason reason = line.at(start, end).classify();
            if (reason != null) {
                blocks.add(new Extraction.BoilerplateBlock(start, end, reason));
            }
            start = end + 1;
        }
        return blocks;
    }

    /** Returns why a line is boilerplate, or null. */
    static Extraction.Reason classify(String line) {
        return new Line(line, line.toCharArray()).at(0, line.length()).classify();
    }

    /**
     * One line of a reading, its head stripped and lower-cased into a reused buffer: the same chars as
     * {@code head.strip().toLowerCase(Locale.ROOT)}, without the three strings that takes per line.
     */
    private static final class Line {
        private final String reading;
        private final char[] chars;
        private char[] l = new char[HEAD];
        /** Where {@link #at} saw the first three chars of a phrase, and which phrases; {@link #hits} of them. */
        private final int[] hitAt = new int[HEAD];
        private final long[] hitPhrases = new long[HEAD];
        private int hits;
        /** False where the head was lowered as a string, with no {@link #hitAt} recorded. */
        private boolean hitsKnown;
        private int len;
        private long found;
        /** The {@link #bloom()} of the head, worked out by {@link #at} in the same pass as the lower case. */
        private long bloom;
        private int start;
        private int end;

        Line(String reading, char[] chars) {
            this.reading = reading;
            this.chars = chars;
        }

        Line at(int lineStart, int lineEnd) {
            start = lineStart;
            end = lineEnd;
            int e = Math.min(lineEnd, lineStart + HEAD);
            int s = lineStart;
            while (s < e && Character.isWhitespace(chars[s])) {
                s++;
            }
            while (e > s && Character.isWhitespace(chars[e - 1])) {
                e--;
            }
            return lower(s, e);
        }

        /**
         * Lowers the head {@code s..e} into {@link #l} in one pass that also works out its {@link #bloom} and
         * records where a phrase of {@link LinePhrases#SCANNED} may start, so that most lines need no second look.
         */
        private Line lower(int s, int e) {
            len = e - s;
            long bits = 0;
            int count = 0;
            boolean in = false;
            char first = 0;
            hits = 0;
            hitsKnown = true;
            for (int k = 0; k < len; k++) {
                char c = chars[s + k];
                boolean letter;
                if (c < LinePhrases.LOWER.length) {
                    int lower = LinePhrases.LOWER[c];
                    if (lower < 0) {
                        return lowered(s, e);
                    }
                    letter = (lower & LinePhrases.LETTER) != 0;
                    c = (char) lower;
                } else if (Character.isSurrogate(c)) {
                    return lowered(s, e);
                } else {
                    c = c <= 0x206F ? c : Character.toLowerCase(c);
                    letter = Character.isLetterOrDigit(c);
                }
                l[k] = c;
                long candidates = k >= 2 ? LinePhrases.BY_TRIGRAM[LinePhrases.trigram(l[k - 2], l[k - 1], c)] & LinePhrases.SCANNED : 0;
                if (candidates != 0) {
                    hitAt[hits] = k - 2;
                    hitPhrases[hits++] = candidates;
                }
                if (first != 0) {
                    bits |= LinePhrases.bit(first, c);
                    first = 0;
                }
                if (letter && !in && count <= 80) {
                    count++;
                    first = c;
                }
                in = letter;
            }
            bloom = (first != 0 ? bits | LinePhrases.bit(first, ' ') : bits) | (long) count << 56;
            return this;
        }

        /** {@link #at} for a head whose lower case differs in length or needs context: lowered as a string. */
        private Line lowered(int s, int e) {
            char[] lowered = new String(chars, s, e - s).toLowerCase(Locale.ROOT).toCharArray();
            l = lowered.length > l.length ? new char[lowered.length] : l;
            System.arraycopy(lowered, 0, l, 0, lowered.length);
            len = lowered.length;
            bloom = bloom();
            hitsKnown = false;
            return this;
        }

        Extraction.Reason classify() {
            if (len == 0) {
                return null;
            }
            int words = (int) (bloom >>> 56);
            found = words <= 80 ? hitsKnown ? verify(wanted(words, bloom)) : scan(wanted(words, bloom)) : 0;
            if (words <= 3 && len <= LONGEST_NAVIGATION_LINE && NAVIGATION_LINES.contains(new String(l, 0, len))
                    || startsWithAny(NAVIGATION_STARTS)
                    || hasBracket() && end - start < 2000 && relatedOrLinks(reading.substring(start, end))) {
                return Extraction.Reason.NAVIGATION;
            }
            boolean isShort = words <= MAX_SHORT_WORDS;
            if (isShort && (containsAny(LinePhrases.ADS_MASK) || (found & 1L << LinePhrases.FREE_AT) != 0 && hasMoney())) {
                return Extraction.Reason.ADVERTISING;
            }
            if (isShort && containsAny(LinePhrases.CALLS_MASK)) {
                return Extraction.Reason.CALL_TO_ACTION;
            }
            if (startsWithAny(BIO_STARTS) || words <= 80 && (found & 1L << LinePhrases.IS_A_AT) != 0
                    && (scan(LinePhrases.JOBS) & LinePhrases.JOBS) != 0 && BIO.matcher(new String(l, 0, len)).find()) {
                return Extraction.Reason.AUTHOR_BIO;
            }
            return OtherLanguage.test(l, len, words) ? Extraction.Reason.OTHER_LANGUAGE : null;
        }

        private boolean hasBracket() {
            for (int k = start; k < end; k++) {
                if (chars[k] == '[') {
                    return true;
                }
            }
            return false;
        }

        private static boolean relatedOrLinks(String line) {
            return RELATED_TAG.matcher(line).find() || LINK_ONLY.matcher(line).matches();
        }

        private boolean startsWithAny(List<String> prefixes) {
            for (String p : prefixes) {
                if (regionIs(0, p)) {
                    return true;
                }
            }
            return false;
        }

        private boolean regionIs(int at, String p) {
            if (at + p.length() > len) {
                return false;
            }
            for (int k = 0; k < p.length(); k++) {
                if (l[at + k] != p.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The phrases {@link #classify} may ask about and the line may contain: those whose {@link LinePhrases#bitOf bloom
         * bit} (that of their first word) the line has, " is a" in a line of up to 80 words, and in a short line
         * also " free" and the advertising and calls. The jobs are looked for only once " is a" is found.
         */
        private static long wanted(int words, long bloom) {
            long wanted = (bloom & LinePhrases.PHRASE_BITS[LinePhrases.IS_A_AT]) != 0 ? 1L << LinePhrases.IS_A_AT : 0;
            if (words <= MAX_SHORT_WORDS) {
                for (int p = 0; p <= LinePhrases.FREE_AT; p++) {
                    wanted |= (bloom & LinePhrases.PHRASE_BITS[p]) != 0 ? 1L << p : 0;
                }
            }
            return wanted;
        }

        /** {@link #scan} for phrases of {@link LinePhrases#SCANNED} only, from the positions {@link #at} recorded. */
        private long verify(long wanted) {
            long bits = 0;
            for (int h = 0; h < hits; h++) {
                long candidates = hitPhrases[h] & wanted & ~bits;
                while (candidates != 0) {
                    int p = Long.numberOfTrailingZeros(candidates);
                    candidates &= candidates - 1;
                    if (regionIs(hitAt[h], LinePhrases.PHRASES[p])) {
                        bits |= 1L << p;
                    }
                }
            }
            return bits;
        }

        /**
         * One pass over the line for the phrases of {@link LinePhrases#PHRASES} in {@code wanted} at once: a bit per phrase the
         * line contains. Positions are looked up by their first three chars, so most are passed over at once. Used for
         * the jobs and for a head {@link #lowered} as a string; other lines are read by {@link #verify}.
         */
        private long scan(long wanted) {
            long bits = 0;
            for (int k = 0; k + 2 < len; k++) {
                char c = l[k];
                if (c >= LinePhrases.BY_FIRST.length || (LinePhrases.BY_FIRST[c] & wanted) == 0) {
                    continue;
                }
                long candidates = LinePhrases.BY_TRIGRAM[LinePhrases.trigram(c, l[k + 1], l[k + 2])] & wanted;
                while (candidates != 0) {
                    int p = Long.numberOfTrailingZeros(candidates);
                    candidates &= candidates - 1;
                    if ((bits & 1L << p) == 0 && regionIs(k, LinePhrases.PHRASES[p])) {
                        bits |= 1L << p;
                    }
                }
            }
            return bits;
        }

        /**
         * True where the line contains one of the phrases {@code mask} selects: as {@link #scan} looked only for
         * those {@link #wanted} (whose first word's first two letters occur in the line), the others count as absent.
         */
        private boolean containsAny(long mask) {
            return (found & mask) != 0;
        }

        private boolean hasMoney() {
            for (int k = 0; k < len; k++) {
                if (Currencies.SYMBOLS.containsKey(String.valueOf(l[k]))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * One pass over the line: the number of words (capped at 80) in the top byte, and in the low 56
         * bits one bit per pair of first letters of a word, so most phrase tests are skipped unread.
         */
        private long bloom() {
            long bits = 0;
            int count = 0;
            boolean in = false;
            for (int k = 0; k < len && count <= 80; k++) {
                char c = l[k];
                boolean letter = c < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                        : Character.isLetterOrDigit(c);
                if (letter && !in) {
                    count++;
                    bits |= LinePhrases.bit(c, k + 1 < len ? l[k + 1] : ' ');
                }
                in = letter;
            }
            return bits | (long) count << 56;
        }

    }

}
