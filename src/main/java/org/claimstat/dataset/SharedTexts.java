package org.claimstat.dataset;

import java.util.Arrays;

/**
 * Turns the characters of one CSV column into strings, returning one shared instance per distinct
 * text, so a million claims naming a few hundred indicators hold a few hundred strings, each
 * hashed once. Looks at the previous row's text first (files are often sorted; this stops once
 * fewer than a quarter of a thousand looks hit), then at an open-addressing table keyed by the
 * characters, so a repeated text costs no allocation. Short texts of Latin-1 characters (up to
 * {@link #PACKED}, which covers most codes, dates and ids) are packed into two longs and found in a
 * table of longs, with no characters compared one by one.
 *
 * <p>Bounded: long texts are never kept, and once {@link #CAPACITY} distinct texts are kept no
 * more are added; a column where most texts are new by then stops being looked up at all. Not
 * thread-safe: one instance per column of one file.
 */
final class SharedTexts {
    /** The most distinct texts kept for one column. */
    static final int CAPACITY = 1 << 16;
    /** Texts longer than this are never kept. */
    static final int LONGEST = 256;
    /** Texts of Latin-1 characters up to this long are kept packed into two longs, found without touching an array of characters. */
    static final int PACKED = 15;

    private char[][] keys = new char[64][];
    private int[] hashes = new int[64];
    private String[] texts = new String[64];
    private int[] codes = new int[64];
    private int size;
    private char[] previousKey = new char[0];
    private String previous = "";
    private int previousCode = -1;
    private int code = -1;
    private long lookups;
    private long hits;
    private boolean looking = true;
    private long previousTries;
    private long previousHits;
    private boolean tryingPrevious = true;
    private long[] packedLow = new long[64];
    private long[] packedHigh = new long[64];
    private String[] packedTexts = new String[64];
    private int[] packedCodes = new int[64];
    private int packedSize;
    private int generalSize;
    private long previousLow;
    private long previousHigh;
    private String previousPacked = "";
    private int previousPackedCode = -1;

    /**
     * Returns the code of the text the last {@link #get} returned: its number among the distinct
     * texts kept (0, 1, 2, ... in the order first seen), or -1 for a text not kept (empty, long, or
     * past {@link #CAPACITY}). Equal codes mean equal texts, so a reader can look a kept text up by
     * its code rather than by hashing it again.
     */
    int code() {
        return code;
    }

    /** Returns the text of {@code length} characters of {@code buf} from {@code offset}, shared where seen before. */
    String get(char[] buf, int offset, int length) {
        code = -1;
        if (length == 0) {
            return "";
        }
        if (length <= PACKED) {
            String text = packed(buf, offset, length);
            if (text != null) {
                return text;
            }
        }
        if (tryingPrevious) {
            if (sameAs(previousKey, buf, offset, length)) {
                previousHits++;
                code = previousCode;
                return previous;
            }
            if ((++previousTries & 1023) == 0 && previousHits * 4 < previousTries) {
                tryingPrevious = false;
            }
        }
        if (!looking || length > LONGEST) {
            return new String(buf, offset, length);
        }
        lookups++;
        int mask = keys.length - 1;
        int hash = hash(buf, offset, length);
        int slot = hash & mask;
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && sameAs(key, buf, offset, length)) {
                hits++;
                previousKey = key;
                previous = texts[slot];
                previousCode = codes[slot];
                code = previousCode;
                return previous;
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(buf, offset, length);
        if (size < CAPACITY) {
            char[] key = Arrays.copyOfRange(buf, offset, offset + length);
            keys[slot] = key;
            hashes[slot] = hash;
            texts[slot] = text;
            codes[slot] = size;
            previousKey = key;
            previous = text;
            previousCode = size;
            code = size;
            size++;
            if (++generalSize * 2 > keys.length) {
                grow();
            }
        } else if (hits * 2 < lookups) {
            looking = false;
        }
        return text;
    }

    /**
     * Looks up a short text by its characters packed into two longs (the first 8 in one, the rest
     * and the length in the other); returns null where a character is not Latin-1, for the general
     * table to handle.
     */
    private String packed(char[] buf, int offset, int length) {
        long low = 0;
        long high = 0;
        int all = 0;
        int middle = offset + Math.min(length, 8);
        for (int i = offset; i < middle; i++) {
            all |= buf[i];
            low = low << 8 | buf[i];
        }
        for (int i = middle; i < offset + length; i++) {
            all |= buf[i];
            high = high << 8 | buf[i];
        }
        if (all > 0xFF) {
            return null;
        }
        high |= (long) length << 56;
        if (low == previousLow && high == previousHigh) {
            code = previousPackedCode;
            return previousPacked;
        }
        if (!looking) {
            return new String(buf, offset, length);
        }
        lookups++;
        int mask = packedLow.length - 1;
        int slot = packedSlot(low, high, mask);
        for (long key = packedHigh[slot]; key != 0; key = packedHigh[slot]) {
            if (key == high && packedLow[slot] == low) {
                hits++;
                return rememberPacked(low, high, packedTexts[slot], packedCodes[slot]);
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(buf, offset, length);
        if (size < CAPACITY) {
            packedLow[slot] = low;
            packedHigh[slot] = high;
            packedTexts[slot] = text;
            packedCodes[slot] = size;
            rememberPacked(low, high, text, size++);
            if (++packedSize * 2 > packedLow.length) {
                growPacked();
            }
        } else if (hits * 2 < lookups) {
            looking = false;
        }
        return text;
    }

    private String rememberPacked(long low, long high, String text, int textCode) {
        previousLow = low;
        previousHigh = high;
        previousPacked = text;
        previousPackedCode = textCode;
        code = textCode;
        return text;
    }

    private static int packedSlot(long low, long high, int mask) {
        long h = low * 0x9E3779B97F4A7C15L ^ high * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
    }

    private void growPacked() {
        long[] oldLow = packedLow;
        long[] oldHigh = packedHigh;
        String[] oldTexts = packedTexts;
        int[] oldCodes = packedCodes;
        int capacity = oldLow.length * 2;
        packedLow = new long[capacity];
        packedHigh = new long[capacity];
        packedTexts = new String[capacity];
        packedCodes = new int[capacity];
        for (int i = 0; i < oldLow.length; i++) {
            if (oldHigh[i] != 0) {
                int slot = packedSlot(oldLow[i], oldHigh[i], capacity - 1);
                while (packedHigh[slot] != 0) {
                    slot = (slot + 1) & (capacity - 1);
                }
                packedLow[slot] = oldLow[i];
                packedHigh[slot] = oldHigh[i];
                packedTexts[slot] = oldTexts[i];
                packedCodes[slot] = oldCodes[i];
            }
        }
    }

    private static boolean sameAs(char[] key, char[] buf, int offset, int length) {
        return key.length == length && Arrays.equals(key, 0, length, buf, offset, offset + length);
    }

    /** Hashes the characters with two interleaved accumulators, so the multiplications do not wait on each other. */
    private static int hash(char[] buf, int offset, int length) {
        int a = length;
        int b = 0;
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            a = 31 * a + buf[i];
            b = 37 * b + buf[i + 1];
        }
        if (i < end) {
            a = 31 * a + buf[i];
        }
        int h = a * 0x9E3779B9 ^ b;
        return h ^ (h >>> 16);
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        String[] oldTexts = texts;
        int[] oldCodes = codes;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        texts = new String[oldKeys.length * 2];
        codes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            char[] key = oldKeys[i];
            if (key != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                hashes[slot] = oldHashes[i];
                texts[slot] = oldTexts[i];
                codes[slot] = oldCodes[i];
            }
        }
    }
}
