package org.claimstat.extract;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.Value;

/**
 * Scores extractions against a hand-made annotation (a CSV of doc, span, value, lower, upper, hedge, unit,
 * boilerplate): a hit needs an overlapping mention with value (or bounds), hedge and unit all right.
 */
final class AnnotationScore {
    record Expected(String doc, String span, String value, String lower, String upper, String hedge, String unit,
                    boolean boilerplate) {
    }

    /** The figures of one scoring, with what was missed and what was extracted but not annotated. */
    record Result(int annotated, int extracted, int hits, int boilerplateAgree, List<String> misses,
                  List<Mention> unannotated) {
        double precision() {
            return (double) hits / extracted;
        }

        double recall() {
            return (double) hits / annotated;
        }

        /** Prints the figures, each miss and each mention that was not annotated. */
        void print(String label) {
            System.out.printf("%s: %d annotated, %d extracted, %d hits; precision %.3f, recall %.3f; "
                    + "boilerplate flag right on %d of %d hits%n", label, annotated, extracted, hits, precision(),
                    recall(), boilerplateAgree, hits);
            misses.forEach(m -> System.out.println("  missed: " + m));
            unannotated.forEach(m -> System.out.println("  not annotated: " + m));
        }
    }

    private AnnotationScore() {
    }

    static List<Expected> annotations(String resource) throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = AnnotationScore.class.getResourceAsStream(resource);
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

    static Result score(Map<String, Extraction> byDoc, List<Expected> expected) {
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
        int extracted = byDoc.values().stream().mapToInt(x -> x.mentions().size()).sum();
        List<Mention> unannotated = byDoc.values().stream().flatMap(x -> x.mentions().stream())
                .filter(m -> !matched.contains(m)).toList();
        return new Result(expected.size(), extracted, hits, boilerplateAgree, misses, unannotated);
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
