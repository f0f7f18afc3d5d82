package org.claimstat.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimstat.check.Check;
import org.claimstat.check.CheckReport;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;

/**
 * The outcome of {@link SparkChecks#run}: the findings as a distributed frame, and what each check
 * looked at. Both come from one pass over the claims, kept (memory, then disk) until {@link #close()}.
 *
 * <p>The findings frame has the columns {@code check} (string), {@code severity} ({@code info},
 * {@code warning} or {@code conflict}), {@code claims} (array of claim ids) and {@code message}
 * (string), the fields of {@code claimstat check --format json}; write it with
 * {@code findings().write().parquet(path)}.
 *
 * <p>Thread-safe as far as Spark's datasets are.
 */
public final class SparkCheckRun implements AutoCloseable {
    private final Dataset<Row> outcomes;
    private final List<Check> checks;
    private final Broadcast<Plan> plan;

    SparkCheckRun(Dataset<Row> outcomes, List<Check> checks, Broadcast<Plan> plan) {
        this.outcomes = outcomes;
        this.checks = List.copyOf(checks);
        this.plan = plan;
    }

    /** Returns the findings: check, severity, claims, message; lazily computed, in no particular order. */
    public Dataset<Row> findings() {
        return outcomes.filter(col("kind").equalTo(GroupChecks.FINDING)).select("check", "severity", "claims", "message");
    }

    /**
     * Returns what ran, in run order, as in memory: each check's (or relation's) id and description,
     * how many claims, pairs or groups it examined, how many passed, how many findings it made.
     * Runs the job if it has not run yet.
     *
     * @throws ArithmeticException if a count exceeds what {@link CheckRun} holds (2^31 − 1)
     */
    public List<CheckRun> checks() {
        Map<String, long[]> counts = new HashMap<>();
        for (Row r : outcomes.filter(col("kind").equalTo(GroupChecks.TALLY)).groupBy("check")
                .agg(sum("examined"), sum("passed"), sum("findings")).collectAsList()) {
            counts.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
        }
        List<CheckRun> runs = new ArrayList<>();
        for (Check c : checks) {
            long[] n = counts.getOrDefault(c.id(), new long[3]);
            runs.add(new CheckRun(c.id(), c.description(), n[0], n[1], n[2]));
        }
        return List.copyOf(runs);
    }

    /**
     * Collects the findings to the driver with {@link #checks()} as a {@link CheckReport} (for its
     * table, JSON and Markdown forms), findings ordered by check in run order, then by claims and
     * message. Only for results that fit in the driver's memory.
     */
    public CheckReport report() {
        Map<String, Integer> rank = new HashMap<>();
        for (int k = 0; k < checks.size(); k++) {
            rank.put(checks.get(k).id(), k);
        }
        List<Finding> findings = new ArrayList<>();
        for (Row r : findings().collectAsList()) {
            findings.add(new Finding(r.getString(0), Severity.parse(r.getString(1)), r.getList(2), r.getString(3)));
        }
        findings.sort(Comparator.comparing((Finding f) -> rank.getOrDefault(f.check(), checks.size()))
                .thenComparing(f -> String.join(" ", f.claims())).thenComparing(Finding::message));
        return new CheckReport(findings, checks());
    }

    /** Releases the kept results and the broadcast context. */
    @Override
    public void close() {
        outcomes.unpersist();
        plan.destroy();
    }
}
