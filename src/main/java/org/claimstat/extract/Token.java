package org.claimstat.extract;

/**
 * One token of the reading: a word, a number (digits with separators, decimals and a letter
 * suffix such as "bn" or "st"), a symbol ($ € %), a dash, other punctuation, a URL, or a line break.
 *
 * @param type what sort of token
 * @param start offset of the first char
 * @param end offset after the last char
 * @param suffix offset where a number's letter suffix starts ({@code end} if none)
 * @param spaceBefore whether white space separates it from the previous token
 */
record Token(Type type, int start, int end, int suffix, boolean spaceBefore) {

    enum Type { WORD, NUMBER, SYMBOL, DASH, PUNCT, URL, BREAK, LONG }

    boolean is(Type t) {
        return type == t;
    }

    boolean hasSuffix() {
        return suffix < end;
    }
}
