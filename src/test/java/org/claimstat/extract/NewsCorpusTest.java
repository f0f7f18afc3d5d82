package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Value;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on {@code extract/news300}: real news sentences of many topics and outlets (URLs in its
 * {@code SOURCES.md}), every quantity annotated by a helper who neither read nor ran the extractor, the way the
 * independent news benchmark scores it: a mention matches an annotation when its span overlaps the annotated span and
 * its value (or both bounds) is the same number; <b>value F1</b> counts such matches against every mention and every
 * annotation, <b>value+unit F1</b> also needs the unit, and the hedge is scored among value matches.
 *
 * <p>The pages are split once, by page, into a dev part (rules may be studied on it; its errors are printed with
 * {@code -Dnews300.errors=true}) and a holdout part (only its figures are ever printed), as
 * {@code news300-split.csv} and {@code news300-notes.md} say. Floors hold on dev only. Skipped, saying so, where the
 * corpus is absent.
 */
class NewsCorpusTest {

    /** The figures of one scoring. */
    record Figures(int annotated, int extracted, int valueHits, int unitHits, int hedgeRight) {
        double valueF1() {
            return f1(valueHits);
        }

        double valueUnitF1() {
            return f1(unitHits);
        }

        double hedgeAccuracy() {
            return valueHits == 0 ? 0 : (double) hedgeRight / valueHits;
        }

        private double f1(int hits) {
            double p = (double) hits / extracted;
            double r = (double) hits / annotated;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String label) {
            return String.format("%s: %d annotated, %d extracted; value F1 %.1f, value+unit F1 %.1f, hedge right"
                    + " on %.1f%% of value matches", label, annotated, extracted, 100 * valueF1(), 100 * valueUnitF1(),
                    100 * hedgeAccuracy());
        }
    }

    /** One scoring with its errors: annotations missed, value matches with another unit, mentions not annotated. */
    record Scored(Figures figures, List<String> missed, List<String> wrongUnit, List<String> wrongHedge,
                  List<Mention> unannotated) {
    }

    /** Scores the news300 pages of {@code split} ("dev", "holdout" or "all"); empty where the corpus is absent. */
    static Optional<Scored> score(String split) throws IOException {
        return score("news300", split);
    }

