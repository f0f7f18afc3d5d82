package org.claimstat.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimstat.Claim;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;

/**
 * Scores the drafter on the evaluation corpus ({@code src/test/resources/draft/<set>/}, format in the corpus
 * README): drafts each set's articles with its {@code sources.csv}, matches drafted claims to gold claims by
 * document and overlap with the gold {@code number_text} occurrence (one to one, largest overlap first), and
 * reports per set and split recall, precision and, among matched claims, how often hedge, unit, entity, period
 * (start and end within 3 days), claimant (one name however spelled: {@link ClaimantMatch}), kind and quote (the
 * drafted quote equals the gold sentence after whitespace normalisation, or contains it) are right, and the pair F1
 * of indicator grouping.
 *
 * <p>Run: {@code bench/run DraftCorpus} or {@code DraftCorpusTest}.
 */
public final class DraftScore {
    /** Where the sets are, from the project root. */
    public static final Path CORPUS = Path.of("src/test/resources/draft");
    static final List<String> FIELDS = List.of("value", "hedge", "unit", "entity", "period", "claimant", "kind", "quote");

    private DraftScore() {
    }

    /** A gold claim and the drafted claim matched to it, if any. */
    record Pair(String split, Claim gold, Optional<Claim> drafted) {
    }

    /** The figures of one set and split. */
    public record Score(String set, String split, int gold, int drafted, int matched, Map<String, Double> fields,
                        double groupingF1) {
        /** Returns the share of gold claims matched. */
        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        /** Returns the share of drafted claims matched. */
        public double precision() {
            return drafted == 0 ? 0 : (double) matched / drafted;
        }
    }

    /** The pairs of one set, and the drafted claims no gold claim matched, by split. */
    record SetRun(String set, List<Pair> pairs, Map<String, Integer> draftedBySplit) {
    }

