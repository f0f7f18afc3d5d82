package org.claimstat.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.claimstat.check.CheckReport;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.DatasetInfo;

/**
 * Times all checks over generated claims: 10k, 100k and 1M claims spread over many indicators
 * (about 200 claims per indicator, 5 entities, years and months, hedges, wire copies, three
 * currencies, relations), then 1M claims of a single indicator and entity (one huge group).
 * Prints wall-clock and process CPU seconds of {@code Checks.defaults().run(dataset)} per size,
 * best of the runs given as the first argument (default 2), after warming up on 100k claims (CPU
 * time shows the work where other processes share the machine). {@code per-check N} times each
 * check alone at N claims; {@code all N [runs] [one-indicator]} times all checks at N claims (to profile one size).
 *
 * <p>Run: {@code bench/run CheckBench [runs]}.
 */
public final class CheckBench {
    private static final String[] ENTITIES = {"RU", "UA", "KZ", "AM", "GE"};
    private static final Hedge[] HEDGES = {Hedge.APPROXIMATELY, Hedge.APPROXIMATELY, Hedge.APPROXIMATELY,
            Hedge.APPROXIMATELY, Hedge.ESTIMATE, Hedge.ESTIMATE, Hedge.EXACT, Hedge.EXACT, Hedge.MORE_THAN, Hedge.UP_TO,
            Hedge.NEARLY, Hedge.AT_LEAST};

    private CheckBench() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) {
        if (args.length > 1 && args[0].equals("all")) {
            int n = Integer.parseInt(args[1]);
            ClaimDataset ds = generate(n, args.length > 3 && args[3].equals("one-indicator") ? n : 200);
            time(ds, 1, "warm-up, all checks");
            time(ds, args.length > 2 ? Integer.parseInt(args[2]) : 1, String.format("%,d claims", ds.claims().size()));
            return;
        }
        if (args.length > 1 && args[0].equals("per-check")) {
            perCheck(generate(Integer.parseInt(args[1]), 200));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        System.out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        time(generate(100_000, 200), 3, "warm-up 100k (best of 3)");
        for (int n : new int[] {10_000, 100_000, 1_000_000}) {
            time(generate(n, 200), runs, String.format("%,d claims, %,d indicators", n, Math.max(1, n / 200)));
        }
        time(generate(1_000_000, 1_000_000), runs, "1,000,000 claims, 1 indicator (one group per entity)");
    }

    private static void perCheck(ClaimDataset ds) {
        time(ds, 1, "warm-up, all checks");
        for (String id : Checks.ids()) {
            time(ds, 1, id);
        }
    }

    private static void time(ClaimDataset ds, int runs, String label) {
        double best = Double.MAX_VALUE;
        double cpu = 0;
        CheckReport report = null;
        for (int r = 0; r < runs; r++) {
            long cpuStart = processCpu();
            long start = System.nanoTime();
            report = label.startsWith("warm") || label.contains("claims") ? Checks.defaults().run(ds)
                    : Checks.defaults().only(List.of(label)).run(ds);
            double wall = (System.nanoTime() - start) / 1e9;
            if (wall < best) {
                best = wall;
                cpu = (processCpu() - cpuStart) / 1e9;
            }
        }
        long examined = report.checks().stream().mapToLong(CheckRun::examined).sum();
        System.out.printf("%-55s %7.2f s wall %7.2f s cpu  (%d findings, %d examined, %d checks ran)%n", label, best,
                cpu, report.findings().size(), examined, report.checks().size());
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Generates {@code n} claims with about {@code perIndicator} claims per indicator. */
    static ClaimDataset generate(int n, int perIndicator) {
        SplittableRandom random = new SplittableRandom(42);
        int indicatorCount = Math.max(1, n / perIndicator);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < indicatorCount; i++) {
            Unit unit = i % 10 == 9 ? Unit.parse("USD") : Unit.PERSON;
            indicators.add(Indicator.of("ind" + i, "indicator " + i, unit, i % 2 == 0 ? Aggregation.FLOW
                    : Aggregation.STOCK, ""));
        }
        int sourceCount = Math.max(10, n / 10);
        List<Source> sources = new ArrayList<>();
        for (int s = 0; s < sourceCount; s++) {
            Source src = Source.of("s" + s, "Outlet " + (s % 500), "Story " + s,
                    PartialDate.of(LocalDate.of(2018, 1, 1).plusDays(s % 2500)));
            sources.add(s % 7 == 0 ? src.withDerivedFrom("wire" + (s % 50)) : src);
        }
        List<Claim> claims = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            claims.add(claim(k, indicators.get(k % indicatorCount), sourceCount, random));
        }
        List<Rate> rates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2018, 1, 1); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusDays(3)) {
            rates.add(Rate.of(d, "USD", "RUB", BigDecimal.valueOf(60 + random.nextInt(40)), "cbr"));
            rates.add(Rate.of(d, "EUR", "USD", new BigDecimal("1.1"), "ecb"));
        }
        List<Relation> relations = new ArrayList<>();
        for (int r = 0; r + 2 < Math.min(indicatorCount, 60); r += 3) {
            relations.add(Relation.of("rel" + r, "ind" + r + " + ind" + (r + 2) + " <= ind" + (r + 1) + " * 3", ""));
        }
        return ClaimDataset.of(new DatasetInfo("bench", "bench", "", List.of()), sources, indicators, claims, rates,
                relations);
    }

    private static Claim claim(int k, Indicator indicator, int sourceCount, SplittableRandom random) {
        int year = 2015 + random.nextInt(10);
        PartialDate date = random.nextInt(4) == 0 ? PartialDate.ofMonth(year, 1 + random.nextInt(12))
                : PartialDate.ofYear(year);
        Unit unit = indicator.unit();
        long base = 100_000L + 10_000L * (indicator.id().hashCode() & 7);
        long magnitude = Math.round(base * (1 + (random.nextDouble() - 0.5) * 0.1) / 10_000) * 10_000;
        if (random.nextInt(500) == 0) {
            magnitude *= 20;
        }
        if (unit.kind() == Unit.Kind.CURRENCY && random.nextInt(5) == 0) {
            unit = Unit.parse("RUB");
            magnitude *= 90;
        }
        Hedge hedge = HEDGES[random.nextInt(HEDGES.length)];
        Quantity q = new Quantity(Optional.of(Value.of(BigDecimal.valueOf(magnitude))), hedge,
                Optional.empty(), Optional.empty(), unit);
        String entity = ENTITIES[random.nextInt(ENTITIES.length)];
        return new Claim("c" + k, indicator.id(), entity, Period.of(date), q, ClaimKind.STATEMENT,
                "Claimant " + random.nextInt(300) + (random.nextInt(3) == 0 ? " spokesperson" : ""),
                "s" + random.nextInt(sourceCount), "quote " + random.nextInt(1000), Map.of());
    }
}
