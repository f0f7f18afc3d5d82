package org.claimstat.dataset;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The ids of one dataset file with the line each was first seen on, for the duplicate check and
 * for resolving references. An open-addressing table of two arrays: a million claim ids cost no
 * objects beyond the ids themselves (a {@code HashMap<String, Long>} would add two per id and the
 * garbage collector would copy them all). Read-only as a {@link java.util.Set} of the ids.
 */
final class IdLines extends AbstractSet<String> {
    private String[] ids = new String[16];
    private int[] hashes = new int[16];
    private long[] lines = new long[16];
    private int size;

    /**
     * Records the line of an id not seen before and returns 0, or returns the line it was first
     * seen on (lines are 1-based, so never 0).
     */
    long putIfAbsent(String id, long line) {
        int hash = spread(id.hashCode());
        int slot = slot(id, hash);
        if (ids[slot] != null) {
            return lines[slot];
        }
        ids[slot] = id;
        hashes[slot] = hash;
        lines[slot] = line;
        if (++size * 2 > ids.length) {
            grow();
        }
        return 0;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String id && ids[slot(id, spread(id.hashCode()))] != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < ids.length && ids[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String id = ids[next];
                next = advance(next + 1);
                return id;
            }
        };
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * Returns the slot holding {@code id}, or the empty slot where it would go; compares the kept
     * hashes first, so probing past other ids does not touch their strings.
     */
    private int slot(String id, int hash) {
        int mask = ids.length - 1;
        int slot = hash & mask;
        while (ids[slot] != null && (hashes[slot] != hash || !ids[slot].equals(id))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Doubles the table, placing ids by their kept hashes without reading the strings again. */
    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        long[] oldLines = lines;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        lines = new long[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = oldHashes[i] & mask;
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
