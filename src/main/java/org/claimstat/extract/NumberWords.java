package org.claimstat.extract;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads English number words ("six", "twenty-five", "three hundred and five") with a small table.
 *
 * <p>ICU4J's {@code RuleBasedNumberFormat} (SPELLOUT) was measured first: it took about 200 µs per
 * parse here and read "forty five thousand" as 4005, so the scanner uses this table, and the tests
 * check it against ICU's spell-out <em>formatting</em> of every number below a million.
 */
final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /** Ordinal words, with the value of the place each names. */
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90),
            Map.entry("hundredth", 100));

    /**
     * Fraction words with their denominators: the ordinals of 3 and 5 to 10 and their plurals ("thirds", "fifth"), and
     * "quarter(s)". "fourth(s)" is not among them.
     */
    private static final Map<String, Integer> DENOMINATORS = denominators();

    private static Map<String, Integer> denominators() {
        Map<String, Integer> table = new java.util.HashMap<>(Map.of("quarter", 4, "quarters", 4));
        ORDINALS.forEach((word, place) -> {
            if (place >= 3 && place <= 10 && place != 4) {
                table.put(word, place);
                table.put(word + "s", place);
            }
        });
        return Map.copyOf(table);
    }

    private NumberWords() {
    }

    /** Returns the denominator a fraction word names ("thirds" is 3, "quarter" 4), or null for any other word. */
    static Integer denominator(String lower) {
        return DENOMINATORS.get(lower);
    }

    /** Returns the place an ordinal word names ("fourth" is 4), or 0 for any other word. */
    static int ordinal(String lower) {
        return ORDINALS.getOrDefault(lower, 0);
    }

    /** Returns the value of a word of tens ("twenty" is 20), or 0 for any other word. */
    static int tens(String lower) {
        return TENS.getOrDefault(lower, 0);
    }

    /** Returns true for a word that can start or continue a number: "six", "twenty", "hundred". */
    static boolean isNumberWord(String lower) {
        return SMALL.containsKey(lower) || TENS.containsKey(lower) || lower.equals("hundred");
    }

    /** Returns true for a word that can start a number ("hundred" cannot). */
    static boolean startsNumber(String lower) {
        return SMALL.containsKey(lower) || TENS.containsKey(lower);
    }

    /**
     * An incremental reader: {@link #accept(String)} takes the next word and says whether it belongs
     * to the number, so "twenty five" reads as 25 and "six nine" stops after "six".
     */
    static final class Reader {
        private long hundreds;
        private long rest;
        private int last; // 0 none, 1 small, 2 tens, 3 hundred, 4 and

        /** Takes one lower-case word; returns false (changing nothing) where it does not continue the number. */
        boolean accept(String w) {
            Integer small = SMALL.get(w);
            Integer tens = TENS.get(w);
            if (small != null && (last == 0 || last == 3 || last == 4 || last == 2 && small < 10 && small > 0)) {
                rest += small;
                last = 1;
                return true;
            }
            if (tens != null && (last == 0 || last == 3 || last == 4)) {
                rest += tens;
                last = 2;
                return true;
            }
            if (w.equals("hundred") && (last == 1 || last == 2) && hundreds == 0 && rest < 100) {
                hundreds = rest == 0 ? 100 : rest * 100;
                rest = 0;
                last = 3;
                return true;
            }
            if (w.equals("and") && last == 3) {
                last = 4;
                return true;
            }
            return false;
        }

        /** Returns true where the last word taken was a dangling "and" that must be given back. */
        boolean endsWithAnd() {
            return last == 4;
        }

        /** Returns the number read so far, empty if no word was taken. */
        OptionalLong value() {
            return last == 0 ? OptionalLong.empty() : OptionalLong.of(hundreds + rest);
        }
    }
}
