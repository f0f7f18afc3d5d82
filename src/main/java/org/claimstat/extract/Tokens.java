package org.claimstat.extract;

import java.util.Arrays;

/**
 * The tokens of a reading, kept as parallel arrays rather than one object each: a megabyte of
 * prose has some two hundred thousand tokens, and most are only looked at by type and offsets.
 * {@link #get(int)} builds the {@link Token} view of one.
 */
final class Tokens {
    private static final Token.Type[] TYPES = Token.Type.values();

    private byte[] type;
    private int[] start;
    private int[] end;
    private int[] suffix;
    private boolean[] space;
    private int size;

    Tokens(int expected) {
        int capacity = Math.max(16, expected);
        type = new byte[capacity];
        start = new int[capacity];
        end = new int[capacity];
        suffix = new int[capacity];
        space = new boolean[capacity];
    }

    void add(Token.Type t, int from, int to, int suffixAt, boolean spaceBefore) {
        if (size == type.length) {
            int capacity = size * 2;
            type = Arrays.copyOf(type, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            suffix = Arrays.copyOf(suffix, capacity);
            space = Arrays.copyOf(space, capacity);
        }
        type[size] = (byte) t.ordinal();
        start[size] = from;
        end[size] = to;
        suffix[size] = suffixAt;
        space[size] = spaceBefore;
        size++;
    }

    int size() {
        return size;
    }

    /** The token at {@code i}; throws {@link IndexOutOfBoundsException} outside {@code [0, size)}. */
    Token get(int i) {
        java.util.Objects.checkIndex(i, size);
        return new Token(TYPES[type[i]], start[i], end[i], suffix[i], space[i]);
    }

    Token.Type type(int i) {
        return TYPES[type[i]];
    }

    /** True where {@code i} is a token of type {@code t}; false outside {@code [0, size)}. */
    boolean is(int i, Token.Type t) {
        return i >= 0 && i < size && type[i] == t.ordinal();
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    int suffix(int i) {
        return suffix[i];
    }

    boolean spaceBefore(int i) {
        return space[i];
    }
}
