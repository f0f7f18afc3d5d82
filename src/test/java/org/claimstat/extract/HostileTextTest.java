package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Random and adversarial strings: the extractor answers every one, with spans that fit the text. */
class HostileTextTest {
    private static final List<String> PIECES = List.of("1", "22", "333", "4,000", "5.5", ",", ".", "-", "–", " ", " ",
            "\n", "$", "€", "%", "(", ")", "*", ":", "nearly", "up to", "between", "and", "to", "from", "six",
            "hundred", "twenty", "million", "bn", "percent", "per cent", "rubles", "GW", "months", "st", "out of",
            "March", "May", "2024", "by", "since", "the end of", "а", "о", "Ѕ", "é", "\u0301", "\uD83D\uDE00",
            "\uD800", "https://x.org/1", "[a](#)", "READ MORE", "Three", "COVID-", "10:30", "  ", "\t", "\u202F000",
            "dates", "percents", "ranks", "fourth", "twenty-first", "of", "ranked", "peak at", "across the", "riders");

    @Test
    void extract_answersRandomStringsWithSpansThatFit() {
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(80);
            for (int k = 0; k < pieces; k++) {
                sb.append(random.nextInt(5) == 0 ? (char) random.nextInt(0x3000) : PIECES.get(random.nextInt(PIECES.size())));
            }
            assertFits(sb.toString());
        }
    }

    @Test
    void extract_answersAdversarialRuns() {
        assertFits("1,".repeat(200_000));
        assertFits("9".repeat(300_000) + " percent");
        assertFits("1,000,".repeat(50_000) + "000");
        assertFits("nearly up to as many as more than ".repeat(20_000) + "5 people");
        assertFits("between 1 and ".repeat(30_000));
        assertFits("six ".repeat(50_000) + "hundred");
        assertFits("March ".repeat(50_000));
        assertFits("[x](".repeat(50_000));
        assertFits("аo".repeat(100_000));
    }

    private static void assertFits(String text) {
        Extraction x = ClaimExtractor.standard().extract("fuzz", text);
        assertTrue(x.mentions().size() <= text.length(), "mentions never overlap, so at most one per char");
        for (Mention m : x.mentions()) {
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(m.text().length() <= 400, () -> "span too long: " + m.text().length());
        }
        for (Extraction.Skip s : x.skipped()) {
            assertTrue(s.start() >= 0 && s.end() <= text.length());
        }
    }

    /**
     * Every word of this project's test texts (the held-out sets and the cases), after and before the constructs that
     * give a number a noun, a hedge or a unit from its neighbours: the counted noun "date" once made extract throw.
     */
    @Test
    void extract_neverThrowsWithAnyWordOfTheTestTextsNextToANumber() throws Exception {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(HostileTextTest.class.getResource("/extract").toURI()))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".psv")).toList()) {
                for (String w : Files.readString(f).split("[^\\p{L}°%$€£²-]+")) {
                    if (!w.isEmpty() && w.length() < 20) {
                        words.add(w);
                    }
                }
            }
        }
        assertTrue(words.size() > 1000, "words read: " + words.size());
        ClaimExtractor inYear = ClaimExtractor.builder().year(2024).build();
        for (String w : words) {
            for (String before : List.of("3 ", "the two ", "$5 ", "fourth out of 30 ", "between 3 and 5 ")) {
                for (String after : List.of("", " rose to 31,000", " at 15%", ", up from 7")) {
                    String text = before + w + after;
                    assertFits(text);
                    inYear.extract("y", text).mentions().forEach(Mention::interval);
                }
            }
        }
    }

    @Test
    void numberWords_readEverySpelloutIcuWritesBelowAThousandAndItsThousands() {
        RuleBasedNumberFormat icu = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        for (long n = 0; n < 1000; n++) {
            assertReads(icu.format(n), n);
            assertReads(icu.format(n * 1000), n * 1000);
        }
    }

    private static void assertReads(String words, long expected) {
        List<Mention> ms = ClaimExtractor.standard().extract("n", "up " + words + " percent").mentions();
        assertEquals(1, ms.size(), () -> words + ": " + ms);
        assertEquals(expected, ms.get(0).quantity().get().number().get().longValueExact(), words);
    }
}
