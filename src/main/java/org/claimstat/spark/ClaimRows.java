package org.claimstat.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Unit;
import org.claimstat.Value;

/**
 * Maps Spark rows with the columns of {@code claims.csv} to {@link Claim}s and back. Reading
 * caches units and periods (most rows share a few), so parsing a row costs little more than its
 * decimals. Not thread-safe: each task uses its own reader (the caches are transient).
 */
final class ClaimRows implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int ID = 0;
    private static final int INDICATOR = 1;
    private static final int ENTITY = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final int VALUE = 5;
    private static final int LOWER = 6;
    private static final int UPPER = 7;
    private static final int UNIT = 8;
    private static final int HEDGE = 9;
    private static final int KIND = 10;
    private static final int CLAIMANT = 11;
    private static final int SOURCE = 12;
    private static final int QUOTE = 13;

    private final int[] at;
    private final String[] extraNames;
    private final int[] extraAt;
    private transient Map<String, Unit> units;
    private transient Map<String, Period> periods;

    private ClaimRows(int[] at, String[] extraNames, int[] extraAt) {
        this.at = at;
        this.extraNames = extraNames;
        this.extraAt = extraAt;
    }

    /** Returns a reader of rows of {@code schema}, whose fields start at {@code offset}. */
    static ClaimRows reader(StructType schema, ClaimColumns columns, int offset) {
        StructType own = new StructType(java.util.Arrays.copyOfRange(schema.fields(), offset, schema.fields().length));
        int[] at = columns.bind(own);
        Set<Integer> used = new LinkedHashSet<>();
        for (int k = 0; k < at.length; k++) {
            used.add(at[k]);
            at[k] += offset;
        }
        List<String> names = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int k = 0; k < own.fields().length; k++) {
            if (!used.contains(k)) {
                names.add(own.fields()[k].name());
                positions.add(k + offset);
            }
        }
        return new ClaimRows(at, names.toArray(String[]::new), positions.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Reads one claim.
     *
     * @throws IllegalArgumentException naming the claim, the column and the value that could not be read
     */
    Claim claim(Row row) {
        if (units == null) {
            units = new HashMap<>();
            periods = new HashMap<>();
        }
        String id = text(row, at[ID]);
        try {
            String unitText = text(row, at[UNIT]);
            Unit unit = field(id, "unit", unitText, () -> units.computeIfAbsent(unitText, Unit::parse));
            boolean dates = unit.kind() == Unit.Kind.DATE;
            Hedge hedge = field(id, "hedge", text(row, at[HEDGE]), () -> Hedge.parse(text(row, at[HEDGE])));
            Quantity quantity = new Quantity(value(row, id, VALUE, dates), hedge, value(row, id, LOWER, dates),
                    value(row, id, UPPER, dates), unit);
            String start = text(row, at[START]);
            String end = text(row, at[END]);
            Period period = field(id, "period_start/period_end", start + ".." + end,
                    () -> periods.computeIfAbsent(start + '\u001f' + end, k -> Period.parse(start, end)));
            ClaimKind kind = field(id, "kind", text(row, at[KIND]), () -> ClaimKind.parse(text(row, at[KIND])));
            return new Claim(id, text(row, at[INDICATOR]), text(row, at[ENTITY]), period, quantity, kind,
                    text(row, at[CLAIMANT]), text(row, at[SOURCE]), text(row, at[QUOTE]), extra(row));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("claim '")) {
                throw e;
            }
            throw new IllegalArgumentException("claim '" + id + "': " + e.getMessage(), e);
        }
    }

    private Optional<Value> value(Row row, String id, int field, boolean dates) {
        String text = text(row, at[field]);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(field(id, ClaimColumns.FIELDS.get(field), text, () -> Value.parse(text, dates)));
    }

    private Map<String, String> extra(Row row) {
        if (extraNames.length == 0) {
            return Map.of();
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (int k = 0; k < extraNames.length; k++) {
            extra.put(extraNames[k], text(row, extraAt[k]));
        }
        return extra;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T field(String id, String field, String text, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("claim '" + id + "', column " + field + " = '" + text + "': "
                    + e.getMessage(), e);
        }
    }

    /** Returns a cell as the text claims.csv would hold: empty for null, plain decimals, ISO dates. */
    static String text(Row row, int i) {
        Object v = row.get(i);
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return v.toString();
    }

    /** Returns the string schema of {@code claims.csv} plus {@code extraColumns}, all nullable strings. */
    static StructType schema(List<String> extraColumns) {
        List<StructField> fields = new ArrayList<>();
        ClaimColumns.FIELDS.forEach(f -> fields.add(DataTypes.createStructField(f, DataTypes.StringType, true)));
        extraColumns.forEach(f -> fields.add(DataTypes.createStructField(f, DataTypes.StringType, true)));
        return DataTypes.createStructType(fields);
    }

    /** Returns a claim as a row of {@link #schema}, fields as {@code claims.csv} writes them. */
    static Row row(Claim c, List<String> extraColumns) {
        Quantity q = c.quantity();
        Object[] cells = new Object[ClaimColumns.FIELDS.size() + extraColumns.size()];
        cells[ID] = c.id();
        cells[INDICATOR] = c.indicator();
        cells[ENTITY] = c.entity();
        cells[START] = c.period().start().map(Object::toString).orElse(null);
        cells[END] = c.period().end().map(Object::toString).orElse(null);
        cells[VALUE] = q.value().map(Object::toString).orElse(null);
        cells[LOWER] = q.lower().map(Object::toString).orElse(null);
        cells[UPPER] = q.upper().map(Object::toString).orElse(null);
        cells[UNIT] = q.unit().toString();
        cells[HEDGE] = q.hedge().code();
        cells[KIND] = c.kind().code();
        cells[CLAIMANT] = c.claimant();
        cells[SOURCE] = c.source();
        cells[QUOTE] = c.quote();
        for (int k = 0; k < extraColumns.size(); k++) {
            cells[ClaimColumns.FIELDS.size() + k] = c.extra().get(extraColumns.get(k));
        }
        return RowFactory.create(cells);
    }

    /** Returns the epoch day a period starts, {@link LocalDate#MIN}'s where open (as {@code Grouping} sorts). */
    static long startDay(Claim c) {
        return c.period().firstDay().toEpochDay();
    }

    /** Returns the epoch day a period ends, {@link LocalDate#MAX}'s where open. */
    static long endDay(Claim c) {
        return c.period().lastDay().toEpochDay();
    }
}
