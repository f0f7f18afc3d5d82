package org.claimstat.check;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimstat.dataset.ClaimDatasets;

/**
 * Scores {@code claimstat check} against what annotators expect of a gold dataset, read from
 * {@code gold/expected-findings.csv} beside the prose {@code expected-findings.md} it encodes. Each row is
 * {@code item, expect, checks, claims, against, note}:
 * <ul>
 *   <li>{@code find}: some finding of one of {@code checks} ({@code |}-separated, {@code relations} standing for
 *       every {@code relations:ID}, {@code *} for any) names a claim of {@code claims} and, where {@code against}
 *       is given, a claim of {@code against}: an expected finding;</li>
 *   <li>{@code allow}: such a finding is right but not required (another face of an expected finding);</li>
 *   <li>{@code no_conflict}: no finding of severity {@code conflict} of those checks names a claim of
 *       {@code claims} and one of {@code against} (without {@code against}, two or more claims and only claims of
 *       {@code claims}; a finding of more than two claims, such as one figure against several totals, only where
 *       it names no other claim, since it does not compare each pair of the claims it names):
 *       copies, roundings and agreeing hedges the annotators say are not conflicts.</li>
 * </ul>
 * A reported conflict (every check's findings of severity {@code conflict}) is <b>real</b> where it matches a
 * {@code find} or {@code allow} row of its check and no {@code no_conflict} row, <b>false</b> where it matches a
 * {@code no_conflict} row, else <b>unjudged</b> (listed, for a person to judge).
 *
 * <p>Run: {@code bench/run FindingsGold} or {@code FindingsGoldTest}.
 */
public final class FindingsScore {
    /** Where the gold sets are, from the project root. */
    public static final Path CORPUS = Path.of("src/test/resources/draft");
    static final String FIXTURE = "expected-findings.csv";

    private FindingsScore() {
    }

    enum Expect { FIND, ALLOW, NO_CONFLICT }

    /** One row of a fixture. */
    record Row(int line, String item, Expect expect, Set<String> checks, Set<String> claims, Set<String> against,
               String note) {
        boolean ofCheck(String check) {
            return checks.contains("*") || checks.contains(check)
                    || check.startsWith(RelationCheck.PREFIX + ":") && checks.contains(RelationCheck.PREFIX);
        }

        boolean matches(Finding f) {
            if (!ofCheck(f.check())) {
                return false;
            }
            long inClaims = f.claims().stream().filter(claims::contains).count();
            if (against.isEmpty()) {
                return expect == Expect.NO_CONFLICT ? inClaims >= 2 && inClaims == f.claims().size() : inClaims >= 1;
            }
            boolean named = inClaims >= 1 && f.claims().stream().anyMatch(against::contains);
            return expect == Expect.NO_CONFLICT && f.claims().size() > 2
                    ? named && f.claims().stream().allMatch(c -> claims.contains(c) || against.contains(c)) : named;
        }
    }

    /**
     * The score of one set.
     *
     * @param set the set's name
     * @param expected the {@code find} rows
     * @param found the {@code find} rows some finding matches
     * @param conflicts the findings of severity conflict
     * @param real the conflicts that match an expected finding
     * @param checkConflicts the findings of the {@code conflict} check
     * @param checkReal those of them that are real
     * @param falseConflicts the conflicts the annotators say are not conflicts
     * @param notConflicts the {@code no_conflict} rows
     * @param broken the {@code no_conflict} rows some conflict breaks
     * @param findings all findings, by check
     * @param missed the expected findings no finding matched, as {@code item: note}
     * @param unjudged the conflicts neither expected nor ruled out, as {@code check: claims}
     * @param wrong the false conflicts, as {@code check: claims (item)}
     */
    public record Score(String set, int expected, int found, int conflicts, int real, int checkConflicts,
                        int checkReal, int falseConflicts,
                        int notConflicts, int broken, TreeMap<String, Integer> findings, List<String> missed,
                        List<String> unjudged, List<String> wrong) {
        /** Returns one line of figures. */
        public String line() {
            return String.format(Locale.ROOT, "%-20s expected %2d/%-2d  conflicts real %2d/%-2d (false %d, unjudged %d; check conflict %d/%d)"
                    + "  not-conflict rows broken %d/%d  non-info findings %d %s", set, found, expected, real,
                    conflicts, falseConflicts, unjudged.size(), checkReal, checkConflicts, broken, notConflicts,
                    findings.values().stream().mapToInt(Integer::intValue).sum(), findings);
        }
    }

