package org.claimstat.extract;

import java.util.List;
import java.util.Locale;

/** The reading and its tokens, with the small look-ups the readers share. */
final class Ctx {
    final String reading;
    /** The reading's chars: indexing an array is cheaper than {@link String#charAt} on text that is not Latin-1. */
    final char[] chars;
    final List<Token> tokens;

    Ctx(String reading, char[] chars, List<Token> tokens) {
        this.reading = reading;
        this.chars = chars;
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    boolean has(int i) {
        return i >= 0 && i < tokens.size();
    }

    boolean is(int i, Token.Type type) {
        return has(i) && tokens.get(i).type() == type;
    }

    String raw(int i) {
        Token t = tokens.get(i);
        return reading.substring(t.start(), t.end());
    }

    String lower(int i) {
        return raw(i).toLowerCase(Locale.ROOT);
    }

    /** True where token {@code i} is the word {@code w}, ignoring case. */
    boolean word(int i, String w) {
        if (!is(i, Token.Type.WORD)) {
            return false;
        }
        Token t = tokens.get(i);
        return t.end() - t.start() == w.length() && matches(t.start(), w);
    }

    /**
     * True where the chars at {@code from} are {@code w}, ignoring case exactly as
     * {@link String#regionMatches(boolean, int, String, int, int)} does, without its per-char cost on UTF-16 text.
     */
    boolean matches(int from, String w) {
        return matchesPrefix(from, w, w.length());
    }

    /** True where the chars at {@code from} are the first {@code len} chars of {@code w}, ignoring case. */
    boolean matchesPrefix(int from, String w, int len) {
        if (from + len > chars.length) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char a = chars[from + k];
            char b = w.charAt(k);
            if (a != b && !sameIgnoringCase(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** The char comparison of {@link String#regionMatches(boolean, int, String, int, int)}, ASCII first. */
    static boolean sameIgnoringCase(char a, char b) {
        if ((a | b) < 0x80) {
            return (a | 0x20) == (b | 0x20) && (a | 0x20) >= 'a' && (a | 0x20) <= 'z';
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    /** True where token {@code i} is the punctuation or symbol char {@code c}. */
    boolean punct(int i, char c) {
        return has(i) && (tokens.get(i).type() == Token.Type.PUNCT || tokens.get(i).type() == Token.Type.SYMBOL)
                && chars[tokens.get(i).start()] == c;
    }

    /** True where token {@code i} is a dash touching both neighbours ("two-to-three", "12,000-15,000"). */
    boolean tightDash(int i) {
        return is(i, Token.Type.DASH) && !tokens.get(i).spaceBefore() && has(i + 1) && !tokens.get(i + 1).spaceBefore();
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** The number words by first letter and length: {@code NUMBER_WORDS_BY[(first - 'a') * 10 + length]}. */
    private static final String[][] NUMBER_WORDS_BY = numberWordsBy();

    private static String[][] numberWordsBy() {
        String[][] table = new String[26 * 10][0];
        for (String w : NUMBER_WORDS) {
            int at = (w.charAt(0) - 'a') * 10 + w.length();
            String[] old = table[at];
            table[at] = java.util.Arrays.copyOf(old, old.length + 1);
            table[at][old.length] = w;
        }
        return table;
    }

    /** True where token {@code i} is a word that starts a number ("six", "Twenty"), compared without allocating. */
    boolean mayBeNumberWord(int i) {
        if (!is(i, Token.Type.WORD)) {
            return false;
        }
        Token t = tokens.get(i);
        int len = t.end() - t.start();
        if (len < 3 || len > 9 || "otfsenzOTFSENZ".indexOf(chars[t.start()]) < 0) {
            return false;
        }
        char first = Character.toLowerCase(chars[t.start()]);
        for (String w : NUMBER_WORDS_BY[(first - 'a') * 10 + len]) {
            if (matches(t.start(), w)) {
                return true;
            }
        }
        return false;
    }

    /** True where token {@code i} may start a mention: a number, a symbol, a number word, a month, a currency code. */
    boolean mayStart(int i) {
        Token t = tokens.get(i);
        if (t.type() != Token.Type.WORD) {
            return t.type() == Token.Type.NUMBER || t.type() == Token.Type.SYMBOL;
        }
        char first = chars[t.start()];
        int len = t.end() - t.start();
        return Character.isUpperCase(first) && (len <= 3 || month(i) > 0) || mayBeNumberWord(i);
    }

    boolean capitalised(int i) {
        return is(i, Token.Type.WORD) && Character.isUpperCase(chars[tokens.get(i).start()]);
    }

    /** The month number of a month word at {@code i}, or 0. Three-letter forms count only when capitalised. */
    int month(int i) {
        if (!capitalised(i)) {
            return 0;
        }
        Token t = tokens.get(i);
        int len = t.end() - t.start();
        if (len < 3 || len > 9 || "JFMASOND".indexOf(chars[t.start()]) < 0) {
            return 0;
        }
        char first = Character.toLowerCase(chars[t.start()]);
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            if (name.charAt(0) == first && (len == name.length() || len == 3 || len == 4 && m == 8)
                    && matchesPrefix(t.start(), name, len)) {
                return m + 1;
            }
        }
        return 0;
    }

    /** Skips markdown emphasis ("**") backwards from {@code i}; returns the first token that is not. */
    int skipStarsBack(int i) {
        while (i >= 0 && punct(i, '*')) {
            i--;
        }
        return i;
    }

    /** Skips markdown emphasis forwards from {@code i}. */
    int skipStars(int i) {
        while (punct(i, '*')) {
            i++;
        }
        return i;
    }

    /** Returns the number of a plain digit token (no separators, decimals or suffix), or -1. */
    int plainInt(int i, int maxDigits) {
        if (!is(i, Token.Type.NUMBER) || tokens.get(i).hasSuffix()) {
            return -1;
        }
        Token t = tokens.get(i);
        if (t.end() - t.start() > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int k = t.start(); k < t.end(); k++) {
            char c = chars[k];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