    /** Returns the sets of the corpus, by folder name. */
    public static List<Path> sets() {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("split.csv"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drafts and scores one set; returns its scores for dev and holdout. */
    public static List<Score> score(Path set) {
        SetRun run = run(set);
        List<Score> out = new ArrayList<>();
        for (String split : List.of("dev", "holdout")) {
            out.add(score(run.set(), split, run.pairs().stream().filter(p -> p.split().equals(split)).toList(),
                    run.draftedBySplit().getOrDefault(split, 0)));
        }
        return out;
    }

    /** Returns the scores of several sets' runs taken together, for one split. */
    public static Score total(List<Path> sets, String split) {
        List<Pair> pairs = new ArrayList<>();
        long[] grouping = new long[3];
        int drafted = 0;
        for (Path set : sets) {
            SetRun run = run(set);
            List<Pair> ofSet = run.pairs().stream().filter(p -> p.split().equals(split)).toList();
            pairs.addAll(ofSet);
            long[] counts = groupingCounts(ofSet.stream().filter(p -> p.drafted().isPresent()).toList());
            for (int k = 0; k < 3; k++) {
                grouping[k] += counts[k];
            }
            drafted += run.draftedBySplit().getOrDefault(split, 0);
        }
        Score pooled = score("all", split, pairs, drafted);
        // pairs of claims are counted within each set: two sets' claims are never one indicator, however named
        return new Score(pooled.set(), split, pooled.gold(), pooled.drafted(), pooled.matched(), pooled.fields(),
                f1(grouping));
    }

    /** Each set's draft, made once per run of the JVM: the drafter does not change while it runs. */
    private static final Map<Path, SetRun> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    static SetRun run(Path set) {
        return RUNS.computeIfAbsent(set.toAbsolutePath().normalize(), DraftScore::draftOnce);
    }

    private static SetRun draftOnce(Path set) {
        try {
            Map<String, String> splits = new HashMap<>();
            for (String line : Files.readAllLines(set.resolve("split.csv")).subList(1, Files.readAllLines(
                    set.resolve("split.csv")).size())) {
                String[] parts = line.split(",");
                if (parts.length == 2) {
                    splits.put(parts[0].strip(), parts[1].strip());
                }
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(set.resolve("articles"))) {
                files = s.sorted().toList();
            }
            DraftResult draft = Drafter.builder().sources(set.resolve("sources.csv")).build().draft(files);
            ClaimDataset gold = ClaimDatasets.read(set.resolve("gold"));
            return new SetRun(set.getFileName().toString(), GoldMatch.pairs(set, gold, draft, splits),
                    GoldMatch.draftedBySplit(draft, splits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Score score(String set, String split, List<Pair> pairs, int drafted) {
        List<Pair> matched = pairs.stream().filter(p -> p.drafted().isPresent()).toList();
        Map<String, Double> fields = new java.util.LinkedHashMap<>();
        for (String field : FIELDS) {
            long right = matched.stream().filter(p -> right(field, p.gold(), p.drafted().get())).count();
            fields.put(field, matched.isEmpty() ? 0 : (double) right / matched.size());
        }
        return new Score(set, split, pairs.size(), drafted, matched.size(), fields, groupingF1(matched));
    }

    static boolean right(String field, Claim gold, Claim drafted) {
        return switch (field) {
            case "value" -> same(gold.quantity().value(), drafted.quantity().value())
                    && same(gold.quantity().lower(), drafted.quantity().lower())
                    && same(gold.quantity().upper(), drafted.quantity().upper());
            case "hedge" -> gold.quantity().hedge() == drafted.quantity().hedge();
            case "unit" -> gold.unit().toString().equals(drafted.unit().toString());
            case "entity" -> gold.entity().strip().equalsIgnoreCase(drafted.entity().strip());
            case "period" -> near(gold.period().start(), drafted.period().start(), true)
                    && near(gold.period().end(), drafted.period().end(), false);
            case "claimant" -> ClaimantMatch.same(gold.claimant(), drafted.claimant());
            case "kind" -> gold.kind() == drafted.kind();
            case "quote" -> norm(drafted.quote()).contains(norm(gold.quote()));
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    /** True where both are absent, or both are the same number or date however written ("2.50" and "2.5"). */
    private static boolean same(Optional<org.claimstat.Value> gold, Optional<org.claimstat.Value> drafted) {
        if (gold.isEmpty() || drafted.isEmpty()) {
            return gold.isEmpty() && drafted.isEmpty();
        }
        if (gold.get() instanceof org.claimstat.Value.Decimal g && drafted.get() instanceof org.claimstat.Value.Decimal d) {
            return g.number().compareTo(d.number()) == 0;
        }
        return gold.get().low() == drafted.get().low() && gold.get().high() == drafted.get().high();
    }

    private static boolean near(Optional<PartialDate> gold, Optional<PartialDate> drafted, boolean start) {
        if (gold.isEmpty() || drafted.isEmpty()) {
            return gold.isEmpty() && drafted.isEmpty();
        }
        return Math.abs(ChronoUnit.DAYS.between(start ? gold.get().firstDay() : gold.get().lastDay(),
                start ? drafted.get().firstDay() : drafted.get().lastDay())) <= 3;
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Returns the F1 of the pairs of matched claims put under one indicator, drafted against gold. */
    static double groupingF1(List<Pair> matched) {
        return f1(groupingCounts(matched));
    }

    /** Counts, over pairs of matched claims, those in one indicator in both, in gold, and in the draft. */
    private static long[] groupingCounts(List<Pair> matched) {
        long both = 0;
        long goldPairs = 0;
        long draftedPairs = 0;
        for (int i = 0; i < matched.size(); i++) {
            for (int j = i + 1; j < matched.size(); j++) {
                boolean g = matched.get(i).gold().indicator().equals(matched.get(j).gold().indicator());
                boolean d = matched.get(i).drafted().get().indicator().equals(matched.get(j).drafted().get()
                        .indicator());
                goldPairs += g ? 1 : 0;
                draftedPairs += d ? 1 : 0;
                both += g && d ? 1 : 0;
            }
        }
        return new long[] {both, goldPairs, draftedPairs};
    }

    private static double f1(long[] counts) {
        if (counts[0] == 0) {
            return 0;
        }
        double p = (double) counts[0] / counts[2];
        double r = (double) counts[0] / counts[1];
        return 2 * p * r / (p + r);
    }

    /** Returns the table of scores, one row per set and split, then the totals per split. */
    public static String table() {
        List<Path> sets = sets();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%-18s %-7s %5s %5s %5s %6s %6s", "set", "split", "gold", "draft", "match", "recall", "prec"));
        FIELDS.forEach(f -> s.append(String.format(Locale.ROOT, " %8s", f)));
        s.append(String.format(Locale.ROOT, " %8s%n", "groupF1"));
        List<Score> rows = new ArrayList<>();
        sets.forEach(set -> rows.addAll(score(set)));
        rows.add(total(sets, "dev"));
        rows.add(total(sets, "holdout"));
        for (Score r : rows) {
            s.append(String.format(Locale.ROOT, "%-18s %-7s %5d %5d %5d %6.3f %6.3f", r.set(), r.split(), r.gold(),
                    r.drafted(), r.matched(), r.recall(), r.precision()));
            FIELDS.forEach(f -> s.append(String.format(Locale.ROOT, " %8.3f", r.fields().get(f))));
            s.append(String.format(Locale.ROOT, " %8.3f%n", r.groupingF1()));
        }
        return s.toString();
    }

    /**
     * Returns, for one set and split, every gold claim the drafter missed and every field it got wrong on a matched
     * claim (gold value, then drafted value), one line each: the list a person reads to see what to mend.
     */
    public static String errors(Path set, String split) {
        StringBuilder s = new StringBuilder();
        for (Pair p : run(set).pairs()) {
            if (!p.split().equals(split) && !split.equals("all")) {
                continue;
            }
            String at = p.gold().id() + " '" + p.gold().extra().get("number_text") + "'";
            if (p.drafted().isEmpty()) {
                s.append(at).append(": missed\n");
                continue;
            }
            Claim d = p.drafted().get();
            for (String field : FIELDS) {
                if (!field.equals("quote") && !right(field, p.gold(), d)) {
                    s.append(at).append(": ").append(field).append(" gold=").append(show(field, p.gold()))
                            .append(" drafted=").append(show(field, d)).append('\n');
                }
            }
        }
        return s.toString();
    }

    private static String show(String field, Claim c) {
        return switch (field) {
            case "value" -> c.quantity().value().map(Object::toString).orElse("") + " [" + c.quantity().lower()
                    .map(Object::toString).orElse("") + ", " + c.quantity().upper().map(Object::toString).orElse("")
                    + "]";
            case "hedge" -> c.quantity().hedge().toString();
            case "unit" -> c.unit().toString();
            case "entity" -> "'" + c.entity() + "'";
            case "period" -> c.period().toString();
            case "claimant" -> "'" + c.claimant() + "'";
            case "kind" -> String.valueOf(c.kind());
            default -> c.quote();
        };
    }

    /**
     * Returns, for one set and split, the grouping confusion of the matched claims: each gold indicator with the
     * drafted indicators its claims got (a gold indicator split over several drafted ones), then each drafted
     * indicator that holds claims of several gold ones (a merge), each claim with its number and unit.
     */
    public static String groups(Path set, String split) {
        List<Pair> matched = run(set).pairs().stream().filter(p -> p.drafted().isPresent()
                && (p.split().equals(split) || split.equals("all"))).toList();
        StringBuilder s = new StringBuilder();
        confusion(s, "gold", matched, p -> p.gold().indicator(), p -> p.drafted().get().indicator());
        confusion(s, "drafted", matched, p -> p.drafted().get().indicator(), p -> p.gold().indicator());
        return s.toString();
    }

    private static void confusion(StringBuilder s, String side, List<Pair> matched,
                                  java.util.function.Function<Pair, String> by,
                                  java.util.function.Function<Pair, String> other) {
        Map<String, List<Pair>> groups = new java.util.TreeMap<>();
        matched.forEach(p -> groups.computeIfAbsent(by.apply(p), k -> new ArrayList<>()).add(p));
        groups.forEach((id, ps) -> {
            if (ps.stream().map(other).distinct().count() > 1) {
                s.append(side).append(' ').append(id).append(":\n");
                ps.stream().sorted(java.util.Comparator.comparing(other)).forEach(p -> s.append("    ")
                        .append(other.apply(p)).append("  ").append(p.gold().id()).append(" '")
                        .append(p.gold().extra().get("number_text")).append("' ")
                        .append(p.drafted().get().unit()).append("  ").append(norm(p.gold().quote())).append('\n'));
            }
        });
    }

    /**
     * Prints the table, or with {@code --errors SET [dev|holdout|all]} the errors of one set, or with
     * {@code --groups SET [dev|holdout|all]} its grouping confusion.
     */
    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("--errors")) {
            System.out.print(errors(CORPUS.resolve(args[1]), args.length > 2 ? args[2] : "all"));
        } else if (args.length >= 2 && args[0].equals("--groups")) {
            System.out.print(groups(CORPUS.resolve(args[1]), args.length > 2 ? args[2] : "all"));
        } else {
            System.out.print(table());
        }
    }
}
