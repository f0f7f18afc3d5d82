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

    boolean capitalised(int i) {
        return is(i, Token.Type.WORD) && Character.isUpperCase(reading.charAt(tokens.get(i).start()));
    }

    /** The month number of a month word at {@code i}, or 0. Three-letter forms count only when capitalised. */
    int month(int i) {
        if (!capitalised(i)) {
            return 0;
        }
        Integer m = Lexicon.MONTHS.get(lower(i));
        return m == null ? 0 : m;
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
