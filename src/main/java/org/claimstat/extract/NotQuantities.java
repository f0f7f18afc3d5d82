package org.claimstat.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Tells the numbers that are no quantity from those that are: references ("page 2"), names ("Boeing 737", "iPhone
 * 11 Pro", "COVID-19"), multipliers ("ten-fold", "25 times larger"), times of day, scores ("won 3-1") and ordinals.
 */
final class NotQuantities {
    /** The suffixes of ordinals: "3rd", "21st". */
    static final Set<String> ORDINAL = Set.of("st", "nd", "rd", "th");
    private static final Set<String> DATE_PREFIXES = Set.of("mid", "early", "late", "pre", "post");

    private final Ctx c;
    private final Quantities quantities;

    NotQuantities(Ctx c, Quantities quantities) {
        this.c = c;
        this.quantities = quantities;
    }

    /** Says why the number at {@code i} is no quantity, or null. */
    Extraction.Why why(int i) {
        if (c.mayBeNumberWord(i) && c.capitalised(i) && c.capitalised(i - 1) && NumberWords.startsNumber(c.lower(i))) {
            return Extraction.Why.NAME;
        }
        if (c.mayBeNumberWord(i) && isMultiplier(i)) {
            return Extraction.Why.MULTIPLIER;
        }
        if (!c.is(i, Token.Type.NUMBER)) {
            return null;
        }
        int tEnd = c.end(i);
        int tSuffix = c.suffix(i);
        String suffix = tSuffix < tEnd ? c.reading.substring(tSuffix, tEnd).toLowerCase(Locale.ROOT) : "";
        int prev = c.punct(i - 1, '.') ? i - 2 : i - 1;
        if (c.is(prev, Token.Type.WORD) && Lexicon.REFERENCES.contains(c.lower(prev))) {
            return Extraction.Why.REFERENCE;
        }
        if (isModelName(i, tSuffix == tEnd)) {
            return Extraction.Why.NAME;
        }
        if (isMultiplier(i)) {
            return Extraction.Why.MULTIPLIER;
        }
        if (c.tightDash(i - 1) && c.is(i - 2, Token.Type.WORD) && !c.spaceBefore(i - 1)
                && !DATE_PREFIXES.contains(c.lower(i - 2))) {
            return Extraction.Why.NAME;
        }
        if (c.punct(i + 1, ':') && !c.spaceBefore(i + 1) && c.is(i + 2, Token.Type.NUMBER)
                && !c.spaceBefore(i + 2) && !quantities.isClock(i)) {
            return Extraction.Why.TIME_OF_DAY;
        }
        if (isScore(i)) {
            return Extraction.Why.SCORE;
        }
        if (suffix.isEmpty()) {
            return null;
        }
        if (ORDINAL.contains(suffix) && !isRank(i) && !isDay(i)) {
            return Extraction.Why.ORDINAL;
        }
        if (!suffix.isEmpty() && !ORDINAL.contains(suffix) && !Lexicon.SCALES.containsKey(suffix)
                && Lexicon.joinedPhysical(c.reading.substring(tSuffix, tEnd)) == null && !suffix.equals("s")
                && c.temperatureSuffix(i) == null) {
            return Extraction.Why.NAME;
        }
        return null;
    }

    /**
     * True where a plain number is part of a name: after a capitalised name of a series ("Boeing 737", "Windows 11",
     * "Apollo 11") or a word with a capital inside ("iPhone 11"), or before a model's suffix ("11 Pro", "737 MAX").
     */
    private boolean isModelName(int i, boolean plain) {
        if (!plain || c.spaceBefore(i) && !c.is(i - 1, Token.Type.WORD)) {
            return false;
        }
        if (c.is(i - 1, Token.Type.WORD) && Lexicon.MODEL_SUFFIXES.contains(c.raw(i - 1)) && c.is(i - 2, Token.Type.NUMBER)) {
            return true;  // "737 Max 8"
        }
        boolean suffixAfter = c.is(i + 1, Token.Type.WORD) && Lexicon.MODEL_SUFFIXES.contains(c.raw(i + 1));
        if (suffixAfter || !c.capitalised(i - 1) && !innerCapital(i - 1)) {
            return suffixAfter && !countOfModel(i);
        }
        return innerCapital(i - 1) || Lexicon.MODEL_NAMES.contains(c.lower(i - 1))
                || c.word(i - 1, "p") && c.punct(i - 2, '&');  // "S&P 500"
    }

    /** Words after "times" that make a number before it a multiplier: "25 times larger", "three times as many". */
    private static final Set<String> TIMES_WHAT = Set.of("as", "the", "more", "less", "higher", "lower", "larger",
            "smaller", "bigger", "greater", "faster", "slower", "longer", "over", "that", "what");

    /** True where the number at {@code i} multiplies an amount: "ten-fold", "2-fold", "25 times larger". */
    private boolean isMultiplier(int i) {
        return c.tightDash(i + 1) && c.word(i + 2, "fold")
                || c.word(i + 1, "times") && c.is(i + 2, Token.Type.WORD) && TIMES_WHAT.contains(c.lower(i + 2));
    }

    /** Words before a number and a model's suffix that make the number part of the name: "the 737 Max planes". */
    private static final Set<String> NAMING = Set.of("the", "its", "their", "a", "an", "this", "that", "his", "her");

    /**
     * True where a number before a model's suffix counts the model: "delivered 376 Max planes", "125 MAX aircraft",
     * where a lower-case noun follows the suffix and a lower-case word other than an article precedes the number.
     */
    private boolean countOfModel(int i) {
        int before = c.skipStarsBack(i - 1);
        return c.is(i + 2, Token.Type.WORD) && Character.isLowerCase(c.chars[c.start(i + 2)])
                && !Lexicon.STOP.contains(c.lower(i + 2)) && c.is(before, Token.Type.WORD) && !c.capitalised(before)
                && !innerCapital(before) && !NAMING.contains(c.lower(before));
    }

    /** True where the word at {@code k} starts in lower case and has a capital inside: "iPhone", "eBay". */
    private boolean innerCapital(int k) {
        if (!c.is(k, Token.Type.WORD) || !Character.isLowerCase(c.chars[c.start(k)])) {
            return false;
        }
        for (int j = c.start(k) + 1; j < c.end(k); j++) {
            if (Character.isUpperCase(c.chars[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * True where "a-b" of plain counts of up to three digits is written larger first ("52-48", "3-1"): a range is
     * written smaller first, so this is a score or a tally. Not where a third part follows or precedes ("24-2-2022").
     */
    private boolean isScore(int i) {
        int a = c.plainInt(i, 3);
        if (a < 1 || !c.tightDash(i + 1) || c.chars[c.start(i)] == '0' || c.tightDash(i - 1) || c.tightDash(i + 3)) {
            return false;
        }
        int b = c.plainInt(i + 2, 3);
        return b >= 0 && b < a && (b == 0 || c.chars[c.start(i + 2)] != '0');
    }

    /** True where the ordinal at {@code i} is a place in a ranking: "31st out of 83", "3rd of 12", "2nd among 40". */
    boolean isRank(int i) {
        return c.word(i + 1, "out") && c.word(i + 2, "of") || c.word(i + 1, "of") && c.is(i + 2, Token.Type.NUMBER)
                || c.word(i + 1, "among") && c.is(i + 2, Token.Type.NUMBER);
    }

    /** True where the ordinal at {@code i} is a day of a month: "18th April", "April 18th", "18th of April". */
    boolean isDay(int i) {
        return c.month(i + 1) > 0 || c.word(i + 1, "of") && c.month(i + 2) > 0 || c.month(c.skipStarsBack(i - 1)) > 0;
    }
}
