package org.claimstat.extract;

/** Splits a reading into {@link Token}s in one pass, never looking back: linear in the text's length. */
final class Tokenizer {
    /** Numbers longer than this (separators included) are no quantity anyone writes. */
    static final int MAX_NUMBER = 32;

    private final char[] s;
    private final int n;
    private final Tokens out;
    private int i;
    private boolean space;

    private Tokenizer(char[] s) {
        this.s = s;
        this.n = s.length;
        this.out = new Tokens(s.length / 4);
    }

    static Tokens tokenize(char[] reading) {
        Tokenizer t = new Tokenizer(reading);
        t.run();
        return t.out;
    }

    private void run() {
        while (i < n) {
            char c = s[i];
            if (c < 0x80) {
                ascii(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                space = true;
            } else if (Character.isLetter(c)) {
                word();
            } else if (c == '–' || c == '—' || c == '‑') {
                add(Token.Type.DASH, i, i + 1, i + 1);
                i++;
            } else if (c == '€' || c == '£' || c == '¥' || c == '₽' || c == '₹' || c == '₴') {
                add(Token.Type.SYMBOL, i, i + 1, i + 1);
                i++;
            } else {
                add(Token.Type.PUNCT, i, i + 1, i + 1);
                i++;
            }
        }
    }

    /** What an ASCII char starts, by a table rather than the {@link Character} look-ups other chars need. */
    private static final byte[] ASCII = asciiClasses();
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 3;
    private static final byte BREAK = 4;
    private static final byte DASH = 5;
    private static final byte SYMBOL = 6;
    private static final byte PUNCT = 0;

    private static byte[] asciiClasses() {
        byte[] t = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? LETTER : c >= '0' && c <= '9' ? DIGIT
                    : c == '\n' ? BREAK : Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
                    : c == '-' ? DASH : c == '$' || c == '%' ? SYMBOL : PUNCT;
        }
        return t;
    }

    private void ascii(char c) {
        switch (ASCII[c]) {
            case LETTER -> word();
            case DIGIT -> number();
            case SPACE -> {
                i++;
                space = true;
            }
            case BREAK -> {
                add(Token.Type.BREAK, i, i + 1, i + 1);
                i++;
                space = true;
            }
            case DASH -> {
                add(Token.Type.DASH, i, i + 1, i + 1);
                i++;
            }
            case SYMBOL -> {
                add(Token.Type.SYMBOL, i, i + 1, i + 1);
                i++;
            }
            default -> {
                if (c == '.' && leadingDecimal()) {
                    number();  // ".08", ".001 per cent"
                    return;
                }
                add(Token.Type.PUNCT, i, i + 1, i + 1);
                i++;
            }
        }
    }

    /** True where the "." at {@code i} starts a number written without its zero: " .08", "$.50", not "28.07" or "v.2". */
    private boolean leadingDecimal() {
        if (i + 1 >= n || !isDigit(i + 1)) {
            return false;
        }
        char before = i == 0 ? ' ' : at(i - 1);
        return !(before >= '0' && before <= '9' || isLetter(before) || before == '.');
    }

    private void add(Token.Type type, int start, int end, int suffix) {
        out.add(type, start, end, suffix, space || start == 0);
        space = false;
    }

    private void word() {
        int start = i;
        while (i < n) {
            char c = at(i);
            if (i - start == 3 && c >= '0' && c <= '9' && isCurrencyCode(start)) {
                break;  // "USD115" is the code and the number
            }
            if (c >= '0' && c <= '9' && isDollarCountry(start, i)) {
                break;  // "$US10 million", "$A50": the dollar's country and the number
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c > 0x7F && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(at(i + 1))) {
                i++;
            } else if (isInvisible(c) && pastInvisible(i) > i && Character.isLetterOrDigit(at(pastInvisible(i)))) {
                i = pastInvisible(i);  // "between5\u200B00" is one word: its tail is no new number
            } else {
                break;
            }
        }
        if (i + 2 < n && at(i) == ':' && at(i + 1) == '/' && at(i + 2) == '/'
                || i - start == 3 && i < n && at(i) == '.' && isWww(start)) {
            while (i < n && !Character.isWhitespace(at(i)) && at(i) != ')') {
                i++;
            }
            add(Token.Type.URL, start, i, i);
            return;
        }
        add(Token.Type.WORD, start, i, i);
    }

    /**
     * Codes of much-traded currencies that may be written joined to a number ("USD115", "EUR3bn"); not every code, as
     * "COP28" (a summit, not Colombian pesos) and "CUP" show.
     */
    private static final java.util.Set<String> JOINED_CODES = java.util.Set.of("USD", "EUR", "GBP", "JPY", "CNY", "RMB",
            "AUD", "CAD", "CHF", "HKD", "INR", "RUB", "NZD", "SGD", "SEK", "NOK", "DKK", "ZAR", "BRL", "MXN", "KRW",
            "AED", "SAR", "TRY", "PLN", "UAH", "TWD", "THB", "IDR", "MYR", "PHP", "EGP", "NGN", "KES", "ILS", "CZK",
            "HUF", "PKR", "VND", "QAR", "KWD");