    /** Returns the gold sets that have a fixture, by folder name. */
    public static List<Path> sets() {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("gold").resolve(FIXTURE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fixture; a bad row throws naming its line. */
    static List<Row> rows(Path csv) {
        List<Row> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord r : reader) {
                int line = (int) r.getStartingLineNumber();
                Expect expect;
                try {
                    expect = Expect.valueOf(r.getField("expect").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(csv + " line " + line + ": expect must be find, allow or"
                            + " no_conflict, was '" + r.getField("expect") + "'", e);
                }
                Row row = new Row(line, r.getField("item"), expect, words(r.getField("checks"), "\\|"),
                        words(r.getField("claims"), " "), words(r.getField("against"), " "), r.getField("note"));
                if (row.claims().isEmpty() || row.checks().isEmpty()) {
                    throw new IllegalArgumentException(csv + " line " + line + ": claims and checks are required");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Set<String> words(String field, String separator) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(field.strip().split(separator)).map(String::strip).filter(w -> !w.isEmpty()).forEach(out::add);
        return out;
    }

    /** Runs the default checks on a set's gold data and scores them against its fixture. */
    public static Score score(Path set) {
        Path gold = set.resolve("gold");
        CheckReport report = Checks.defaults().run(ClaimDatasets.read(gold));
        return score(set.getFileName().toString(), rows(gold.resolve(FIXTURE)), report.findings());
    }

    static Score score(String name, List<Row> rows, List<Finding> findings) {
        List<Row> finds = rows.stream().filter(r -> r.expect() == Expect.FIND).toList();
        List<Row> not = rows.stream().filter(r -> r.expect() == Expect.NO_CONFLICT).toList();
        List<String> missed = new ArrayList<>();
        for (Row r : finds) {
            if (findings.stream().noneMatch(r::matches)) {
                missed.add(r.item() + ": " + r.note());
            }
        }
        List<Finding> conflicts = findings.stream().filter(f -> f.severity() == Severity.CONFLICT).toList();
        int real = 0;
        int checkReal = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (Finding f : conflicts) {
            List<Row> against = not.stream().filter(r -> r.matches(f)).toList();
            if (!against.isEmpty()) {
                wrong.add(f.check() + ": " + String.join(" ", f.claims()) + " (" + against.get(0).item() + ": "
                        + against.get(0).note() + ")");
            } else if (rows.stream().anyMatch(r -> r.expect() != Expect.NO_CONFLICT && r.matches(f))) {
                real++;
                checkReal += f.check().equals(ConflictCheck.ID) ? 1 : 0;
            } else {
                unjudged.add(f.check() + ": " + String.join(" ", f.claims()));
            }
        }
        int broken = (int) not.stream().filter(r -> conflicts.stream().anyMatch(r::matches)).count();
        TreeMap<String, Integer> byCheck = new TreeMap<>();
        findings.stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> byCheck.merge(f.check().startsWith(RelationCheck.PREFIX + ":") ? RelationCheck.PREFIX
                        : f.check(), 1, Integer::sum));
        int checkConflicts = (int) conflicts.stream().filter(f -> f.check().equals(ConflictCheck.ID)).count();
        return new Score(name, finds.size(), finds.size() - missed.size(), conflicts.size(), real, checkConflicts,
                checkReal, wrong.size(),
                not.size(), broken, byCheck, missed, unjudged, wrong);
    }

    /** Prints each set's figures; {@code --details} adds the missed findings and the false and unjudged conflicts. */
    public static void main(String[] args) {
        boolean details = Arrays.asList(args).contains("--details");
        for (Path set : sets()) {
            Score s = score(set);
            System.out.println(s.line());
            if (details) {
                s.missed().forEach(m -> System.out.println("    missed   " + m));
                s.wrong().forEach(m -> System.out.println("    false    " + m));
                s.unjudged().forEach(m -> System.out.println("    unjudged " + m));
            }
        }
    }
}
