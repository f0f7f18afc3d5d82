package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.claimstat.Value;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the five seed articles and scores it against the hand-made annotation in
 * {@code extract/annotations.csv}: a hit needs value (or bounds), hedge and unit all right.
 */
class SeedPrecisionRecallTest {

    record Expected(String doc, String span, String value, String lower, String upper, String hedge, String unit,
                    boolean boilerplate) {
    }

    static Path seeds() {
        return Path.of(System.getProperty("claimstat.shared", "../shared"), "seeds");
    }

    static List<Expected> annotations() throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = SeedPrecisionRecallTest.class.getResourceAsStream("/extract/annotations.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                     .ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                rows.add(new Expected(r.getField("doc"), r.getField("span"), r.getField("value"), r.getField("lower"),
                        r.getField("upper"), r.getField("hedge"), r.getField("unit"),
                        Boolean.parseBoolean(r.getField("boilerplate"))));
            }
        }
        return rows;
    }

    @Test
    void seeds_reachPrecisionAndRecallOf95Percent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(seeds()),
                "seed articles not found at " + seeds().toAbsolutePath() + "; precision/recall not measured");
        Map<String, Extraction> byDoc = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds())) {
            for (Path f : files.sorted().toList()) {
                String doc = f.getFileName().toString().substring(0, 3);
                byDoc.put(doc, ClaimExtractor.standard().extract(doc, Files.readString(f)));
            }
        }
        List<Expected> expected = annotations();
        Set<Mention> matched = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        int hits = 0;
        int boilerplateAgree = 0;
        List<String> misses = new ArrayList<>();
        for (Expected e : expected) {
            Extraction x = byDoc.get(e.doc());
            int nth = seen.merge(e.doc() + "|" + e.span(), 1, Integer::sum);
            int at = nthIndex(x.reading(), e.span(), nth);
            Mention found = at < 0 ? null : x.mentions().stream()
                    .filter(m -> !matched.contains(m) && m.start() < at + e.span().length() && m.end() > at)
                    .findFirst().orElse(null);
            if (found != null && agrees(found, e)) {
                matched.add(found);
                hits++;
                boilerplateAgree += found.boilerplate() == e.boilerplate() ? 1 : 0;
            } else {
                misses.add(e + " -> " + found);
            }
        }
        int predicted = byDoc.values().stream().mapToInt(x -> x.mentions().size()).sum();
        double precision = (double) hits / predicted;
        double recall = (double) hits / expected.size();
        System.out.printf("seed extraction: %d annotated, %d extracted, %d hits; precision %.3f, recall %.3f; "
                + "boilerplate flag right on %d of %d hits%n", expected.size(), predicted, hits, precision, recall,
                boilerplateAgree, hits);
        misses.forEach(m -> System.out.println("  missed: " + m));
        byDoc.values().stream().flatMap(x -> x.mentions().stream()).filter(m -> !matched.contains(m))
                .forEach(m -> System.out.println("  not annotated: " + m));
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    private static boolean agrees(Mention m, Expected e) {
        return m.valueText().orElse("").equals(e.value())
                && m.lower().map(Value::toString).orElse("").equals(e.lower())
                && m.upper().map(Value::toString).orElse("").equals(e.upper())
                && m.hedge().code().equals(e.hedge()) && m.unit().symbol().equals(e.unit());
    }

    private static int nthIndex(String text, String span, int nth) {
        int at = -1;
        for (int k = 0; k < nth; k++) {
            at = text.indexOf(span, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
