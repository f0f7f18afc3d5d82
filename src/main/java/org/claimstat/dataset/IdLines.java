package org.claimstat.dataset;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The ids of one dataset file with the line each was first seen on, for the duplicate check and
 * for resolving references. The ids' characters are kept end to end in a {@link TextColumn} in the
 * order they came, and an open-addressing table of two int arrays finds them: a million claim ids
 * cost a few arrays and no object each (strings kept alive would be copied by the garbage collector
 * while the file is read). Read-only as a {@link java.util.Set} of the ids.
 */
final class IdLines extends AbstractSet<String> {
    /** Per slot: the entry number plus one, 0 for an empty slot. */
    private int[] entries = new int[16];
    /** Per slot: the spread hash of its id, so probing and growing never compare characters needlessly. */
    private int[] hashes = new int[16];
    private final TextColumn.Builder ids = new TextColumn.Builder();
    private long[] lines = new long[0];
    private int size;

    /**
     * Records the line of an id not seen before and returns 0, or returns the line it was first
     * seen on (lines are 1-based, so never 0).
     */
    long putIfAbsent(String id, long line) {
        int hash = spread(id.hashCode());
        int slot = slot(id, hash);
        if (entries[slot] != 0) {
            return lines[entries[slot] - 1];
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, Math.max(16, size * 2));
            ids.capacity(lines.length);
        }
        ids.set(size, id);
        lines[size] = line;
        entries[slot] = ++size;
        hashes[slot] = hash;
        if (size * 2 > entries.length) {
            grow();
        }
        return 0;
    }

    /** Returns the line an id was first seen on, 0 where it was not seen. */
    long line(String id) {
        int slot = slot(id, spread(id.hashCode()));
        return entries[slot] == 0 ? 0 : lines[entries[slot] - 1];
    }

    /** Returns the ids as characters, in the order first seen; for the claims of a file without errors, one per claim. */
    TextColumn texts() {
        return ids.build();
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String id && entries[slot(id, spread(id.hashCode()))] != 0;
    }

    @Override
    public int size() {
        return size;
    }

    /** Iterates the ids in the order they were first seen. */
    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ids.get(next++);
            }
        };
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Returns the slot holding {@code id}, or the empty slot where it would go. */
    private int slot(String id, int hash) {
        int mask = entries.length - 1;
        int slot = hash & mask;
        while (entries[slot] != 0 && (hashes[slot] != hash || !ids.matches(entries[slot] - 1, id))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Doubles the table, placing entries by their kept hashes without reading the ids again. */
    private void grow() {
        int[] oldEntries = entries;
        int[] oldHashes = hashes;
        entries = new int[oldEntries.length * 2];
        hashes = new int[oldEntries.length * 2];
        int mask = entries.length - 1;
        for (int i = 0; i < oldEntries.length; i++) {
            if (oldEntries[i] != 0) {
                int slot = oldHashes[i] & mask;
                while (entries[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                entries[slot] = oldEntries[i];
                hashes[slot] = oldHashes[i];
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
