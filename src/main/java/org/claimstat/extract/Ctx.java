package org.claimstat.extract;

import java.util.List;
import java.util.Locale;

/** The reading and its tokens, with the small look-ups the readers share. */
final class Ctx {
    final String reading;
    final List<Token> tokens;

    Ctx(String reading, List<Token> tokens) {
        this.reading = reading;
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
        return t.end() - t.start() == w.length() && reading.regionMatches(true, t.start(), w, 0, w.length());
    }

    /** True where token {@code i} is the punctuation or symbol char {@code c}. */
    boolean punct(int i, char c) {
        return has(i) && (tokens.get(i).type() == Token.Type.PUNCT || tokens.get(i).type() == Token.Type.SYMBOL)
                && reading.charAt(tokens.get(i).start()) == c;
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

    /** True where token {@code i} is a word that starts a number ("six", "Twenty"), compared without allocating. */
    boolean mayBeNumberWord(int i) {
        if (!is(i, Token.Type.WORD)) {
            return false;
        }
        Token t = tokens.get(i);
        int len = t.end() - t.start();
        if (len < 3 || len > 9 || "otfsenzOTFSENZ".indexOf(reading.charAt(t.start())) < 0) {
            return false;
        }
        char first = Character.toLowerCase(reading.charAt(t.start()));
        for (String w : NUMBER_WORDS) {
            if (w.length() == len && w.charAt(0) == first && reading.regionMatches(true, t.start(), w, 0, len)) {
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
        char first = reading.charAt(t.start());
        int len = t.end() - t.start();
        return Character.isUpperCase(first) && (len <= 3 || month(i) > 0) || mayBeNumberWord(i);
    }

    boolean capitalised(int i) {
        return is(i, Token.Type.WORD) && Character.isUpperCase(reading.charAt(tokens.get(i).start()));
    }

    /** The month number of a month word at {@code i}, or 0. Three-letter forms count only when capitalised. */
    int month(int i) {
        if (!capitalised(i)) {
            return 0;
        }
        Token t = tokens.get(i);
        int len = t.end() - t.start();
        if (len < 3 || len > 9 || "JFMASOND".indexOf(reading.charAt(t.start())) < 0) {
            return 0;
        }
        char first = Character.toLowerCase(reading.charAt(t.start()));
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            if (name.charAt(0) == first && (len == name.length() || len == 3 || len == 4 && m == 8)
                    && reading.regionMatches(true, t.start(), name, 0, len)) {
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
            char c = reading.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
