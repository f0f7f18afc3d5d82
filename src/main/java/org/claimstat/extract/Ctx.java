package org.claimstat.extract;

import java.util.Locale;

/** The reading and its tokens, with the small look-ups the readers share. */
final class Ctx {
    final String reading;
    /** The reading's chars: indexing an array is cheaper than {@link String#charAt} on text that is not Latin-1. */
    final char[] chars;
    final Tokens tokens;

    Ctx(String reading, char[] chars, Tokens tokens) {
        this.reading = reading;
        this.chars = chars;
        this.tokens = tokens;
    }

    /** Words that make a document one about temperatures, where "1.5C" is degrees Celsius. */
    private static final java.util.Set<String> TEMPERATURE_WORDS = java.util.Set.of("celsius", "fahrenheit",
            "temperature", "temperatures", "warming", "warmer", "hotter", "heatwave", "degrees");
    /** Whether the reading is about temperatures: 1 yes, 0 no, -1 not yet looked at. */
    private int aboutTemperature = -1;

    /**
     * Returns {@code °C} or {@code °F} where token {@code i} is a number with the suffix "C" or "F" ("1.5C", "104F")
     * in a document about temperatures: one that writes °, ℃ or ℉ somewhere, or a word such as "warming" or
     * "temperature". Elsewhere "5C" is a name (a model, a class), as before, and this returns null. The document is
     * looked at once, when the first such number asks.
     */
    String temperatureSuffix(int i) {
        if (!is(i, Token.Type.NUMBER) || end(i) - tokens.suffix(i) != 1) {
            return null;
        }
        char suffix = chars[tokens.suffix(i)];
        if (suffix != 'C' && suffix != 'F') {
            return null;
        }
        if (aboutTemperature < 0) {
            aboutTemperature = 0;
            for (int k = 0; k < size() && aboutTemperature == 0; k++) {
                char first = chars[start(k)];
                boolean symbol = is(k, Token.Type.PUNCT) && (first == '°' || first == '℃' || first == '℉');
                aboutTemperature = symbol || is(k, Token.Type.WORD) && end(k) - start(k) >= 7
                        && TEMPERATURE_WORDS.contains(lower(k)) ? 1 : 0;
            }
        }
        return aboutTemperature == 0 ? null : suffix == 'C' ? "°C" : "°F";
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
        return tokens.is(i, type);
    }

    /** Offset of token {@code i}'s first char; {@code i} must be a token. */
    int start(int i) {
        return tokens.start(i);
    }

    /** Offset after token {@code i}'s last char; {@code i} must be a token. */
    int end(int i) {
        return tokens.end(i);
    }

    /** Offset where token {@code i}'s letter suffix starts ({@link #end(int)} if none); {@code i} must be a token. */
    int suffix(int i) {
        return tokens.suffix(i);
    }

    /** Whether white space separates token {@code i} from the one before; {@code i} must be a token. */
    boolean spaceBefore(int i) {
        return tokens.spaceBefore(i);
    }

    String raw(int i) {
        return reading.substring(tokens.start(i), tokens.end(i));
    }

    String lower(int i) {
        return raw(i).toLowerCase(Locale.ROOT);
    }

    /** True where token {@code i} is the word {@code w}, ignoring case. */
    boolean word(int i, String w) {
        if (!is(i, Token.Type.WORD)) {
            return false;
        }
        return tokens.end(i) - tokens.start(i) == w.length() && matches(tokens.start(i), w);
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

    /** True where token {@code i} ends a sentence or clause: a line break, or ".", "!", "?" or ";". */
    boolean endsSentence(int i) {
        return is(i, Token.Type.BREAK) || is(i, Token.Type.PUNCT) && ".!?;".indexOf(chars[start(i)]) >= 0;
    }

    /** True where token {@code i} is the punctuation or symbol char {@code c}. */
    boolean punct(int i, char c) {
        return (tokens.is(i, Token.Type.PUNCT) || tokens.is(i, Token.Type.SYMBOL)) && chars[tokens.start(i)] == c;
    }

    /** True where token {@code i} is a dash touching both neighbours ("two-to-three", "12,000-15,000"). */
    boolean tightDash(int i) {
        return is(i, Token.Type.DASH) && !tokens.spaceBefore(i) && has(i + 1) && !tokens.spaceBefore(i + 1);
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** A bit per letter that starts a number word: {@code 1 << (letter - 'a')}. */
    private static final int NUMBER_WORD_FIRSTS = numberWordFirsts();

    private static int numberWordFirsts() {
        int bits = 0;
        for (String w : NUMBER_WORDS) {
            bits |= 1 << w.charAt(0) - 'a';
        }
        return bits;
    }

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
        int start = tokens.start(i);
        int len = tokens.end(i) - start;
        char first = (char) (chars[start] | 0x20);
        if (len < 3 || len > 9 || first < 'a' || first > 'z' || (NUMBER_WORD_FIRSTS & 1 << first - 'a') == 0) {
            return false;
        }
        for (String w : NUMBER_WORDS_BY[(first - 'a') * 10 + len]) {
            if (matches(start, w)) {
                return true;
            }
        }
        return false;
    }

    /** True where token {@code i} may start a mention: a number, a symbol, a number word, a month, a currency code. */
    boolean mayStart(int i) {
        Token.Type type = tokens.type(i);
        if (type != Token.Type.WORD) {
            return type == Token.Type.NUMBER || type == Token.Type.SYMBOL;
        }
        char first = chars[tokens.start(i)];
        int len = tokens.end(i) - tokens.start(i);
        return Character.isUpperCase(first) && (len <= 3 || month(i) > 0) || mayBeNumberWord(i)
                || len <= 4 && mayStartWithArticle(i, (char) (first | 0x20), len);
    }

    /** Words of size after "a" that make it a number: "a million", "a hundred", "a dozen", "a quarter of a million". */
    private static final String[] AFTER_ARTICLE = {"hundred", "thousand", "million", "billion", "trillion", "dozen",
        "quarter", "third", "fifth", "tenth", "percent"};

    /**
     * True where "a", "an" or "half" at {@code i} may start a number: "a million", "half a billion", and with a hedge
     * before, "nearly a third", "more than half", "just over a percent".
     */
    private boolean mayStartWithArticle(int i, char first, int len) {
        if (len == 4 && first == 'h') {
            return word(i, "half");
        }
        if (first != 'a' || len > 2 || !(word(i, "a") || word(i, "an"))) {
            return false;
        }
        for (String w : AFTER_ARTICLE) {
            if (word(i + 1, w)) {
                return true;
            }
        }
        return false;
    }

    boolean capitalised(int i) {
        return is(i, Token.Type.WORD) && Character.isUpperCase(chars[tokens.start(i)]);
    }

    /** The month number of a month word at {@code i}, or 0. Three-letter forms count only when capitalised. */
    int month(int i) {
        if (!capitalised(i)) {
            return 0;
        }
        int start = tokens.start(i);
        int len = tokens.end(i) - start;
        if (len < 3 || len > 9 || "JFMASOND".indexOf(chars[start]) < 0) {
            return 0;
        }
        char first = Character.toLowerCase(chars[start]);
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            if (name.charAt(0) == first && (len == name.length() || len == 3 || len == 4 && m == 8)
                    && matchesPrefix(start, name, len)) {
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
        if (!is(i, Token.Type.NUMBER) || tokens.suffix(i) < tokens.end(i)) {
            return -1;
        }
        int start = tokens.start(i);
        int end = tokens.end(i);
        if (end - start > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int k = start; k < end; k++) {
            char c = chars[k];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
