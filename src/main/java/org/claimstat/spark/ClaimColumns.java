package org.claimstat.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Which column of a Spark frame holds each field of {@code claims.csv}. By default every field is
 * read from the column of the same name; {@link #rename} points a field at another column. Columns
 * that hold no field are kept as the claims' extra columns (so {@code date_expression} reaches the
 * {@code dates} check).
 *
 * <p>Column types: text fields are strings; {@code value}, {@code lower} and {@code upper} are
 * strings, decimals or integers (never floating point, which loses the written precision that
 * hedges depend on); {@code period_start} and {@code period_end} are strings or dates.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet class=org.claimstat.spark.SparkSnippets region=claimColumns}
 */
public final class ClaimColumns implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The fields of {@code claims.csv}, in file order. */
    static final List<String> FIELDS = List.of("id", "indicator", "entity", "period_start", "period_end", "value",
            "lower", "upper", "unit", "hedge", "kind", "claimant", "source", "quote");
    private static final List<String> NUMBERS = List.of("value", "lower", "upper");
    private static final List<String> DATES = List.of("period_start", "period_end");

    /** Each field of {@code claims.csv} by the name of the column that holds it. */
    private final Map<String, String> columns;

    private ClaimColumns(Map<String, String> columns) {
        this.columns = columns;
    }

    /** Returns the names of {@code claims.csv}: each field read from the column of its own name. */
    public static ClaimColumns standard() {
        Map<String, String> m = new LinkedHashMap<>();
        FIELDS.forEach(f -> m.put(f, f));
        return new ClaimColumns(m);
    }

    /**
     * Returns a copy that reads {@code field} from {@code column}.
     *
     * @throws IllegalArgumentException if {@code field} is not a field of {@code claims.csv}, or another
     *     field already reads {@code column}
     */
    public ClaimColumns rename(String field, String column) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(column, "column");
        if (!columns.containsKey(field)) {
            throw new IllegalArgumentException("unknown claim field '" + field + "'; expected one of "
                    + String.join(", ", FIELDS));
        }
        columns.forEach((f, c) -> {
            if (!f.equals(field) && c.equals(column)) {
                throw new IllegalArgumentException("column '" + column + "' already holds field '" + f + "'");
            }
        });
        Map<String, String> m = new LinkedHashMap<>(columns);
        m.put(field, column);
        return new ClaimColumns(m);
    }

    /** Returns the column that holds {@code field}. */
    public String column(String field) {
        String c = columns.get(field);
        if (c == null) {
            throw new IllegalArgumentException("unknown claim field '" + field + "'; expected one of "
                    + String.join(", ", FIELDS));
        }
        return c;
    }

    /**
     * Returns the positions of the fields in {@code schema} (in {@link #FIELDS} order), checking that
     * every column is present with a usable type.
     *
     * @throws IllegalArgumentException naming every missing or mistyped column and the columns found
     */
    int[] bind(StructType schema) {
        List<String> problems = new ArrayList<>();
        int[] at = new int[FIELDS.size()];
        List<String> names = Arrays.asList(schema.fieldNames());
        for (int k = 0; k < at.length; k++) {
            String field = FIELDS.get(k);
            String column = columns.get(field);
            at[k] = names.indexOf(column);
            if (at[k] < 0) {
                problems.add("no column '" + column + "' for field " + field);
                continue;
            }
            StructField f = schema.fields()[at[k]];
            if (!usable(field, f.dataType())) {
                problems.add("column '" + column + "' has type " + f.dataType().simpleString() + "; expected "
                        + expected(field));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot read claims: " + String.join("; ", problems) + " (columns: "
                    + String.join(", ", names) + ")");
        }
        return at;
    }

    private static boolean usable(String field, DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return true;
        }
        if (NUMBERS.contains(field)) {
            return type instanceof DecimalType || type.equals(DataTypes.IntegerType) || type.equals(DataTypes.LongType)
                    || type.equals(DataTypes.ShortType) || type.equals(DataTypes.ByteType);
        }
        return DATES.contains(field) && type.equals(DataTypes.DateType);
    }

    private static String expected(String field) {
        if (NUMBERS.contains(field)) {
            return "string, decimal or integer (floating point loses the written precision; cast it to string or decimal)";
        }
        return DATES.contains(field) ? "string (YYYY, YYYY-MM or YYYY-MM-DD) or date" : "string";
    }

    /** Returns true when both map the same fields to the same columns. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimColumns other && columns.equals(other.columns);
    }

    /** Returns a hash of the mapping. */
    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    /** Returns the mapping, such as {@code {id=claim_id, indicator=indicator, ...}}. */
    @Override
    public String toString() {
        return columns.toString();
    }
}
