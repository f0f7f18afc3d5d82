package org.claimstat.spark;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimstat.Claim;
import org.claimstat.check.Check;
import org.claimstat.check.ClaimGroup;
import org.claimstat.check.Finding;
import org.claimstat.check.Grouping;

/**
 * Runs the chosen checks over one Spark group, calling the same {@link Check#run} as in memory.
 *
 * <p>A group of one indicator and entity streams: Spark hands its rows sorted by period, and each
 * run of one period is given to the period-local checks ({@link Plan#PERIOD_LOCAL}) as soon as it
 * is complete, sorted by {@link Grouping#order()}; only when a check that needs the whole group is
 * chosen are the runs kept until the group ends. Groups of other groupings are gathered, sorted by
 * their order, and checked whole. Emits one row per finding and, per check that looked at
 * something, one tally row (see {@link #OUTCOMES}).
 */
final class GroupChecks implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    static final String FINDING = "finding";
    static final String TALLY = "tally";

    /** Findings and tallies in one frame: kind, check, severity, claims, message, examined, passed, findings. */
    static final StructType OUTCOMES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("check", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, true),
            DataTypes.createStructField("claims", DataTypes.createArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField("message", DataTypes.StringType, true),
            DataTypes.createStructField("examined", DataTypes.LongType, false),
            DataTypes.createStructField("passed", DataTypes.LongType, false),
            DataTypes.createStructField("findings", DataTypes.LongType, false)));

    private final Broadcast<Plan> plan;
    private final ClaimRows reader;

    GroupChecks(Broadcast<Plan> plan, ClaimRows reader) {
        this.plan = plan;
        this.reader = reader;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        Plan.Resolved resolved = plan.value().resolved();
        Row first = rows.next();
        Grouping grouping = Grouping.values()[first.getInt(0)];
        Outcomes out = new Outcomes();
        if (grouping == Grouping.INDICATOR_ENTITY) {
            streamByPeriod(first, rows, resolved, out);
        } else {
            List<Claim> claims = new ArrayList<>();
            claims.add(reader.claim(first));
            rows.forEachRemaining(r -> claims.add(reader.claim(r)));
            claims.sort(grouping.order());
            ClaimGroup group = new ClaimGroup(grouping, grouping.key(claims.get(0), resolved.context()), claims);
            for (Check c : resolved.whole().get(grouping)) {
                out.add(c, c.run(group, resolved.context()));
            }
        }
        return out.rows().iterator();
    }

    private void streamByPeriod(Row first, Iterator<Row> rows, Plan.Resolved resolved, Outcomes out) {
        List<Check> whole = resolved.whole().getOrDefault(Grouping.INDICATOR_ENTITY, List.of());
        List<Claim> all = whole.isEmpty() ? null : new ArrayList<>();
        List<Claim> run = new ArrayList<>();
        long start = first.getLong(2);
        long end = first.getLong(3);
        Row row = first;
        while (true) {
            if (row.getLong(2) != start || row.getLong(3) != end) {
                checkRun(run, resolved, out, all);
                run = new ArrayList<>();
                start = row.getLong(2);
                end = row.getLong(3);
            }
            run.add(reader.claim(row));
            if (!rows.hasNext()) {
                break;
            }
            row = rows.next();
        }
        checkRun(run, resolved, out, all);
        if (all != null) {
            ClaimGroup group = new ClaimGroup(Grouping.INDICATOR_ENTITY, Grouping.INDICATOR_ENTITY.key(all.get(0)), all);
            for (Check c : whole) {
                out.add(c, c.run(group, resolved.context()));
            }
        }
    }

    private static void checkRun(List<Claim> run, Plan.Resolved resolved, Outcomes out, List<Claim> all) {
        run.sort(Grouping.INDICATOR_ENTITY.order());
        if (!resolved.periodLocal().isEmpty()) {
            ClaimGroup group = new ClaimGroup(Grouping.INDICATOR_ENTITY, Grouping.INDICATOR_ENTITY.key(run.get(0)), run);
            for (Check c : resolved.periodLocal()) {
                out.add(c, c.run(group, resolved.context()));
            }
        }
        if (all != null) {
            all.addAll(run);
        }
    }

    /** The findings and per-check counts of one group. */
    private static final class Outcomes {
        private final Map<Check, long[]> counts = new IdentityHashMap<>();
        private final List<Row> rows = new ArrayList<>();

        void add(Check check, Check.Outcome outcome) {
            long[] n = counts.computeIfAbsent(check, c -> new long[3]);
            n[0] += outcome.examined();
            n[1] += outcome.passed();
            n[2] += outcome.findings().size();
            for (Finding f : outcome.findings()) {
                rows.add(RowFactory.create(FINDING, f.check(), f.severity().code(), f.claims().toArray(String[]::new),
                        f.message(), 0L, 0L, 0L));
            }
        }

        List<Row> rows() {
            counts.forEach((check, n) -> {
                if (n[0] > 0 || n[2] > 0) {
                    rows.add(RowFactory.create(TALLY, check.id(), null, null, null, n[0], n[1], n[2]));
                }
            });
            return rows;
        }
    }
}
