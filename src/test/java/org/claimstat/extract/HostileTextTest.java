package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Random;
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
