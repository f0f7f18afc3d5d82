package org.claimstat.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimstat.Claim;
import org.claimstat.check.Grouping;

/**
 * Reads each input row as a claim (so a bad row fails here, naming claim, column and value) and
 * emits it once per grouping that some chosen check needs, prefixed with the grouping, the group
 * key ({@link Grouping#key}, the same function as in memory) and the period's first and last
 * epoch day, on which Spark sorts.
 */
final class Passes implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    static final String PASS = "__claimstat_pass";
    static final String KEY = "__claimstat_key";
    static final String START = "__claimstat_start";
    static final String END = "__claimstat_end";
    static final int PREFIX = 4;

    private final Broadcast<Plan> plan;
    private final ClaimRows reader;
    private final int width;

    Passes(Broadcast<Plan> plan, ClaimRows reader, int width) {
        this.plan = plan;
        this.reader = reader;
        this.width = width;
    }

    /** Returns the schema of the emitted rows: the prefix columns, then the input's columns. */
    static StructType schema(StructType input) {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField(PASS, DataTypes.IntegerType, false),
                DataTypes.createStructField(KEY, DataTypes.StringType, false),
                DataTypes.createStructField(START, DataTypes.LongType, false),
                DataTypes.createStructField(END, DataTypes.LongType, false)));
        fields.addAll(List.of(input.fields()));
        return DataTypes.createStructType(fields);
    }

    @Override
    public Iterator<Row> call(Row row) {
        Claim c = reader.claim(row);
        Plan.Resolved resolved = plan.value().resolved();
        List<Grouping> passes = resolved.passes();
        List<Row> out = new ArrayList<>(passes.size());
        for (Grouping g : passes) {
            Object[] cells = new Object[PREFIX + width];
            cells[0] = g.ordinal();
            cells[1] = g.key(c, resolved.context());
            cells[2] = ClaimRows.startDay(c);
            cells[3] = ClaimRows.endDay(c);
            for (int k = 0; k < width; k++) {
                cells[PREFIX + k] = row.get(k);
            }
            out.add(RowFactory.create(cells));
        }
        return out.iterator();
    }
}
