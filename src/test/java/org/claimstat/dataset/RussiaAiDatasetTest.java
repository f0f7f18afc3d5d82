package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.Interval;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the bundled russia-ai dataset to the facts of its five seed articles and to its own
 * AUDIT.md: hedges and intervals of key claims, date arithmetic, quotes found in the documents.
 */
class RussiaAiDatasetTest {
    private static final Path FOLDER = Path.of("datasets/russia-ai");
    private static final Path SEEDS = Path.of(System.getProperty("claimstat.shared", "../shared"), "seeds");
    private static final ClaimDataset DATA = ClaimDatasets.read(FOLDER);

    private static final Map<String, Integer> NUMBER_WORDS = Map.of("six", 6, "nine", 9);
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u0430', 'a'), Map.entry('\u0435', 'e'), Map.entry('\u043e', 'o'), Map.entry('\u0440', 'p'),
            Map.entry('\u0441', 'c'), Map.entry('\u0445', 'x'), Map.entry('\u0443', 'y'), Map.entry('\u0410', 'A'),
            Map.entry('\u0415', 'E'), Map.entry('\u041e', 'O'), Map.entry('\u0420', 'P'), Map.entry('\u0421', 'C'));

    private static Claim claim(String id) {
        return DATA.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static Stream<Claim> claims() {
        return DATA.claims().stream();
    }

    @Test
    void load_fromClasspathGivesTheSameClaimsAsTheFolder() {
        ClaimDataset bundled = ClaimDatasets.load("russia-ai");
        assertEquals(DATA.claims(), bundled.claims());
        assertEquals(DATA.sources(), bundled.sources());
        assertEquals(DATA.indicators(), bundled.indicators());
        assertEquals("russia-ai", bundled.info().name());
    }

    @Test
    void vacancies_areNearly95000AtTheEndOfMarch2022() {
        Claim c = claim("c002-03");
        Interval i = c.interval();
        assertAll(
                () -> assertEquals("it_vacancies", c.indicator()),
                () -> assertEquals(Hedge.NEARLY, c.quantity().hedge()),
                () -> assertEquals(Optional.of(new BigDecimal("95000")), c.quantity().number()),
                () -> assertEquals(95000.0, i.upper()),
                () -> assertTrue(i.upperClosed()),
                () -> assertEquals(90000.0, i.lower()),
                () -> assertFalse(i.lowerClosed()),
                () -> assertEquals(Unit.count("vacancy"), c.unit()),
                () -> assertEquals("2022-03", c.period().toString()),
                () -> assertEquals("CNews", c.claimant()));
    }

    @Test
    void itWorkersWhoFled_areAnEstimated200000SinceTheInvasionWithAnOpenEnd() {
        Claim c = claim("c002-02");
        assertAll(
                () -> assertEquals(Hedge.ESTIMATE, c.quantity().hedge()),
                () -> assertEquals(180000.0, c.interval().lower()),
                () -> assertEquals(220000.0, c.interval().upper()),
                () -> assertEquals(Optional.of(PartialDate.parse("2022-02-24")), c.period().start()),
                () -> assertEquals(Optional.empty(), c.period().end()));
    }

    @Test
    void sharesOfProgrammers_keepSurpassedAndUpToAsOpenBounds() {
        Interval relocate = claim("c002-04").interval();
        Interval europe = claim("c002-05").interval();
        assertAll(
                () -> assertEquals(40.0, relocate.lower()),
                () -> assertFalse(relocate.lowerClosed()),
                () -> assertEquals(Double.POSITIVE_INFINITY, relocate.upper()),
                () -> assertEquals(Double.NEGATIVE_INFINITY, europe.lower()),
                () -> assertEquals(45.0, europe.upper()));
    }

    @Test
    void lagBehindUsAndChina_isSixToNineMonthsInBothReports() {
        for (String id : List.of("c000-04", "c003-05")) {
            Claim c = claim(id);
            assertAll(id,
                    () -> assertEquals(Hedge.RANGE, c.quantity().hedge()),
                    () -> assertEquals(Optional.empty(), c.quantity().value()),
                    () -> assertEquals(6.0, c.interval().lower()),
                    () -> assertEquals(9.0, c.interval().upper()),
                    () -> assertEquals("month", c.unit().symbol()),
                    () -> assertEquals("Alexander Vedyakhin", c.claimant()));
        }
        assertEquals("2024-12", claim("c000-04").period().toString());
        assertEquals("2025-01", claim("c003-05").period().toString());
    }

    @Test
    void thirtyFourMonthsAfterTheInvasion_fallsInTheMonthOfTheDecember30PostNotInJanuary2025() {
        Claim duration = claim("c003-02");
        Claim invasion = claim(duration.extra().get("from_event"));
        Claim post = claim(duration.extra().get("to_event"));
        LocalDate start = ((Value.Date) invasion.quantity().value().orElseThrow()).date().firstDay();
        LocalDate end = ((Value.Date) post.quantity().value().orElseThrow()).date().firstDay();
        LocalDate january = ((Value.Date) claim("c001-04").quantity().value().orElseThrow()).date().firstDay();
        assertAll(
                () -> assertEquals(LocalDate.of(2022, Month.FEBRUARY, 24), start),
                () -> assertEquals(LocalDate.of(2024, Month.DECEMBER, 30), end),
                () -> assertEquals(34, ChronoUnit.MONTHS.between(start, end)),
                () -> assertEquals(new BigDecimal("34"), duration.quantity().number().orElseThrow()),
                () -> assertEquals(LocalDate.of(2024, Month.DECEMBER, 24), start.plusMonths(34)),
                () -> assertEquals("event_china_ai_directive", claim("c001-04").indicator()),
                () -> assertEquals(post.indicator(), claim("c001-04").indicator()),
                () -> assertTrue(january.isAfter(end)));
    }

    @Test
    void investmentInPower_isSome77BillionDollarsGoodToTwoAndAHalfPercent() {
        Claim c = claim("c004-01");
        assertAll(
                () -> assertEquals(Hedge.APPROXIMATELY, c.quantity().hedge()),
                () -> assertEquals("USD", c.unit().symbol()),
                () -> assertEquals(75.075e9, c.interval().lower()),
                () -> assertEquals(78.925e9, c.interval().upper()));
    }

    @Test
    void globalAiIndexRank_is31stOutOf83() {
        Claim c = claim("c000-05");
        assertEquals(83, c.unit().rankOutOf().orElseThrow());
        assertEquals(new BigDecimal("31"), c.quantity().number().orElseThrow());
        assertEquals("Tortoise Media", c.claimant());
    }

    @Test
    void deadlines_haveOnlyAPeriodEnd() {
        for (String id : List.of("c000-03", "c001-02", "c003-03")) {
            Claim c = claim(id);
            assertEquals(Optional.empty(), c.period().start(), id);
            assertEquals(c.quantity().value().map(Value::toString), c.period().end().map(PartialDate::toString), id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void everyClaim_hasAShortLatinQuoteHoldingTheNumberAsWritten(Claim c) {
        String written = c.extra().get("as_written");
        assertAll(c.id(),
                () -> assertTrue(c.quote().contains(written), "quote '" + c.quote() + "' lacks '" + written + "'"),
                () -> assertTrue(c.quote().split(" ").length <= 10, "quote has more than 10 words: " + c.quote()),
                () -> assertTrue(c.quote().codePoints().noneMatch(cp -> cp >= 0x0400 && cp <= 0x04FF),
                        "quote holds Cyrillic letters: " + c.quote()),
                () -> assertWrittenMatchesValue(c, written));
    }

    private static void assertWrittenMatchesValue(Claim c, String written) {
        if (c.unit().kind() == Unit.Kind.DATE) {
            assertDateWrittenMatches(c, written);
        } else if (c.quantity().hedge() == Hedge.RANGE) {
            String[] words = written.split(" to ");
            assertEquals(c.quantity().lower().map(Value::toString), Optional.of(NUMBER_WORDS.get(words[0]).toString()));
            assertEquals(c.quantity().upper().map(Value::toString), Optional.of(NUMBER_WORDS.get(words[1]).toString()));
        } else {
            Matcher m = Pattern.compile("[0-9][0-9,]*").matcher(written);
            assertTrue(m.find(), "no digits in " + written);
            BigDecimal n = new BigDecimal(m.group().replace(",", ""));
            if (written.endsWith(" billion")) {
                n = n.scaleByPowerOfTen(9);
            }
            assertEquals(0, n.compareTo(c.quantity().number().orElseThrow()), c.id() + ": " + written);
        }
    }

    /** Each date part the text writes must agree with the value; a part it leaves out must be explained. */
    private static void assertDateWrittenMatches(Claim c, String written) {
        PartialDate d = ((Value.Date) c.quantity().value().orElseThrow()).date();
        Matcher year = Pattern.compile("\\b(\\d{4})\\b").matcher(written);
        if (year.find()) {
            assertEquals(d.year(), Integer.parseInt(year.group(1)), c.id());
        } else {
            assertTrue(c.extra().get("note").contains("inferred") || c.extra().get("note").contains("Relative date"),
                    c.id() + " has a year the text does not write, but its note does not say how it was inferred");
        }
        for (Month month : Month.values()) {
            String name = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
            if (written.contains(name)) {
                assertEquals(month.getValue(), d.month(), c.id());
            }
        }
        Matcher day = Pattern.compile("\\b(\\d{1,2})\\b").matcher(written);
        if (day.find()) {
            assertEquals(Integer.parseInt(day.group(1)), d.day(), c.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void everyQuote_isInItsDocumentAfterNormalisation(Claim c) throws IOException {
        Source s = DATA.sourceOf(c);
        Path doc = SEEDS.resolve(s.document().orElseThrow());
        assumeTrue(Files.isDirectory(SEEDS), "seed articles not found at " + SEEDS.toAbsolutePath() + "; skipped");
        assertTrue(Files.exists(doc), "document missing: " + doc);
        assertTrue(normalise(Files.readString(doc, StandardCharsets.UTF_8)).contains(c.quote()),
                c.id() + ": quote not found in " + doc.getFileName() + ": " + c.quote());
    }

    @Test
    void mixedScripts_areRecordedForExactlyTheDocumentThatMixesThem() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed articles not found at " + SEEDS.toAbsolutePath() + "; skipped");
        for (Source s : DATA.sources()) {
            String text = Files.readString(SEEDS.resolve(s.document().orElseThrow()), StandardCharsets.UTF_8);
            boolean cyrillic = text.codePoints().anyMatch(cp -> cp >= 0x0400 && cp <= 0x04FF);
            assertEquals(cyrillic ? "Latin+Cyrillic" : "Latin", s.extra().get("scripts"), s.id());
        }
        long lookAlikes = Files.readString(SEEDS.resolve("002_15a88f31f77b18c3.txt"), StandardCharsets.UTF_8)
                .chars().filter(ch -> ch == '\u0430').count();
        assertEquals(183, lookAlikes);
        assertTrue(DATA.info().description().contains("document 002 mixes scripts: 183 Latin letters a are Cyrillic"));
        assertTrue(DATA.source("s002").orElseThrow().extra().get("description").startsWith("The document mixes scripts"));
    }

    @Test
    void claimIdsPerDocument_matchTheAudit() throws IOException {
        String audit = Files.readString(FOLDER.resolve("AUDIT.md"), StandardCharsets.UTF_8);
        Map<String, Set<String>> audited = new TreeMap<>();
        String document = null;
        for (String line : audit.split("\n")) {
            Matcher heading = Pattern.compile("^## (\\S+\\.txt)").matcher(line);
            if (heading.find()) {
                document = heading.group(1);
                audited.put(document, new TreeSet<>());
            } else if (document != null && line.startsWith("|")) {
                Matcher id = Pattern.compile("\\bc\\d{3}-\\d{2}\\b").matcher(line.substring(line.indexOf('|', 1)));
                if (id.find()) {
                    audited.get(document).add(id.group());
                }
            }
        }
        Map<String, Set<String>> recorded = DATA.claims().stream().collect(Collectors.groupingBy(
                c -> DATA.sourceOf(c).document().orElseThrow(), TreeMap::new,
                Collectors.mapping(Claim::id, Collectors.toCollection(TreeSet::new))));
        assertEquals(recorded, audited);
        Map<String, Integer> counts = new LinkedHashMap<>();
        recorded.forEach((doc, ids) -> counts.put(doc.substring(0, 3), ids.size()));
        assertEquals(Map.of("000", 5, "001", 4, "002", 6, "003", 9, "004", 1), counts);
        assertTrue(audit.contains("000: 5, 001: 4, 002: 6, 003: 9, 004: 1 (25 in all)"));
    }

    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.chars().forEach(ch -> b.append(LOOK_ALIKES.getOrDefault((char) ch, (char) ch)));
        return b.toString().replace("**", "").replaceAll("\\s+", " ");
    }
}
