package org.claimstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.claimstat.Claim;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Times reading a dataset of 1M claims (about 200 bytes a row) validated with
 * {@link ClaimDatasets#read(Path)} against a Tablesaw typed read of the same {@code claims.csv},
 * side by side: warm-up rounds, then measured rounds alternating the two, median reported. The
 * reader keeps claims column by column and builds each {@code Claim} when it is read, so a third
 * figure times reading and then touching every claim once (iterating {@code claims()}), the cost a
 * user who looks at all claims pays.
 * Usage: {@code bench/run DatasetReadBench [rows] [rounds]}; the dataset is generated once in
 * {@code target/bench-claims-ROWS/}.
 */
public final class DatasetReadBench {
    private static final String HEADER =
            "id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,kind,claimant,source,quote";
    private static final String[] HEDGES = {"exact", "approximately", "estimate", "nearly", "up_to", "at_most",
        "less_than", "at_least", "more_than", "range"};
    private static final String[] KINDS = {"statement", "estimate", "forecast", "observation", "official_statement"};
    private static final String[] UNITS = {"person", "USD", "percent", "vacancy", "month", "GW", "RUB", "rank:83"};
    private static final String[] ENTITIES = {"RU", "US", "CN", "KZ", "GE", "AM", "RS", "TR"};
    private static final String[] WORDS = {"officials", "said", "nearly", "the", "number", "of", "workers", "who",
        "left", "Russia", "since", "February", "reached", "according", "to", "estimates", "by", "analysts"};
    private static final int SOURCES = 1000;
    private static final int INDICATORS = 200;

    private DatasetReadBench() {
    }

    /** Runs the benchmark and prints the figures. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 4 && args[0].equals("--only")) {
            System.out.println(Forks.RESULT + alone(args[1], Path.of(args[2]), Integer.parseInt(args[3])));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Path.of("target", "bench-claims-" + rows);
        if (!Files.exists(dir.resolve("claims.csv"))) {
            generate(dir, rows);
        }
        System.out.printf("claims.csv: %d rows, %.1f MB; JDK %s, %d processors%n", rows,
                Files.size(dir.resolve("claims.csv")) / 1e6, Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < 2; i++) {
            timeClaimstat(dir);
            timeTablesaw(dir);
        }
        List<Double> ours = new ArrayList<>();
        List<Double> tablesaw = new ArrayList<>();
        List<Double> oursCpu = new ArrayList<>();
        List<Double> tablesawCpu = new ArrayList<>();
        List<Double> touched = new ArrayList<>();
        List<Double> touchedCpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            double cpu = cpuSeconds();
            ours.add(timeClaimstat(dir));
            oursCpu.add(cpuSeconds() - cpu);
            cpu = cpuSeconds();
            tablesaw.add(timeTablesaw(dir));
            tablesawCpu.add(cpuSeconds() - cpu);
            cpu = cpuSeconds();
            touched.add(timeClaimstatTouchingAll(dir));
            touchedCpu.add(cpuSeconds() - cpu);
            System.out.printf("round %d: ClaimDatasets.read %.3f s wall, %.3f s CPU; Tablesaw typed read %.3f s wall,"
                    + " %.3f s CPU; read + touch every claim %.3f s wall, %.3f s CPU%n", i + 1, ours.get(i),
                    oursCpu.get(i), tablesaw.get(i), tablesawCpu.get(i), touched.get(i), touchedCpu.get(i));
        }
        double a = median(ours);
        double b = median(tablesaw);
        System.out.printf("median of %d rounds, wall: ClaimDatasets.read (validated) %.3f s; Tablesaw typed read %.3f s;"
                + " Tablesaw / claimstat = %.2fx%n", rounds, a, b, b / a);
        System.out.printf("median of %d rounds, process CPU (all threads, GC included): claimstat %.3f s; Tablesaw"
                + " %.3f s; ratio %.2fx; load average %.1f%n", rounds, median(oursCpu), median(tablesawCpu),
                median(tablesawCpu) / median(oursCpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("median of %d rounds: ClaimDatasets.read then touching every claim once %.3f s wall,"
                + " %.3f s CPU; Tablesaw / (read + touch) = %.2fx%n", rounds, median(touched), median(touchedCpu),
                b / median(touched));
        // The same reads, each reader in JVMs of its own (as JMH forks): above, each read runs on a heap holding
        // the other reader's garbage, with a JIT that compiled for both.
        List<Double> oursAlone = new ArrayList<>();
        List<Double> tablesawAlone = new ArrayList<>();
        for (int f = 0; f < FORKS; f++) {
            oursAlone.add(fork("claimstat", dir, rounds));
            tablesawAlone.add(fork("tablesaw", dir, rounds));
        }
        System.out.printf("each reader in %d JVMs of its own (median of their medians of %d rounds, wall): ClaimDatasets.read"
                + " %.3f s (JVMs %s); Tablesaw typed read %.3f s (JVMs %s); Tablesaw / claimstat = %.2fx%n", FORKS,
                rounds, median(oursAlone), oursAlone, median(tablesawAlone), tablesawAlone,
                median(tablesawAlone) / median(oursAlone));
    }

    private static final int FORKS = 3;

    /** Runs {@link #alone} in a new JVM with this one's class path and heap; returns its median wall seconds. */
    private static double fork(String reader, Path dir, int rounds) throws IOException, InterruptedException {
        String[] f = Forks.run(DatasetReadBench.class, List.of("--only", reader, dir.toString(), String.valueOf(rounds)),
                ProcessBuilder.Redirect.DISCARD);
        return Math.round(Double.parseDouble(f[0]) * 1000) / 1000.0;
    }

    /** Two warm-up reads, then {@code rounds} timed ones by one reader alone; returns the median wall seconds. */
    private static double alone(String reader, Path dir, int rounds) throws IOException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds + 2; i++) {
            double t = reader.equals("claimstat") ? timeClaimstat(dir) : timeTablesaw(dir);
            if (i >= 2) {
                times.add(t);
            }
        }
        return median(times);
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double timeClaimstat(Path dir) {
        long start = System.nanoTime();
        ClaimDataset dataset = ClaimDatasets.read(dir);
        double seconds = (System.nanoTime() - start) / 1e9;
        check(dataset.claims().size());
        return seconds;
    }

    /** Times reading, then building every claim once (each claim's id, quantity, period and quote looked at). */
    private static double timeClaimstatTouchingAll(Path dir) {
        long start = System.nanoTime();
        ClaimDataset dataset = ClaimDatasets.read(dir);
        long sum = 0;
        for (Claim claim : dataset.claims()) {
            sum += claim.id().length() + claim.quantity().hedge().ordinal() + claim.quote().length()
                    + (claim.period().isBounded() ? 1 : 0);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        check((int) Math.min(sum, Integer.MAX_VALUE));
        return seconds;
    }

    private static double timeTablesaw(Path dir) throws IOException {
        ColumnType[] types = new ColumnType[14];
        Arrays.fill(types, ColumnType.STRING);
        types[5] = ColumnType.DOUBLE;
        types[6] = ColumnType.DOUBLE;
        types[7] = ColumnType.DOUBLE;
        long start = System.nanoTime();
        Table table = Table.read().usingOptions(CsvReadOptions.builder(dir.resolve("claims.csv").toFile())
                .columnTypes(types).maxCharsPerColumn(100_000));
        double seconds = (System.nanoTime() - start) / 1e9;
        check(table.rowCount());
        return seconds;
    }

    private static void check(int rows) {
        if (rows == 0) {
            throw new IllegalStateException("read no rows");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void generate(Path dir, int rows) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("datapackage.json"), "{\"name\": \"bench\", \"title\": \"Generated\"}\n");
        StringBuilder sources = new StringBuilder("id,publisher,title,url,published,author,language,derived_from,document\n");
        for (int i = 0; i < SOURCES; i++) {
            sources.append("s").append(i).append(",Outlet ").append(i % 50).append(",Title ").append(i)
                    .append(",https://example.org/").append(i).append(",2024-0").append(1 + i % 9).append(",,en,,\n");
        }
        Files.writeString(dir.resolve("sources.csv"), sources);
        StringBuilder indicators = new StringBuilder("id,label,unit,aggregation,description\n");
        for (int i = 0; i < INDICATORS; i++) {
            indicators.append("ind_").append(i).append(",Indicator ").append(i).append(',')
                    .append(UNITS[i % UNITS.length]).append(",stock,Generated\n");
        }
        Files.writeString(dir.resolve("indicators.csv"), indicators);
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("claims.csv"), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(row(i, random));
                out.write('\n');
            }
        }
    }

    private static String row(int i, Random random) {
        int indicator = random.nextInt(INDICATORS);
        String hedge = HEDGES[i % HEDGES.length];
        int v = 1000 + random.nextInt(500_000);
        String value = hedge.equals("range") ? "" : random.nextBoolean() ? Integer.toString(v) : v / 100 + "." + v % 100;
        String lower = hedge.equals("range") ? Integer.toString(v) : "";
        String upper = hedge.equals("range") ? Integer.toString(v + 1 + random.nextInt(1000)) : "";
        int year = 2015 + random.nextInt(10);
        String start = year + "-" + String.format("%02d", 1 + random.nextInt(12));
        StringBuilder quote = new StringBuilder("\"");
        for (int w = 0; w < 8; w++) {
            quote.append(WORDS[random.nextInt(WORDS.length)]).append(w == 3 ? ", " : " ");
        }
        quote.append(v).append('"');
        return String.join(",", "c" + i, "ind_" + indicator, ENTITIES[random.nextInt(ENTITIES.length)], start,
                Integer.toString(year + 1), value, lower, upper, UNITS[indicator % UNITS.length], hedge,
                KINDS[random.nextInt(KINDS.length)], "Claimant number " + random.nextInt(5000) + " of the ministry",
                "s" + random.nextInt(SOURCES), quote);
    }
}