    /**
     * Scores the pages of {@code split} ("dev", "holdout" or "all") of {@code corpus}: annotations in
     * {@code extract/<corpus>.csv}, pages in {@code extract/<corpus>/}. A corpus without a split file
     * ({@code extract/<corpus>-split.csv}) is dev whole, as news-dev2 is. Empty where the corpus is absent.
     */
    static Optional<Scored> score(String corpus, String split) throws IOException {
        if (NewsCorpusTest.class.getResource("/extract/" + corpus + ".csv") == null) {
            return Optional.empty();
        }
        Map<String, String> splitOf = splitOfPages(corpus);
        List<AnnotationScore.Expected> expected = AnnotationScore.annotations("/extract/" + corpus + ".csv").stream()
                .filter(e -> split.equals("all") || split.equals(splitOf.getOrDefault(e.doc(), "dev"))).toList();
        Map<String, Extraction> byDoc = new LinkedHashMap<>();
        for (AnnotationScore.Expected e : expected) {
            if (!byDoc.containsKey(e.doc())) {
                try (InputStream in = NewsCorpusTest.class.getResourceAsStream("/extract/" + corpus + "/" + e.doc()
                        + ".txt")) {
                    byDoc.put(e.doc(), ClaimExtractor.standard().extract(e.doc(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        Set<Mention> matched = new HashSet<>();
        Map<String, List<int[]>> located = new HashMap<>();
        List<String> missed = new ArrayList<>();
        List<String> wrongUnit = new ArrayList<>();
        List<String> wrongHedge = new ArrayList<>();
        int valueHits = 0;
        int unitHits = 0;
        int hedgeRight = 0;
        for (AnnotationScore.Expected e : expected) {
            Extraction x = byDoc.get(e.doc());
            List<int[]> taken = located.computeIfAbsent(e.doc(), doc -> new ArrayList<>());
            int at = locate(x.text(), e.span(), taken);
            if (at >= 0) {
                taken.add(new int[] {at, at + e.span().length()});
            }
            List<Mention> overlapping = at < 0 ? List.of() : withSecondaries(x).stream()
                    .filter(m -> !matched.contains(m) && m.start() < at + e.span().length() && m.end() > at).toList();
            Optional<Mention> found = overlapping.stream().filter(m -> sameValue(m, e)).findFirst();
            if (found.isPresent()) {
                Mention m = found.get();
                matched.add(m);
                valueHits++;
                boolean unit = unitOf(m).equals(e.unit());
                unitHits += unit ? 1 : 0;
                boolean hedge = m.hedge().code().equals(e.hedge());
                hedgeRight += hedge ? 1 : 0;
                if (!hedge) {
                    wrongHedge.add(e.hedge() + " <- " + m.hedge().code() + "  " + e.doc() + " '" + e.span() + "' -> '"
                            + m.text() + "'");
                }
                if (!unit) {
                    wrongUnit.add(e.unit() + " <- " + unitOf(m) + "  " + e.doc() + " '" + e.span() + "' -> '" + m.text()
                            + "'");
                }
            } else {
                missed.add(e.doc() + " '" + e.span() + "' " + e.value() + e.lower() + ".." + e.upper() + " " + e.unit()
                        + " -> " + overlapping.stream().map(NewsCorpusTest::brief).toList());
            }
        }
        int extracted = byDoc.values().stream().mapToInt(x -> withSecondaries(x).size()).sum();
        List<Mention> unannotated = byDoc.values().stream().flatMap(x -> withSecondaries(x).stream())
                .filter(m -> !matched.contains(m)).toList();
        return Optional.of(new Scored(new Figures(expected.size(), extracted, valueHits, unitHits, hedgeRight), missed,
                wrongUnit, wrongHedge, unannotated));
    }

    /**
     * The mentions of an extraction and, after each, the amount in a second currency that its JSON gives as
     * {@code secondary} ("$330 million (NZ$550 million)"), with its own span and value.
     */
    static List<Mention> withSecondaries(Extraction x) {
        List<Mention> all = new ArrayList<>();
        for (Mention m : x.mentions()) {
            all.add(m);
            m.secondary().ifPresent(all::add);
        }
        return all;
    }

    /** The split of each page, read from {@code <corpus>-split.csv}; empty where the corpus has none. */
    static Map<String, String> splitOfPages(String corpus) throws IOException {
        Map<String, String> splitOf = new HashMap<>();
        if (NewsCorpusTest.class.getResource("/extract/" + corpus + "-split.csv") == null) {
            return splitOf;
        }
        try (InputStream in = NewsCorpusTest.class.getResourceAsStream("/extract/" + corpus + "-split.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                     .ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                splitOf.put(r.getField("doc"), r.getField("split"));
            }
        }
        return splitOf;
    }

    /** The unit of a mention as its JSON gives it: {@code unit}, and for a rate {@code unit/per} ("USD/gal"). */
    static String unitOf(Mention m) {
        return m.unit().symbol() + m.per().map(p -> "/" + p).orElse("");
    }

    private static String brief(Mention m) {
        return "'" + m.text() + "' " + m.valueText().orElse(m.lower().map(Value::toString).orElse("") + ".."
                + m.upper().map(Value::toString).orElse("")) + " " + unitOf(m);
    }

    private static boolean sameValue(Mention m, AnnotationScore.Expected e) {
        return same(m.valueText(), e.value()) && same(m.lower().map(Value::toString), e.lower())
                && same(m.upper().map(Value::toString), e.upper());
    }

    private static boolean same(Optional<String> found, String expected) {
        String text = found.orElse("");
        if (text.equals(expected)) {
            return true;
        }
        try {
            return !text.isEmpty() && !expected.isEmpty() && new BigDecimal(text).compareTo(new BigDecimal(expected)) == 0;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }

    /**
     * Returns where an annotated span stands in the text: its first occurrence that overlaps no span located before in
     * the same page and, where one exists, that starts and ends at a word's edge. So "Rs 1 crore" after "over Rs 1
     * crore" is the second occurrence, "3 per cent" is not found inside "5.3 per cent", nor "76 Max planes" inside
     * "376 Max planes"; a span listed twice takes its two occurrences in turn. -1 where it is not in the text.
     */
    static int locate(String text, String span, List<int[]> taken) {
        int fallback = -1;
        for (int at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) {
            if (overlapsAny(taken, at, at + span.length())) {
                continue;
            }
            int end = at + span.length();
            if (!partOfWord(text, at, -1) && !partOfWord(text, end - 1, 1)) {
                return at;
            }
            fallback = fallback < 0 ? at : fallback;
        }
        return fallback;
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(t -> t[0] < end && t[1] > start);
    }

    /**
     * True where the char next to a span's {@code edge}, one step in {@code step} (-1 before, +1 after), continues the
     * word or number the edge belongs to: a letter or digit after a letter or digit, or the separator of "5.3".
     */
    private static boolean partOfWord(String text, int edge, int step) {
        int k = edge + step;
        if (k < 0 || k >= text.length()) {
            return false;
        }
        char in = text.charAt(edge);
        char out = text.charAt(k);
        int beyond = k + step;
        boolean separator = (out == '.' || out == ',') && Character.isDigit(in) && beyond >= 0
                && beyond < text.length() && Character.isDigit(text.charAt(beyond));
        return Character.isLetterOrDigit(in) && Character.isLetterOrDigit(out) || separator;
    }

    @Test
    void locate_skipsSpansLocatedBeforeAndPartsOfWords() {
        String text = "over Rs 1 crore and Rs 1 crore; 5.3 per cent and 3 per cent; 376 Max planes, 76 Max planes";
        List<int[]> taken = new ArrayList<>();
        taken.add(new int[] {0, 15});
        assertEquals(20, locate(text, "Rs 1 crore", taken));
        assertEquals(49, locate(text, "3 per cent", new ArrayList<>()));
        assertEquals(77, locate(text, "76 Max planes", new ArrayList<>()));
        assertEquals(-1, locate(text, "Rs 2 crore", new ArrayList<>()));
    }

    @Test
    void newsSentences_valueAndUnitF1_onDevWithHoldoutPrinted() throws IOException {
        Optional<Scored> dev = score("dev");
        assumeTrue(dev.isPresent(), "skipped: extract/news300.csv is not in the test resources");
        Figures f = dev.get().figures();
        System.out.println(f.line("news300 dev"));
        System.out.println(score("holdout").orElseThrow().figures().line("news300 holdout"));
        System.out.println(score("all").orElseThrow().figures().line("news300 all"));
        if (Boolean.getBoolean("news300.errors")) {
            printErrors("dev", dev.get());
        }
        assertTrue(f.valueF1() >= FLOOR_VALUE_F1, "dev value F1 " + f.valueF1());
        assertTrue(f.valueUnitF1() >= FLOOR_VALUE_UNIT_F1, "dev value+unit F1 " + f.valueUnitF1());
    }

    /**
     * Scores news-dev2, a second dev corpus of other topics (markets, sport, weather, energy, technology, transport,
     * elections, studies, crime; see {@code news-dev2-notes.md}), annotated before the extractor was run on it. Its
     * errors print with {@code -Dnews300.errors=true}.
     */
    @Test
    void newsDev2Sentences_valueAndUnitF1_printedWithFloors() throws IOException {
        Optional<Scored> dev2 = score("news-dev2", "dev");
        assumeTrue(dev2.isPresent(), "skipped: extract/news-dev2.csv is not in the test resources");
        Figures f = dev2.get().figures();
        System.out.println(f.line("news-dev2"));
        if (Boolean.getBoolean("news300.errors")) {
            printErrors("dev2", dev2.get());
        }
        assertTrue(f.valueF1() >= FLOOR_DEV2_VALUE_F1, "news-dev2 value F1 " + f.valueF1());
        assertTrue(f.valueUnitF1() >= FLOOR_DEV2_VALUE_UNIT_F1, "news-dev2 value+unit F1 " + f.valueUnitF1());
    }

    private static void printErrors(String label, Scored s) {
        s.missed().forEach(m -> System.out.println("  " + label + " missed: " + m));
        s.wrongUnit().stream().sorted().forEach(m -> System.out.println("  " + label + " unit: " + m));
        s.wrongHedge().stream().sorted().forEach(m -> System.out.println("  " + label + " hedge: " + m));
        s.unannotated().forEach(m -> System.out.println("  " + label + " not annotated: " + m.doc() + " " + brief(m)));
    }

    @Test
    void split_putsEveryAnnotatedPageInDevOrHoldout() throws IOException {
        assumeTrue(NewsCorpusTest.class.getResource("/extract/news300.csv") != null,
                "skipped: extract/news300.csv is not in the test resources");
        Map<String, String> splitOf = splitOfPages("news300");
        for (AnnotationScore.Expected e : AnnotationScore.annotations("/extract/news300.csv")) {
            String split = splitOf.get(e.doc());
            assertTrue("dev".equals(split) || "holdout".equals(split), e.doc() + " is in split " + split);
        }
    }

    /** Floors a little under the dev figures (98.0, 92.2 on 2026-12-07, second round): a change that loses ground fails. */
    private static final double FLOOR_VALUE_F1 = 0.97;
    private static final double FLOOR_VALUE_UNIT_F1 = 0.91;
    /** Floors for news-dev2 a little under its figures (94.8, 81.0 on 2026-12-07; 90.8, 73.9 before any rule was changed for it): a change that loses ground fails. */
    private static final double FLOOR_DEV2_VALUE_F1 = 0.94;
    private static final double FLOOR_DEV2_VALUE_UNIT_F1 = 0.80;
}
