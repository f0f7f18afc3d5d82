package org.claimstat.extract;

import com.ibm.icu.lang.UScript;

/**
 * The other-language test of {@link Boilerplate}: counts English and foreign function words and the letters of other
 * scripts in a line's first chars, with the word lists packed into small open-addressing tables.
 */
final class OtherLanguage {
    /** The other-language test reads a line's first chars only. */
    private static final int LANGUAGE_SAMPLE = 240;

    private OtherLanguage() {
    }

    /** True where a line of six or more words has more foreign than English function words, or mostly non-Latin letters. */
    static boolean test(char[] l, int len, int words) {
        if (words < 6) {
            return false;
        }
        int english = 0;
        int foreign = 0;
        int latin = 0;
        int otherScript = 0;
        int wordStart = -1;
        int n = Math.min(len, LANGUAGE_SAMPLE);
        for (int k = 0; k <= n; k++) {
            char ch = k < n ? l[k] : ' ';
            boolean letter = ch < 0x80 ? ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '\''
                    : Character.isLetter(ch) || ch == '’';
            if (letter && wordStart < 0) {
                wordStart = k;
            } else if (!letter && wordStart >= 0) {
                if (k - wordStart <= 5) {
                    long key = key(l, wordStart, k);
                    english += contains(ENGLISH_KEYS, key) ? 1 : 0;
                    if (english >= 3 && otherScript == 0) {
                        return false;
                    }
                    boolean elided = k - wordStart >= 2 && (l[wordStart] == 'd' || l[wordStart] == 'l')
                            && l[wordStart + 1] == '\'';
                    foreign += contains(FOREIGN_KEYS, key) || elided ? 1 : 0;
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

    private static final long[] ENGLISH_KEYS = keys(Lexicon.ENGLISH);
    private static final long[] FOREIGN_KEYS = keys(Lexicon.FOREIGN);

    /**
     * The keys of the words of up to five chars of a word list (all its chars are Latin-1) in an
     * open-addressing table of 256 slots, 0 for an empty one.
     */
    private static long[] keys(java.util.Set<String> words) {
        long[] table = new long[256];
        for (String w : words) {
            long key = w.length() <= 5 ? key(w.toCharArray(), 0, w.length()) : 0;
            if (key < 0 || words.size() > table.length / 2) {
                throw new IllegalStateException("function words must be few and Latin-1: " + w);
            }
            if (key == 0) {
                continue;
            }
            int h = slot(key);
            while (table[h] != 0 && table[h] != key) {
                h = h + 1 & table.length - 1;
            }
            table[h] = key;
        }
        return table;
    }

    private static boolean contains(long[] table, long key) {
        for (int h = slot(key); table[h] != 0; h = h + 1 & table.length - 1) {
            if (table[h] == key) {
                return true;
            }
        }
        return false;
    }

    private static int slot(long key) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 56);
    }

    /**
     * A word of up to five chars packed into a long: eight bits a char and its length; -1 for a word
     * with a char beyond Latin-1 (no such word is in the lists, as {@link #keys} checks).
     */
    private static long key(char[] w, int from, int to) {
        long key = 0;
        for (int k = from; k < to; k++) {
            if (w[k] > 0xFF) {
                return -1;
            }
            key = key << 8 | w[k];
        }
        return key << 3 | (to - from);
    }
}

