package org.claimstat.dataset;

import static org.claimstat.dataset.Schemas.C_CLAIMANT;
import static org.claimstat.dataset.Schemas.C_ENTITY;
import static org.claimstat.dataset.Schemas.C_QUOTE;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Map;
import java.util.RandomAccess;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Unit;

/**
 * The claims read from {@code claims.csv}, held column by column and seen as an unmodifiable
 * list: repeated texts, periods and units are shared references, hedges and kinds are bytes,
 * values are numbers ({@link ValueColumn}), ids and quotes characters in chunks
 * ({@link TextColumn}). A million claims then cost a few dozen arrays, instead of some ten million objects
 * that the garbage collector would copy while the file is read.
 *
 * <p>{@link #get(int)} builds the claim anew on each call (nothing is cached), equal to the one the
 * reader validated. Immutable and thread-safe once built: every field is final and the arrays are
 * never written after {@link Builder#build()}.
 */
final class ClaimColumns extends AbstractList<Claim> implements RandomAccess {
    private static final Hedge[] HEDGES = Hedge.values();
    private static final ClaimKind[] KINDS = ClaimKind.values();

    private final int size;
    private final TextColumn ids;
    private final String[] indicators;
    private final String[] entities;
    private final Period[] periods;
    private final Unit[] units;
    private final byte[] hedges;
    private final byte[] kinds;
    private final ValueColumn values;
    private final ValueColumn lowers;
    private final ValueColumn uppers;
    private final String[] claimants;
    private final String[] sources;
    private final TextColumn quotes;
    private final Map<String, String>[] extras;

    private ClaimColumns(Builder b) {
        size = b.size;
        ids = b.ids.build();
        indicators = b.indicators;
        entities = b.entities;
        periods = b.periods;
        units = b.units;
        hedges = b.hedges;
        kinds = b.kinds;
        values = b.values.build();
        lowers = b.lowers.build();
        uppers = b.uppers.build();
        claimants = b.claimants;
        sources = b.sources;
        quotes = b.quotes.build();
        extras = b.extras;
    }

    @Override
    public int size() {
        return size;
    }

    /** Builds claim {@code i}. */
    @Override
    public Claim get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("claim index " + i + " is outside 0.." + (size - 1));
        }
        Quantity quantity = new Quantity(values.get(i), HEDGES[hedges[i]], lowers.get(i), uppers.get(i), units[i]);
        return new Claim(ids.get(i), indicators[i], entities[i], periods[i], quantity, KINDS[kinds[i]], claimants[i],
                sources[i], quotes.get(i), extras == null || extras[i] == null ? Map.of() : extras[i]);
    }

    /** Collects claims that the parser has validated; not thread-safe. */
    static final class Builder {
        private int size;
        private int capacity;
        private final TextColumn.Builder ids = new TextColumn.Builder();
        private String[] indicators = new String[0];
        private String[] entities = new String[0];
        private Period[] periods = new Period[0];
        private Unit[] units = new Unit[0];
        private byte[] hedges = new byte[0];
        private byte[] kinds = new byte[0];
        private final ValueColumn.Builder values = new ValueColumn.Builder();
        private final ValueColumn.Builder lowers = new ValueColumn.Builder();
        private final ValueColumn.Builder uppers = new ValueColumn.Builder();
        private String[] claimants = new String[0];
        private String[] sources = new String[0];
        private final TextColumn.Builder quotes = new TextColumn.Builder();
        private Map<String, String>[] extras;

        /**
         * Adds a validated claim: the parsed cells given, the plain texts (entity, claimant, quote
         * and the extra columns) taken from the row.
         */
        void add(Row row, String id, String indicator, Period period, Unit unit, Hedge hedge, ClaimKind kind,
                 ValueCell value, ValueCell lower, ValueCell upper, String source) {
            if (size == capacity) {
                grow();
            }
            int i = size;
            ids.set(i, id);
            indicators[i] = indicator;
            entities[i] = row.get(C_ENTITY);
            periods[i] = period;
            units[i] = unit;
            hedges[i] = (byte) hedge.ordinal();
            kinds[i] = (byte) kind.ordinal();
            values.set(i, value);
            lowers.set(i, lower);
            uppers.set(i, upper);
            claimants[i] = row.get(C_CLAIMANT);
            sources[i] = source;
            quotes.set(i, row.get(C_QUOTE));
            Map<String, String> extra = row.extra();
            if (!extra.isEmpty()) {
                extras(i + 1)[i] = extra;
            }
            size++;
        }

        @SuppressWarnings("unchecked")
        private Map<String, String>[] extras(int needed) {
            if (extras == null) {
                extras = new Map[Math.max(capacity, needed)];
            }
            return extras;
        }

        private void grow() {
            capacity = Math.max(1024, capacity * 2);
            ids.capacity(capacity);
            indicators = Arrays.copyOf(indicators, capacity);
            entities = Arrays.copyOf(entities, capacity);
            periods = Arrays.copyOf(periods, capacity);
            units = Arrays.copyOf(units, capacity);
            hedges = Arrays.copyOf(hedges, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            values.capacity(capacity);
            lowers.capacity(capacity);
            uppers.capacity(capacity);
            claimants = Arrays.copyOf(claimants, capacity);
            sources = Arrays.copyOf(sources, capacity);
            quotes.capacity(capacity);
            if (extras != null) {
                extras = Arrays.copyOf(extras, capacity);
            }
        }

        ClaimColumns build() {
            return new ClaimColumns(this);
        }
    }
}
