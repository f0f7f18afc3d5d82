package org.claimstat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.claimstat.extract.ClaimExtractor;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * Throughput of {@link ClaimExtractor} on one core: at least 10 MB of prose (the seed articles'
 * paragraphs shuffled into 5 KB documents, or generated prose where the seeds are absent), 1 MB of
 * digits and separators, 1 MB of hedge-word runs; then Microsoft Recognizers-Text 1.3.1 (English
 * number, percentage, currency and dimension models, via node and bench/peer/recognize.js) on the
 * same seed text, with the speed ratio and what each got right on the seeds' hedges and ranges.
 *
 * <p>Each of the three inputs is timed in three JVMs of their own after a warm-up on it alone, as JMH forks,
 * and the median of the three is reported; then prose and digits the same way under the parallel collector,
 * a diagnostic of what the default collector costs per object; then the first thousand chars of the digits
 * repeated to a megabyte, a diagnostic of what unpredictable text costs; then
 * the digits once more in this JVM right after prose, which is slower (the JIT compiled for prose first) and
 * printed as such.
 *
 * <p>Run: {@code bench/run ExtractBench [MB]}.
 */
public final class ExtractBench {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** Each input is extracted for at least this long (and three times) before it is timed. */
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final int MIN_ROUNDS = 10;
    private static final int MIN_SECONDS = 3;
    private static final Path SEEDS = Path.of(System.getProperty("claimstat.shared", "../shared"), "seeds");

    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--input")) {
            Result r = measure(args[1], input(args[1], 10));
            System.out.println(Forks.RESULT + r.cpuMedian + " " + r.cpuBest + " " + r.wallMedian);
            return;
        }
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> docs = input("prose", megabytes);
        long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("java %s, one thread; corpus %s (%.1f MB)%n", System.getProperty("java.version"),
                Files.isDirectory(SEEDS) ? "seed paragraphs shuffled" : "generated prose (no seeds at " + SEEDS + ")",
                bytes / 1e6);
        calibrate(docs);
        // Each input runs in a JVM of its own, warmed up on that input alone before it is timed: what JMH does
        // by default, as the JIT compiles for the input it has seen. The prose corpus is built anew in the fork.
        System.out.println("each input in " + FORKS + " fresh JVMs, " + WARM_UP_NANOS / 1_000_000_000 + " s warm-up, then at least "
                + MIN_ROUNDS + " timed rounds and " + MIN_SECONDS + " s; MB/s by this thread's CPU time (median, best)"
                + " and by wall time (median)");
        Result prose = forks("prose", List.of());
        Result digits = forks("digits", List.of());
        Result hedges = forks("hedges", List.of());
        System.out.printf("per byte (CPU medians), digits run at %.2fx and hedge runs at %.2fx the prose speed%n",
                digits.cpuMedian / prose.cpuMedian, hedges.cpuMedian / prose.cpuMedian);
        collectorDiagnostic(prose, digits);
        predictabilityDiagnostic(prose, digits);
        densityDiagnostic(prose, digits);
        // The same, in one JVM whose JIT first compiled for prose: slower, and reported as such.
        measure("prose", docs);
        Result after = measure("digits", input("digits", megabytes));
        System.out.printf("one JVM, digits timed right after prose: %.2fx the forked prose speed%n",
                after.cpuMedian / prose.cpuMedian);
        if (Files.isDirectory(SEEDS)) {
            peer();
        } else {
            System.out.println("peer comparison skipped: seed articles not found at " + SEEDS.toAbsolutePath());
        }
    }

    /**
     * Times prose and digits once more under the parallel (throughput) collector, to show how much of the digits'
     * gap is the default G1 collector's cost per object: a megabyte of digits makes some 94,000 mentions of about
     * ten objects each, against 1,600 mentions in a megabyte of prose, and G1 pays more per reference stored. A
     * diagnostic, not the headline: the figures above use the JVM's default collector, as users' programs do.
     */
    private static void collectorDiagnostic(Result prose, Result digits) throws IOException, InterruptedException {
        List<String> parallel = List.of("-XX:+UseParallelGC");
        System.out.println("diagnostic: the same with " + parallel.get(0));
        Result proseParallel = forks("prose", parallel);
        Result digitsParallel = forks("digits", parallel);
        System.out.printf("  digits per byte at %.2fx prose under the parallel collector, against %.2fx under the default"
                + " one%n", digitsParallel.cpuMedian / proseParallel.cpuMedian, digits.cpuMedian / prose.cpuMedian);
    }

    /**
     * Times the digits again with the first {@value #CHUNK} chars of the same noise repeated to a megabyte: the same
     * mix of numbers, ranges, separators and mentions per byte, so the same objects per byte, but a pattern the CPU's
     * branch predictor can learn. Where this runs as fast as prose, what holds the random digits back is the
     * mispredicted branches of text whose shape changes at every number, not the objects each number makes.
     */
    private static void predictabilityDiagnostic(Result prose, Result digits) throws IOException, InterruptedException {
        System.out.println("diagnostic: the digits' first " + CHUNK + " chars repeated to 1 MB (same mentions and objects per"
                + " byte, predictable branches)");
        Result repeated = forks("digits-repeated", List.of());
        System.out.printf("  repeated digits per byte at %.2fx prose, against %.2fx for the random megabyte%n",
                repeated.cpuMedian / prose.cpuMedian, digits.cpuMedian / prose.cpuMedian);
    }

    /**
     * Times the densest text of numbers there is, one-digit numbers one every two chars ("4 7 1 9 …"): every number
     * is a mention, so this shows the cost per mention, which bounds the speed per byte of any text made of numbers.
     * The random digits have a number about every 10.6 chars.
     */
    private static void densityDiagnostic(Result prose, Result digits) throws IOException, InterruptedException {
        System.out.println("diagnostic: one-digit numbers, one every 2 chars (1 MB; 500,000 mentions)");
        Result dense = forks("dense", List.of());
        System.out.printf("  dense numbers per byte at %.2fx prose (random digits %.2fx); CPU per mention %.0f ns dense,"
                + " %.0f ns in the random digits%n", dense.cpuMedian / prose.cpuMedian, digits.cpuMedian / prose.cpuMedian,
                nanosPerMention(dense, DENSE_CHARS, DENSE_CHARS / 2),
                nanosPerMention(digits, digitNoise(1_000_000).getBytes(StandardCharsets.UTF_8).length, DIGIT_MENTIONS));
    }

    /** The CPU nanoseconds per mention of an input of {@code bytes} (UTF-8) with {@code mentions} mentions. */
    private static double nanosPerMention(Result r, long bytes, int mentions) {
        double seconds = bytes / (r.cpuMedian * 1e6);
        return seconds * 1e9 / mentions;
    }

    /** The mentions in {@link #digitNoise(int)} of a megabyte, as the bench prints them. */
    private static final int DIGIT_MENTIONS = 93_885;
    /** The length of the dense input: one-digit numbers and spaces, so half as many mentions. */
    private static final int DENSE_CHARS = 1_000_000;

    /** One-digit numbers apart by a space, {@code size} chars: the most mentions per byte. */
    static String denseNumbers(int size) {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder(size);
        while (sb.length() < size) {
            sb.append((char) ('0' + random.nextInt(10))).append(' ');
        }
        return sb.toString();
    }

    /** The length of the chunk of digit noise that {@code digits-repeated} repeats. */
    private static final int CHUNK = 1_000;

    /** One input's figures in MB/s. */
    record Result(double cpuMedian, double cpuBest, double wallMedian) {
    }

    static List<String> input(String name, int megabytes) throws IOException {
        return switch (name) {
            case "prose" -> documents(paragraphs(), megabytes * 1_000_000L);
            case "digits" -> List.of(digitNoise(1_000_000));
            case "digits-repeated" -> List.of(digitNoise(CHUNK).repeat(1_000_000 / CHUNK));
            case "hedges" -> List.of(hedgeRuns(1_000_000));
            case "dense" -> List.of(denseNumbers(DENSE_CHARS));
            default -> throw new IllegalArgumentException("no input " + name);
        };
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            "prose", "prose", "digits", "adversarial digits+separators (1 MB, one document)",
            "digits-repeated", "digits+separators, 1,000 chars repeated (1 MB)",
            "hedges", "adversarial hedge-word runs (1 MB, one document)",
            "dense", "one-digit numbers, one every 2 chars (1 MB)");

    /** How many JVMs time each input; the median of their medians is the figure, as one JVM can be unlucky. */
    private static final int FORKS = 3;

    /**
     * Runs {@link #fork} {@link #FORKS} times, with {@code jvmOptions} added to each child's command line, and returns
     * the run with the median CPU figure.
     */
    static Result forks(String name, List<String> jvmOptions) throws IOException, InterruptedException {
        List<Result> runs = new ArrayList<>();
        for (int f = 0; f < FORKS; f++) {
            runs.add(fork(name, jvmOptions));
        }
        runs.sort(java.util.Comparator.comparingDouble(Result::cpuMedian));
        Result median = runs.get(runs.size() / 2);
        System.out.printf("  %s over %d JVMs: %.2f MB/s cpu (median of the JVMs' medians; they ranged %.2f to %.2f)%n",
                name, FORKS, median.cpuMedian(), runs.get(0).cpuMedian(), runs.get(runs.size() - 1).cpuMedian());
        return median;
    }

    /** Runs {@link #measure} on one input in a new JVM with this one's class path and heap, and {@code jvmOptions}. */
    static Result fork(String name, List<String> jvmOptions) throws IOException, InterruptedException {
        String[] f = Forks.run(ExtractBench.class, jvmOptions, List.of("--input", name), ProcessBuilder.Redirect.INHERIT);
        return new Result(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
    }

    /**
     * Warms up on {@code docs}, then extracts them for at least {@link #MIN_ROUNDS} rounds and {@link #MIN_SECONDS};
     * prints and returns the MB/s by this thread's CPU time (median and best) and by wall time (median). The machine
     * may be shared, so wall time includes waiting for a core.
     */
    static Result measure(String name, List<String> docs) {
        long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int w = 0; w < 3 || System.nanoTime() < warmUntil; w++) {
            extractAll(docs);
        }
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        long mentions = 0;
        long until = System.nanoTime() + MIN_SECONDS * 1_000_000_000L;
        while (cpu.size() < MIN_ROUNDS || System.nanoTime() < until) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            mentions = extractAll(docs);
            wall.add(bytes / 1e6 / ((System.nanoTime() - t0) / 1e9));
            cpu.add(bytes / 1e6 / ((THREADS.getCurrentThreadCpuTime() - c0) / 1e9));
        }
        Collections.sort(cpu);
        Collections.sort(wall);
        Result r = new Result(cpu.get(cpu.size() / 2), cpu.get(cpu.size() - 1), wall.get(wall.size() / 2));
        System.out.printf("%-52s %7.2f MB/s cpu (best %.2f) %7.2f MB/s wall  (%.2f MB, %d mentions, %d rounds)%n",
                LABELS.getOrDefault(name, name), r.cpuMedian, r.cpuBest, r.wallMedian, bytes / 1e6, mentions, cpu.size());
        return r;
    }

    /**
     * Extracts every document and reads every field of every mention that a caller reads, so that
     * nothing built lazily escapes the timing; returns the number of mentions.
     */
    static long extractAll(List<String> docs) {
        long mentions = 0;
        long touched = 0;
        for (int k = 0; k < docs.size(); k++) {
            for (Mention m : EXTRACTOR.extract("d" + k, docs.get(k)).mentions()) {
                mentions++;
                touched += m.end() + m.text().length() + m.number().length() + m.counted().length()
                        + (m.quantity().isPresent() ? m.quantity().get().hedge().ordinal()
                                + (m.quantity().get().value().isPresent() ? 1 : 2) : 3)
                        + m.unit().kind().ordinal() + m.unit().symbol().length() + m.kind().ordinal() + m.mixedScript().size() + (m.boilerplate() ? 1 : 0);
            }
        }
        sink = touched;
        return mentions;
    }

    /** Where {@link #extractAll} leaves its sum, so the JIT cannot drop the reads. */
    static volatile long sink;

    /** A bare loop over the chars (count letters), to show how fast this machine is at the moment. */
    static void calibrate(List<String> docs) {
        long bytes = docs.stream().mapToLong(String::length).sum();
        double best = 0;
        long letters = 0;
        for (int r = 0; r < 5; r++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            letters = 0;
            for (String d : docs) {
                for (int k = 0; k < d.length(); k++) {
                    letters += Character.isLetter(d.charAt(k)) ? 1 : 0;
                }
            }
            best = Math.max(best, bytes / 1e6 / ((THREADS.getCurrentThreadCpuTime() - c0) / 1e9));
        }
        System.out.printf("calibration: a bare Character.isLetter loop runs at %.0f MB/s cpu here (%d letters);"
                + " load average %.1f on %d cores%n", best, letters,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    static List<String> paragraphs() throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(SEEDS)) {
            try (Stream<Path> files = Files.list(SEEDS)) {
                for (Path f : files.sorted().toList()) {
                    Files.readString(f).lines().filter(l -> !l.isBlank()).forEach(out::add);
                }
            }
            return out;
        }
        Random random = new Random(7);
        String[] hedges = {"nearly", "about", "more than", "up to", "an estimated", "at least", "some", ""};
        String[] nouns = {"workers", "vacancies", "households", "engineers", "companies"};
        for (int k = 0; k < 2000; k++) {
            out.add("Officials said " + hedges[random.nextInt(hedges.length)] + " " + (random.nextInt(900) + 1) + ","
                    + (random.nextInt(900) + 100) + " " + nouns[random.nextInt(nouns.length)] + " left in March "
                    + (2015 + random.nextInt(10)) + ", while prices rose " + random.nextInt(40) + " percent and the"
                    + " budget reached $" + random.nextInt(99) + " billion over six to nine months.");
        }
        return out;
    }

    static List<String> documents(List<String> paragraphs, long minBytes) {
        Random random = new Random(1);
        List<String> pool = new ArrayList<>(paragraphs);
        List<String> docs = new ArrayList<>();
        long total = 0;
        StringBuilder doc = new StringBuilder();
        while (total < minBytes) {
            Collections.shuffle(pool, random);
            for (String p : pool) {
                doc.append(p).append("\n\n");
                if (doc.length() >= 5000) {
                    docs.add(doc.toString());
                    total += doc.toString().getBytes(StandardCharsets.UTF_8).length;
                    doc.setLength(0);
                }
            }
        }
        return docs;
    }

    static String digitNoise(int size) {
        Random random = new Random(3);
        String alphabet = "0123456789012345678901234567890123456789,,,..-– ";
        StringBuilder sb = new StringBuilder(size);
        while (sb.length() < size) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static String hedgeRuns(int size) {
        Random random = new Random(5);
        String[] words = {"nearly", "up to", "as many as", "more than", "at least", "some", "about", "roughly",
            "an estimated", "estimated at", "close to", "between", "and", "to", "over", "under"};
        StringBuilder sb = new StringBuilder(size);
        while (sb.length() < size) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
            if (random.nextInt(50) == 0) {
                sb.append(random.nextInt(100_000)).append(' ');
            }
        }
        return sb.toString();
    }

    /** Runs the peer on the seeds (x4) for speed, and on each seed for the hedges and ranges of the annotation. */
    static void peer() throws Exception {
        Path peerDir = Path.of("bench/peer");
        if (!Files.isDirectory(peerDir.resolve("node_modules/@microsoft/recognizers-text-suite"))) {
            System.out.println("installing the peer: npm install --prefix bench/peer");
            new ProcessBuilder("npm", "install", "--prefix", peerDir.toString(), "--no-audit", "--no-fund")
                    .inheritIO().start().waitFor();
        }
        List<Path> seedFiles;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seedFiles = files.sorted().toList();
        }
        StringBuilder all = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            for (Path f : seedFiles) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        Path corpus = Files.createTempFile("claimstat-peer", ".txt");
        Files.writeString(corpus, all);
        JsonNode speed = runPeer(corpus);
        double peerMBs = speed.get("bytes").asDouble() / 1e6 / speed.get("cpuSeconds").asDouble();
        double peerWall = speed.get("bytes").asDouble() / 1e6 / speed.get("seconds").asDouble();
        double ours = measure("claimstat on the same seed text (x4)", List.of(all.toString())).cpuMedian();
        System.out.printf("peer Microsoft Recognizers-Text 1.3.1 (4 English models, node %s): %.4f MB/s cpu,"
                + " %.4f MB/s wall on %.1f KB; claimstat is %.0fx faster (cpu)%n", nodeVersion(), peerMBs, peerWall,
                speed.get("bytes").asDouble() / 1e3, ours / peerMBs);
        Files.delete(corpus);
        compareOnSeeds(seedFiles);
    }

    private static void compareOnSeeds(List<Path> seedFiles) throws Exception {
        List<NamedCsvRecord> rows = annotations();
        int hedged = 0;
        int ranges = 0;
        int peerHedges = 0;
        int peerRanges = 0;
        int ourHits = 0;
        System.out.println("hedged and range quantities of the seed annotation (dates left out: the peer's models read none):");
        for (Path f : seedFiles) {
            String doc = f.getFileName().toString().substring(0, 3);
            String text = Files.readString(f);
            JsonNode peer = runPeer(f).get("results");
            Extraction ours = EXTRACTOR.extract(doc, text);
            for (NamedCsvRecord r : rows) {
                if (!r.getField("doc").equals(doc) || r.getField("unit").equals("date")
                        || r.getField("hedge").equals("exact")) {
                    continue;
                }
                int at = ours.reading().indexOf(r.getField("span"));
                int end = at + r.getField("span").length();
                boolean range = r.getField("hedge").equals("range");
                hedged += range ? 0 : 1;
                ranges += range ? 1 : 0;
                StringBuilder got = new StringBuilder();
                boolean right = false;
                for (JsonNode p : peer) {
                    int ps = p.get("start").asInt();
                    int pe = p.get("end").asInt();
                    if (ps < end && pe > at) {
                        got.append(p.get("model").asText()).append(" '").append(p.get("text").asText()).append("'=")
                                .append(p.get("value").asText()).append("; ");
                        right |= ps <= at && pe >= end;
                    }
                }
                peerHedges += !range && right ? 1 : 0;
                peerRanges += range && right ? 1 : 0;
                Mention m = ours.mentions().stream().filter(x -> x.start() < end && x.end() > at).findFirst().orElse(null);
                boolean ourRight = m != null && m.hedge().code().equals(r.getField("hedge"));
                ourHits += ourRight ? 1 : 0;
                System.out.printf("  %s %-26s peer %s%n  %-30s claimstat %s%n", doc, r.getField("span"),
                        got.length() == 0 ? "nothing" : got + (right ? "(covers the hedge/range)" : "(hedge/range lost)"),
                        "", m == null ? "nothing" : m.hedge().code() + " " + m.interval().map(Object::toString).orElse(""));
            }
        }
        System.out.printf("peer read %d of %d hedges and %d of %d ranges as one answer; claimstat %d of %d%n",
                peerHedges, hedged, peerRanges, ranges, ourHits, hedged + ranges);
    }

    private static List<NamedCsvRecord> annotations() throws IOException {
        try (InputStream in = ExtractBench.class.getResourceAsStream("/extract/annotations.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                     .ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            return csv.stream().toList();
        }
    }

    private static JsonNode runPeer(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "bench/peer/recognize.js", file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("peer failed on " + file + " with exit code " + p.exitValue());
        }
        return new ObjectMapper().readTree(out);
    }

    private static String nodeVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "--version").start();
        String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return v;
    }
}
