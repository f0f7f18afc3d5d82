package org.claimstat.extract;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Generates adversarial text for the property tests of the readers and the extractor: pieces of digits, separators,
 * unit symbols, number and hedge words, look-alike letters of other scripts, digits of other scripts, format
 * characters, combining marks, bidirectional and terminal controls, broken surrogates and line ends, strung together
 * at random from a fixed seed, so that a failure names the seed and text that reproduce it.
 */
public final class HostileTexts {
    /** The pieces hostile texts are made of. */
    public static final List<String> PIECES = List.of("0", "1", "2", "5", "9", "00", "000", "12", "2024", "1.5", "-0",
            ",", ".", " ", "\u00A0", "\u202F", "\u2009", "'", "-", "\u2013", "/", "(", ")", "\n", "\r\n", "\r", "\t", "\"",
            "$", "\u20AC", "\u00A3", "%", "km", "bn", "m", "k", "s", "GW", "USD", "per cent", "a year", "zero", "one",
            "dozen", "million", "thousand", "half", "billion", "nearly", "about", "up to", "more than", "between", "and",
            "to", "people", "workers", "O", "o", "l", "I", "\u041E", "\u043E", "\u039F", "\u0661", "\u0660", "\uFF11",
            "\uFF10", "\u0967", "\u0E51", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u0301", "\u0303", "\u20DD",
            "\u202E", "\u2066", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\u001B[31m", "\u009B", "\u00BD", "\u00B2",
            "\u2153", "e", "E", "e308", "x", "#", "@", "28.9s", "COP28", "iPhone 11", "March", "December 30", "9999999999999999999");

    private HostileTexts() {
    }

    /** Returns a text of up to {@code maxPieces} pieces drawn by {@code random}. */
    public static String text(SplittableRandom random, int maxPieces) {
        int n = random.nextInt(maxPieces + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return s.toString();
    }

    /** Returns a text of up to {@code maxChars} chars of any UTF-16 code unit, lone surrogates included. */
    public static String anyChars(SplittableRandom random, int maxChars) {
        int n = random.nextInt(maxChars + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return s.toString();
    }

    /**
     * Hands {@code tries} texts made by {@code make} from seeds {@code seed}, {@code seed + 1}, ... to {@code check};
     * a failure is rethrown naming the seed that reproduces it. The system property {@code claimstat.tries} multiplies
     * the tries for a longer search ({@code mvn test -Dclaimstat.tries=50 -Dtest='*PropertiesTest'}).
     */
    public static void forEach(long seed, int tries, Function<SplittableRandom, String> make, Consumer<String> check) {
        long all = (long) tries * Integer.getInteger("claimstat.tries", 1);
        for (long t = 0; t < all; t++) {
            String text = make.apply(new SplittableRandom(seed + t));
            try {
                check.accept(text);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + (seed + t) + ": " + e.getMessage(), e);
            }
        }
    }
}
