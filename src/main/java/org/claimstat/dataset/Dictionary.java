package org.claimstat.dataset;

import java.util.Arrays;

/**
 * The distinct texts of one repeating column of {@code claims.csv} as the reader meets them, each
 * with a code (its place in {@link #texts()}) and a slot for what checking it gave (a
 * {@code Unit}, a date, a hedge), so each distinct text is checked once and stored claims hold an
 * int per column. Texts that {@link SharedTexts} kept are found by their parse-side code, with no
 * hashing; other texts get a code of their own each time. The empty text is code 0. Not
 * thread-safe: one per column of one read.
 *
 * @param <M> what checking a text gives
 */
final class Dictionary<M> {
    /** Per {@link SharedTexts#code()}: the code here plus one, 0 where not seen yet. */
    private int[] bySharedCode = new int[64];
    private String[] texts = new String[64];
    private Object[] checked = new Object[64];
    private int size;

    Dictionary() {
        texts[size++] = "";
    }

    /** Returns the code of {@code text}, whose parse-side code is {@code sharedCode} (-1 where it was not kept). */
    int code(String text, int sharedCode) {
        if (text.isEmpty()) {
            return 0;
        }
        if (sharedCode < 0) {
            return add(text);
        }
        if (sharedCode >= bySharedCode.length) {
            bySharedCode = Arrays.copyOf(bySharedCode, Math.max(sharedCode + 1, bySharedCode.length * 2));
        }
        int code = bySharedCode[sharedCode] - 1;
        if (code < 0) {
            code = add(text);
            bySharedCode[sharedCode] = code + 1;
        }
        return code;
    }

    private int add(String text) {
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
            checked = Arrays.copyOf(checked, size * 2);
        }
        texts[size] = text;
        return size++;
    }

    /** Returns what checking the text of {@code code} gave, or null where it was not checked or was bad. */
    @SuppressWarnings("unchecked")
    M checked(int code) {
        return (M) checked[code];
    }

    /** Keeps what checking the text of {@code code} gave; only for a text that passed. */
    void remember(int code, M result) {
        checked[code] = result;
    }

    /** Returns the texts by code; the array is a copy. */
    String[] texts() {
        return Arrays.copyOf(texts, size);
    }

    /** Returns what checking each text gave, by code (null where none); the array is a copy. */
    Object[] results() {
        return Arrays.copyOf(checked, size);
    }
}
