package org.claimstat.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text column of the claims read from a file (ids, quotes), its characters kept end to end in
 * large chunks, copied into its own or adopted from the reader's: a million quotes cost a few arrays
 * rather than two million objects for the garbage collector to copy. Each text becomes a string
 * again on access. Immutable once built.
 */
final class TextColumn {
    /** The first chunk's length in characters; each next chunk is twice as long, up to {@link #LARGEST_CHUNK}. */
    private static final int FIRST_CHUNK = 1 << 12;
    /**
     * The longest chunk: few chunks for a large file, since each is allocated outside the young
     * generation (G1 calls such objects humongous) and every such allocation may start a
     * concurrent collection cycle.
     */
    private static final int LARGEST_CHUNK = 1 << 23;

    private final char[][] chunks;
    private final long[] starts;
    private final int[] lengths;

    private TextColumn(char[][] chunks, long[] starts, int[] lengths) {
        this.chunks = chunks;
        this.starts = starts;
        this.lengths = lengths;
    }

    /** Returns the text of claim {@code i}. */
    String get(int i) {
        int length = lengths[i];
        if (length == 0) {
            return "";
        }
        long start = starts[i];
        return new String(chunks[(int) (start >>> 32)], (int) start, length);
    }

    /** Collects a column text by text; not thread-safe. */
    static final class Builder {
        private final List<char[]> chunks = new ArrayList<>();
        private char[] chunk = new char[0];
        private int chunkIndex = -1;
        private int used;
        private char[] adopted;
        private int adoptedIndex = -1;
        private long[] starts = new long[0];
        private int[] lengths = new int[0];

        void capacity(int capacity) {
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
        }

        void set(int i, String text) {
            int length = text.length();
            if (room(i, length)) {
                text.getChars(0, length, chunk, used);
                used += length;
            }
        }

        /** Sets text {@code i} to {@code length} characters of {@code source} from {@code start}. */
        void set(int i, char[] source, int start, int length) {
            if (room(i, length)) {
                System.arraycopy(source, start, chunk, used, length);
                used += length;
            }
        }

        /**
         * Sets text {@code i} to {@code length} characters of {@code source} from {@code start},
         * keeping {@code source} itself rather than copying it; its characters there must never change.
         */
        void adopt(int i, char[] source, int start, int length) {
            lengths[i] = length;
            if (length == 0) {
                return;
            }
            if (source != adopted) {
                adopted = source;
                chunks.add(source);
                adoptedIndex = chunks.size() - 1;
            }
            starts[i] = (long) adoptedIndex << 32 | start;
        }

        /** Records where text {@code i} goes, making room for it; returns false for an empty text. */
        private boolean room(int i, int length) {
            lengths[i] = length;
            if (length == 0) {
                return false;
            }
            if (used + length > chunk.length) {
                int next = chunkIndex < 0 ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, chunk.length * 2);
                chunk = new char[Math.max(next, length)];
                chunks.add(chunk);
                chunkIndex = chunks.size() - 1;
                used = 0;
            }
            starts[i] = (long) chunkIndex << 32 | used;
            return true;
        }

        /** Returns the text set at {@code i}. */
        String get(int i) {
            return lengths[i] == 0 ? "" : new String(chunks.get((int) (starts[i] >>> 32)), (int) starts[i], lengths[i]);
        }

        /** Returns true where the text set at {@code i} is {@code text}, without building a string. */
        boolean matches(int i, String text) {
            int length = lengths[i];
            if (length != text.length()) {
                return false;
            }
            char[] chunk = length == 0 ? null : chunks.get((int) (starts[i] >>> 32));
            int offset = (int) starts[i];
            for (int k = 0; k < length; k++) {
                if (chunk[offset + k] != text.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        TextColumn build() {
            return new TextColumn(chunks.toArray(new char[0][]), starts, lengths);
        }
    }
}
