package org.claimstat.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimstat.Value;

/**
 * One value column of the claims read from a file ({@code value}, {@code lower} or {@code upper}),
 * in the encoding of {@link ValueCell}: a tag byte and a long per claim, so a million values cost
 * two arrays rather than three million objects. Immutable once built.
 */
final class ValueColumn {
    private final byte[] tags;
    private final long[] bits;
    private final Value[] others;

    private ValueColumn(byte[] tags, long[] bits, Value[] others) {
        this.tags = tags;
        this.bits = bits;
        this.others = others;
    }

    /** Returns the value of claim {@code i}, empty where its cell was. */
    Optional<Value> get(int i) {
        byte tag = tags[i];
        if (tag == ValueCell.EMPTY) {
            return Optional.empty();
        }
        return Optional.of(ValueCell.decode(tag, bits[i], tag == ValueCell.OTHER ? others[(int) bits[i]] : null));
    }

    /** Collects a column claim by claim; not thread-safe. */
    static final class Builder {
        private byte[] tags = new byte[0];
        private long[] bits = new long[0];
        private final List<Value> others = new ArrayList<>();

        void capacity(int capacity) {
            tags = Arrays.copyOf(tags, capacity);
            bits = Arrays.copyOf(bits, capacity);
        }

        void set(int i, ValueCell cell) {
            tags[i] = cell.tag;
            if (cell.tag == ValueCell.OTHER) {
                bits[i] = others.size();
                others.add(cell.other);
            } else {
                bits[i] = cell.bits;
            }
        }

        ValueColumn build() {
            return new ValueColumn(tags, bits, others.toArray(new Value[0]));
        }
    }
}
