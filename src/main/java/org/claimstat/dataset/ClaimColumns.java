package org.claimstat.dataset;

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
 * list: the repeating columns (references, entity, claimant, period, unit) as int codes into their
 * distinct values, hedges and kinds as bytes, values as numbers ({@link ValueColumn}), ids and
 * quotes as characters in chunks ({@link TextColumn}). A million claims then cost a few dozen
 * arrays of primitives, instead of some ten million objects that the garbage collector would copy
 * (and arrays of references it would scan) while the file is read.
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
    private final Coded<String> indicators;
    private final Coded<String> entities;
    private final Coded<Period> periods;
    private final Coded<Unit> units;
    private final byte[] hedges;
    private final byte[] kinds;
    private final ValueColumn values;
    private final ValueColumn lowers;
    private final ValueColumn uppers;
    private final Coded<String> claimants;
    private final Coded<String> sources;
    private final TextColumn quotes;
    private final Map<String, String>[] extras;

    /** One coded column: a code per claim and the values the codes stand for. */
    private record Coded<T>(int[] codes, T[] values) {
        T get(int i) {
            return values[codes[i]];
        }
    }

    private ClaimColumns(Builder b, TextColumn idTexts, String[] indicatorTexts, String[] entityTexts, Period[] periodValues,
                         Unit[] unitValues, String[] claimantTexts, String[] sourceTexts) {
        size = b.size;
        ids = idTexts;
        indicators = new Coded<>(b.indicators, indicatorTexts);
        entities = new Coded<>(b.entities, entityTexts);
        periods = new Coded<>(b.periods, periodValues);
        units = new Coded<>(b.units, unitValues);
        hedges = b.hedges;
        kinds = b.kinds;
        values = b.values.build();
        lowers = b.lowers.build();
        uppers = b.uppers.build();
        claimants = new Coded<>(b.claimants, claimantTexts);
        sources = new Coded<>(b.sources, sourceTexts);
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
        Quantity quantity = new Quantity(values.get(i), HEDGES[hedges[i]], lowers.get(i), uppers.get(i),
                units.get(i));
        return new Claim(ids.get(i), indicators.get(i), entities.get(i), periods.get(i), quantity, KINDS[kinds[i]],
                claimants.get(i), sources.get(i), quotes.get(i),
                extras == null || extras[i] == null ? Map.of() : extras[i]);
    }

    /**
     * Returns the claims of one indicator, in file order, comparing codes: only those claims are built, where
     * filtering the list would build every claim once per indicator asked for.
     */
    java.util.List<Claim> ofIndicator(String indicatorId) {
        String[] texts = indicators.values();
        boolean[] wanted = new boolean[texts.length];
        for (int c = 0; c < texts.length; c++) {
            wanted[c] = indicatorId.equals(texts[c]);
        }
        java.util.List<Claim> out = new java.util.ArrayList<>();
        int[] codes = indicators.codes();
        for (int i = 0; i < size; i++) {
            if (wanted[codes[i]]) {
                out.add(get(i));
            }
        }
        return java.util.List.copyOf(out);
    }

    /** Collects claims that the parser has validated, the repeating columns as its codes; not thread-safe. */
    static final class Builder {
        private int size;
        private int capacity;
        private int[] indicators = new int[0];
        private int[] entities = new int[0];
        private int[] periods = new int[0];
        private int[] units = new int[0];
        private byte[] hedges = new byte[0];
        private byte[] kinds = new byte[0];
        private final ValueColumn.Builder values = new ValueColumn.Builder();
        private final ValueColumn.Builder lowers = new ValueColumn.Builder();
        private final ValueColumn.Builder uppers = new ValueColumn.Builder();
        private int[] claimants = new int[0];
        private int[] sources = new int[0];
        private final TextColumn.Builder quotes = new TextColumn.Builder();
        private Map<String, String>[] extras;

        /**
         * Adds a validated claim: the codes of its repeating columns, hedge, kind and values; the quote
         * and the extra columns are taken from the row, and the id is given at {@link #build}.
         */
        void add(Row row, int indicator, int entity, int period, int unit, Hedge hedge, ClaimKind kind,
                 ValueCell value, ValueCell lower, ValueCell upper, int claimant, int source) {
            if (size == capacity) {
                grow();
            }
            int i = size;
            indicators[i] = indicator;
            entities[i] = entity;
            periods[i] = period;
            units[i] = unit;
            hedges[i] = (byte) hedge.ordinal();
            kinds[i] = (byte) kind.ordinal();
            values.set(i, value);
            lowers.set(i, lower);
            uppers.set(i, upper);
            claimants[i] = claimant;
            sources[i] = source;
            row.copy(C_QUOTE, quotes, i);
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

        /** Returns the number of claims added. */
        int size() {
            return size;
        }

        /** Returns the claims added, given their ids in order and what the codes of each repeating column stand for. */
        ClaimColumns build(TextColumn ids, String[] indicatorTexts, String[] entityTexts, Period[] periodValues, Unit[] unitValues,
                           String[] claimantTexts, String[] sourceTexts) {
            return new ClaimColumns(this, ids, indicatorTexts, entityTexts, periodValues, unitValues, claimantTexts,
                    sourceTexts);
        }
    }
}