    /** True where {@code start..end} are the capitals of a dollar's country right after "$" ("US" of "$US10"). */
    private boolean isDollarCountry(int start, int end) {
        if (start == 0 || s[start - 1] != '$' || end - start < 1 || end - start > 2) {
            return false;
        }
        return Currencies.DOLLAR_PREFIXES.containsKey(new String(s, start, end - start));
    }

    /** True where the three chars at {@code start} are the capitals of a code in {@link #JOINED_CODES}. */
    private boolean isCurrencyCode(int start) {
        for (int k = start; k < start + 3; k++) {
            if (s[k] < 'A' || s[k] > 'Z') {
                return false;
            }
        }
        return JOINED_CODES.contains(new String(s, start, 3));
    }

    private boolean isWww(int start) {
        for (int k = start; k < start + 3; k++) {
            if (!Ctx.sameIgnoringCase(s[k], 'w')) {
                return false;
            }
        }
        return true;
    }

    private void number() {
        int start = i;
        i = digits(i);
        boolean spaced = false;
        while (i < n) {
            int sep = pastInvisible(i);
            char c = at(sep);
            boolean space = c == ' ' && (spaced || i - start <= 3);
            boolean group = c == ',' || c == '\u202F' || c == '\u00A0' || c == '\u2009' || space;
            int end = group ? digits(sep + 1) : sep;
            if (group && digitCount(sep + 1, end) == 3) {
                spaced |= space;
                i = end;
            } else {
                break;
            }
        }
        int sep = pastInvisible(i);
        if (sep + 1 < n && ".,\u00A0\u202F\u2009".indexOf(at(sep)) >= 0 && isLookalikeRun(sep + 1)) {
            // a letter that passes for a digit after a separator ("5,О00", "1.O5"): malformed, not 5 and a new 0
            i = sep + 1;
            while (i < n && (isDigit(i) || isLetter(at(i)) || isInvisible(at(i)))) {
                i++;
            }
            add(Token.Type.LONG, start, i, i);
            return;
        }
        if (i + 1 < n && at(i) == '.' && isDigit(i + 1)) {
            i = digits(i + 1);
        }
        int suffix = i;
        boolean foreign = false;
        while (i < n && isLetter(at(i))) {
            foreign |= at(i) >= 0x80 || "OoIl".indexOf(at(i)) >= 0;
            i++;
        }
        if (foreign && i < n && isDigit(pastInvisible(i))) {
            // a letter that passes for a digit (O, I, l, or one of another script: a Cyrillic О is read as O) inside
            // a number ("1О0"): one malformed run, never a new number of its tail
            while (i < n && (isDigit(i) || isLetter(at(i)) || isInvisible(at(i)))) {
                i++;
            }
            add(Token.Type.LONG, start, i, i);
            return;
        }
        if (i - start > MAX_NUMBER) {
            while (i < n && (isDigit(i) || isLetter(at(i)) || isInvisible(at(i)) || ",.".indexOf(at(i)) >= 0)) {
                i++;
            }
            add(Token.Type.LONG, start, i, i);
            return;
        }
        add(Token.Type.NUMBER, start, i, suffix);
    }

    private char at(int k) {
        return s[k];
    }

    /**
     * Returns the end of the digits from {@code from}, read through invisible chars between two digits (a zero-width
     * joiner or space, word joiner, BOM, soft hyphen, combining mark): "12\u200D000" is one number, never 12 and 0.
     * The value is read from the digits alone.
     */
    private int digits(int from) {
        int k = from;
        while (k < n) {
            if (isDigit(k)) {
                k++;
                continue;
            }
            int j = k;
            while (j < n && j - k < 4 && isInvisible(at(j))) {
                j++;
            }
            if (j == k || j >= n || !isDigit(j) || k == from) {
                return k;
            }
            k = j;
        }
        return k;
    }

    /** True for a char that shows nothing of its own: a format char (Cf) or a combining mark (Mn, Me). */
    static boolean isInvisible(char c) {
        if (c < 0xAD) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private boolean isDigit(int k) {
        char c = at(k);
        return c >= '0' && c <= '9';
    }

    /** Returns the first index from {@code k} past up to 4 invisible chars, or {@code k} where they end the text. */
    private int pastInvisible(int k) {
        int j = k;
        while (j < n && j - k < 4 && isInvisible(at(j))) {
            j++;
        }
        return j < n ? j : k;
    }

    /** Returns how many ASCII digits lie in {@code [from, to)}. */
    private int digitCount(int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            count += isDigit(k) ? 1 : 0;
        }
        return count;
    }

    /**
     * True where the word from {@code from} mixes digits with letters that pass for digits (O, o, I, l or a letter of
     * another script, such as the Cyrillic О), at least one of each, and nothing else: "О00", "0l0".
     */
    private boolean isLookalikeRun(int from) {
        int digits = 0;
        int letters = 0;
        int k = from;
        for (; k < n && (isDigit(k) || isLetter(at(k)) || isInvisible(at(k))); k++) {
            char c = at(k);
            if (isDigit(k)) {
                digits++;
            } else if (c >= 0x80 && Character.isLetter(c) || "OoIl".indexOf(c) >= 0) {
                letters++;
            } else if (isLetter(c)) {
                return false;
            }
        }
        return digits > 0 && letters > 0 && k - from <= MAX_NUMBER;
    }
}
