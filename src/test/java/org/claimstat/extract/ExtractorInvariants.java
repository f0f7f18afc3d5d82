package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimstat.Value;

/**
 * What the extractor promises on any text, however hostile, shared by the jqwik properties and the Jazzer fuzz
 * targets: no exception, no failure inside it, every mention's span is its text, every value a finite number, and no
 * value 0 (nor a bound 0) unless the span writes a zero (a zero digit of any script, or a word such as "zero").
 */
final class ExtractorInvariants {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.builder().year(2024).build();
    private static final List<String> ZERO_WORDS = List.of("zero", "nil", "none", "no ", "nought", "naught", "oh");

    private ExtractorInvariants() {
    }

    /** Extracts {@code text} and checks every promise, failing with the text and the mention that broke one. */
    static void check(String text) {
        Extraction x = EXTRACTOR.extract("fuzz", text);
        assertTrue(x.failures().isEmpty(), () -> "failures inside the extractor " + x.failures() + " on " + quoted(text));
        for (Mention m : x.mentions()) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), () -> "span of " + m + " in " + quoted(text));
            for (BigDecimal v : numbers(m)) {
                assertTrue(v.signum() != 0 || writesZero(m.text()),
                        () -> "a 0 that was not written: " + m.text() + " -> " + m + " in " + quoted(text));
            }
            assertTrue(!splitTail(text, m.start()), () -> "a new number from the tail of another: " + m.text() + " -> " + m
                    + " in " + quoted(text));
            m.interval().ifPresent(i -> assertTrue(!Double.isNaN(i.lower()) && !Double.isNaN(i.upper()),
                    () -> "NaN interval of " + m + " in " + quoted(text)));
        }
        List<Mention> streamed = new ArrayList<>();
        EXTRACTOR.extract("fuzz", text, part -> streamed.addAll(part.extraction().mentions()));
        assertEquals(x.mentions().size(), streamed.size(), () -> "streamed extraction differs on " + quoted(text));
    }

    private static List<BigDecimal> numbers(Mention m) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (Optional<Value> v : List.of(m.value(), m.lower(), m.upper())) {
            v.filter(Value.Decimal.class::isInstance).map(d -> ((Value.Decimal) d).number()).ifPresent(numbers::add);
        }
        return numbers;
    }

    /**
     * True where a mention starting at {@code start} with a digit is the tail of a number cut by an invisible char or a
     * letter that passes for a digit: "000" of "12\u200D000", "0" of "1\u041E0".
     */
    static boolean splitTail(String text, int start) {
        if (start >= text.length() || !Character.isDigit(text.charAt(start))) {
            return false;
        }
        int k = start - 1;
        while (k >= 0 && Tokenizer.isInvisible(text.charAt(k))) {
            k--;
        }
        boolean skipped = k < start - 1;
        if (k >= 0 && "OoIl\u041E\u043E\u039F\u03BF".indexOf(text.charAt(k)) >= 0 && k > 0) {
            k--;
            skipped = true;
        }
        return skipped && k >= 0 && text.charAt(k) >= '0' && text.charAt(k) <= '9';
    }

    /** True where the text writes a zero: a digit of value 0 in any script, or a word for none. */
    static boolean writesZero(String text) {
        if (text.codePoints().anyMatch(c -> Character.isDigit(c) && Character.getNumericValue(c) == 0)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT) + " ";
        return ZERO_WORDS.stream().anyMatch(lower::contains);
    }

    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.chars().forEach(c -> s.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return s.append('"').toString();
    }
}
