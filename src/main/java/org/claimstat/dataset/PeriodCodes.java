package org.claimstat.dataset;

import java.util.ArrayList;
import java.util.List;
import org.claimstat.Period;

/**
 * The distinct periods of {@code claims.csv}, found by the pair of {@link Dictionary} codes of
 * their start and end texts: an open-addressing table of longs, so a record's period costs one
 * probe and no object. Not thread-safe: one per read.
 */
final class PeriodCodes {
    private long[] keys = new long[64];
    private int[] codes = new int[64];
    private final List<Period> periods = new ArrayList<>();

    /** Returns the code of the period of these start and end codes, or -1 where it was not added yet. */
    int find(int startCode, int endCode) {
        long key = key(startCode, endCode);
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); codes[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return codes[slot] - 1;
            }
        }
        return -1;
    }

    /** Adds the period of these codes, which {@link #find} did not find, and returns its code. */
    int add(int startCode, int endCode, Period period) {
        periods.add(period);
        put(key(startCode, endCode), periods.size());
        if (periods.size() * 2 > keys.length) {
            long[] oldKeys = keys;
            int[] oldCodes = codes;
            keys = new long[oldKeys.length * 2];
            codes = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCodes[i] != 0) {
                    put(oldKeys[i], oldCodes[i]);
                }
            }
        }
        return periods.size() - 1;
    }

    /** Returns the periods by code. */
    Period[] periods() {
        return periods.toArray(new Period[0]);
    }

    private void put(long key, int codePlusOne) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (codes[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        codes[slot] = codePlusOne;
    }

    private static long key(int startCode, int endCode) {
        return (long) startCode << 32 | endCode;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
