package org.claimstat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimstat.check.CheckReport;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.spark.PlantedCorpus;
import org.claimstat.spark.SparkCheckRun;
import org.claimstat.spark.SparkChecks;

/**
 * Runs every check over generated claims (the planted corpus of the Spark tests: 60 claims per
 * entity, 8 indicators) in memory ({@link Checks#run}) and on Spark {@code local[2]}
 * ({@link SparkChecks}), and prints both times side by side.
 *
 * <p>In memory: generating the claims, then the checks. On Spark: generating the claims in a job
 * and writing them to Parquet (not timed with the checks), then reading the Parquet, running the
 * checks, writing the findings to Parquet and collecting the counts. Sizes whose claims would not
 * fit in this JVM's heap in memory (estimated from the heap the first size used) are skipped in
 * memory and said so.
 *
 * <p>{@code bench/run SparkCheckBench [sizes...]}, by default {@code 1000000 10000000}.
 */
public final class SparkCheckBench {
    private SparkCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = args.length == 0 ? new long[] {1_000_000, 10_000_000}
                : Stream.of(args).mapToLong(Long::parseLong).toArray();
        Path work = Files.createTempDirectory("claimstat-spark-bench");
        SparkSession spark = SparkSession.builder().appName("claimstat-bench").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "16")
                .config("spark.local.dir", work.toString()).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        double bytesPerClaim = 0;
        System.out.printf("%-10s %-9s %10s %10s %10s  %s%n", "claims", "where", "prepare s", "checks s", "findings",
                "note");
        for (long n : sizes) {
            long max = Runtime.getRuntime().maxMemory();
            if (bytesPerClaim == 0 || bytesPerClaim * n * 1.5 < max) {
                bytesPerClaim = inMemory(n);
            } else {
                System.out.printf("%-10d %-9s %10s %10s %10s  skipped: about %.1f GB of claims (%.0f B each, measured"
                        + " at the previous size) would not fit in a %.1f GB heap%n", n, "memory", "-", "-", "-",
                        bytesPerClaim * n / 1e9, bytesPerClaim, max / 1e9);
            }
            onSpark(spark, n, work);
        }
        spark.stop();
        deleteAll(work);
    }

    /** Runs in memory and returns the heap used per claim. */
    private static double inMemory(long n) {
        System.gc();
        long before = used();
        long t0 = System.nanoTime();
        ClaimDataset data = PlantedCorpus.dataset(Math.toIntExact(n));
        long t1 = System.nanoTime();
        System.gc();
        double perClaim = (double) (used() - before) / n;
        CheckReport report = Checks.defaults().run(data);
        long t2 = System.nanoTime();
        System.out.printf("%-10d %-9s %10.1f %10.1f %10d  heap %.0f B per claim; %s%n", n, "memory", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, report.findings().size(), perClaim, examined(report.checks()));
        return perClaim;
    }

    private static void onSpark(SparkSession spark, long n, Path work) {
        String claims = work.resolve("claims-" + n).toString();
        long t0 = System.nanoTime();
        spark.range(0, n).map((MapFunction<Long, Row>) i -> SparkChecks.row(PlantedCorpus.claim(i), PlantedCorpus.EXTRA),
                Encoders.row(SparkChecks.schema(PlantedCorpus.EXTRA))).write().mode(SaveMode.Overwrite).parquet(claims);
        long t1 = System.nanoTime();
        ClaimDataset context = PlantedCorpus.withClaims(List.of());
        Dataset<Row> frame = spark.read().parquet(claims);
        try (SparkCheckRun run = SparkChecks.builder().context(context).build().run(frame)) {
            run.findings().write().mode(SaveMode.Overwrite).parquet(work.resolve("findings-" + n).toString());
            List<CheckRun> checks = run.checks();
            long t2 = System.nanoTime();
            long findings = checks.stream().mapToLong(CheckRun::findings).sum();
            System.out.printf("%-10d %-9s %10.1f %10.1f %10d  local[2]; prepare = generate and write Parquet; %s%n", n,
                    "spark", (t1 - t0) / 1e9, (t2 - t1) / 1e9, findings, examined(checks));
        }
    }

    private static String examined(List<CheckRun> checks) {
        return "examined " + checks.stream().mapToLong(CheckRun::examined).sum();
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void deleteAll(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
