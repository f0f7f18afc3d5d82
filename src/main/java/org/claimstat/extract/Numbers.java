package org.claimstat.extract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;

/** Reads one number at a token: digits with separators and a suffix, or a run of number words, then a scale. */
final class Numbers {
    /** Scale words written apart from the number ("1.5 million"); the one-letter ones only count as suffixes. */
    private static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "millions", "billion", "billions",
            "trillion", "bn", "mln", "mn", "tn", "trn", "lakh", "lakhs", "crore", "crores");
    private static final int MAX_WORDS = 10;

    private final Ctx c;
    /**
     * The number last read from digits, and its token: the second number of a range that turns out to be
     * none ("9-3") is read again as a number of its own, and a {@link Num} depends on the reading alone.
     */
    private Num last;
    private int lastAt = -1;

    Numbers(Ctx c) {
        this.c = c;
    }

    /**
     * A number read at a token.
     *
     * @param value the value with its scale applied
     * @param next the token after the number and its scale
     * @param scale the scale word or suffix, null if none
     * @param exponent the scale's power of ten, 0 if none
     * @param physical a unit symbol written as a suffix ("5GW"), null if none
     * @param words whether it was written in words
     */
    record Num(BigDecimal value, int next, String scale, int exponent, String physical, boolean words) {
        Num rescaled(int exp, String word) {
            return new Num(value.scaleByPowerOfTen(exp), next, word, exp, physical, words);
        }
    }

    /** Returns the number at {@code p}, or null where there is none (an ordinal or a name suffix gives null). */
    Num read(int p) {
        if (c.is(p, Token.Type.NUMBER)) {
            if (p != lastAt) {
                last = digits(p);
                lastAt = p;
            }
            return last;
        }
        if (c.mayBeNumberWord(p) && NumberWords.startsNumber(c.lower(p))) {
            return words(p, false);
        }
        return c.is(p, Token.Type.WORD) && c.end(p) - c.start(p) <= 4 ? withArticle(p) : null;
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

    /**
     * Reads a number written with "a" or "half": "a million" and "a hundred and fifty" (as "one …"), "a dozen",
     * "half a million", "half a dozen" and "a quarter of a billion"; null for anything else.
     */
    private Num withArticle(int p) {
        boolean article = c.word(p, "a") || c.word(p, "an");
        if (article && (c.word(p + 1, "hundred") || c.word(p + 1, "dozen") || isScaleWord(p + 1))) {
            return words(p, true);  // "a dozen" is one dozen, as withScaleWord reads it
        }
        BigDecimal part = null;
        int s = -1;
        if (c.word(p, "half") && (c.word(p + 1, "a") || c.word(p + 1, "an"))) {
            part = HALF;
            s = p + 2;
        } else if (article && c.word(p + 1, "quarter") && c.word(p + 2, "of") && c.word(p + 3, "a")) {
            part = BigDecimal.valueOf(25, 2);
            s = p + 4;
        }
        if (part != null && c.word(s, "dozen")) {
            return new Num(part.multiply(DOZEN).stripTrailingZeros(), s + 1, null, 0, null, true);
        }
        return part != null && isScaleWord(s) ? withScaleWord(new Num(part, s, null, 0, null, true)) : null;
    }

    /**
     * Returns the part before the scale word of "three quarters of a million" (0.75, the scale word next), or null
     * where no fraction word, "of a" and a scale word follow, or the fraction has no finite decimal form.
     */
    private Num fractionOfAScale(Num n) {
        int f = c.tightDash(n.next()) ? n.next() + 1 : n.next();
        Integer denominator = c.is(f, Token.Type.WORD) ? NumberWords.denominator(c.lower(f)) : null;
        if (denominator == null || !c.word(f + 1, "of") || !(c.word(f + 2, "a") || c.word(f + 2, "an"))
                || !isScaleWord(f + 3)) {
            return null;
        }
        BigDecimal whole = BigDecimal.valueOf(denominator);
        BigDecimal part = n.value().divide(whole, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return part.multiply(whole).compareTo(n.value()) == 0 ? new Num(part, f + 3, null, 0, null, true) : null;
    }

    private boolean isScaleWord(int p) {
        return c.is(p, Token.Type.WORD) && SCALE_WORDS.contains(c.lower(p));
    }

    private Num digits(int p) {
        int tStart = c.start(p);
        int tEnd = c.end(p);
        int tSuffix = c.suffix(p);
        String suffix = tSuffix < tEnd ? c.reading.substring(tSuffix, tEnd) : "";
        String scale = null;
        int exp = 0;
        String physical = null;
        int next = p + 1;
        if (suffix.equals("m") && metres(p) != null) {
            physical = metres(p);  // "37m (121ft)", "32m2": a length or an area, not a million
            next = physical.equals("m") ? p + 1 : p + 2;
        } else if (!suffix.isEmpty()) {
            Integer e = Lexicon.SCALES.get(suffix.toLowerCase(Locale.ROOT));
            if (e != null) {
                scale = suffix;
                exp = e;
            } else if (Lexicon.joinedPhysical(suffix) != null) {
                physical = Lexicon.joinedPhysical(suffix);
            } else {
                physical = c.temperatureSuffix(p);
                if (physical == null) {
                    return null;
                }
            }
        }
        BigDecimal value = parse(tStart, tSuffix);
        if (suffix.isEmpty()) {
            int fraction = fractionAfter(p);
            if (fraction > 0) {
                value = value.add(fractionValue);
                next = fraction;
            }
        }
        Num n = new Num(value, next, null, 0, physical, false);
        return scale != null ? n.rescaled(exp, scale) : withScaleWord(n);
    }

    /** Words after a number with the suffix "m" that make it metres: "a 37m tall tower". */
    private static final Set<String> OF_LENGTH = Set.of("tall", "high", "long", "wide", "deep", "away", "above", "below",
            "underground", "offshore", "depth", "height", "length");
    /** Length units that, in brackets after "37m", make it metres: "37m (121ft)". */
    private static final Set<String> LENGTHS = Set.of("ft", "feet", "foot", "in", "inches", "yd", "yards", "m", "metres",
            "meters", "km", "mi", "miles");

    /**
     * Returns "m", "m²" or "m³" where the number at {@code p}, written with the suffix "m", is a length or an area:
     * "32m2", "32m²", "37m (121ft)", "a 37m tall tower"; else null, and the "m" is a million.
     */
    private String metres(int p) {
        if (c.is(p + 1, Token.Type.NUMBER) && !c.spaceBefore(p + 1) && (c.plainInt(p + 1, 1) == 2 || c.plainInt(p + 1, 1) == 3)) {
            return c.plainInt(p + 1, 1) == 2 ? "m²" : "m³";
        }
        if (c.punct(p + 1, '²') && !c.spaceBefore(p + 1) || c.punct(p + 1, '³') && !c.spaceBefore(p + 1)) {
            return c.punct(p + 1, '²') ? "m²" : "m³";
        }
        int w = c.tightDash(p + 1) ? p + 2 : p + 1;
        if (c.is(w, Token.Type.WORD) && OF_LENGTH.contains(c.lower(w))) {
            return "m";
        }
        if (c.punct(p + 1, '(') && c.is(p + 2, Token.Type.NUMBER)) {
            int unit = c.suffix(p + 2) < c.end(p + 2) ? p + 2 : p + 3;
            String written = unit == p + 2 ? c.reading.substring(c.suffix(p + 2), c.end(p + 2)) : c.is(unit, Token.Type.WORD) ? c.raw(unit) : "";
            return LENGTHS.contains(written.toLowerCase(Locale.ROOT)) ? "m" : null;
        }
        return null;
    }

    /** The value of the fraction {@link #fractionAfter} last found. */
    private BigDecimal fractionValue;

    /**
     * Returns the token after a fraction that follows the whole number at {@code p}: "10 1/2" (a plain numerator
     * below a denominator of 2 to 16, not followed by another "/"), or "10½"; else -1. The fraction's value is left in
     * {@link #fractionValue}.
     */
    private int fractionAfter(int p) {
        if (c.is(p + 1, Token.Type.PUNCT) && !c.spaceBefore(p + 1)) {
            int vulgar = "½¼¾⅓⅔⅛".indexOf(c.chars[c.start(p + 1)]);
            if (vulgar >= 0) {
                fractionValue = new BigDecimal(new String[] {"0.5", "0.25", "0.75", "0.33", "0.67", "0.125"}[vulgar]);
                return p + 2;
            }
            return -1;
        }
        int num = c.plainInt(p + 1, 2);
        int den = c.plainInt(p + 3, 2);
        if (num < 1 || den < 2 || den > 16 || num >= den || !c.spaceBefore(p + 1) || !c.punct(p + 2, '/')
                || c.spaceBefore(p + 2) || c.spaceBefore(p + 3) || c.punct(p + 4, '/') || c.tightDash(p + 4)) {
            return -1;
        }
        fractionValue = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return p + 4;
    }

    /** Parses digits with group separators and one decimal point, without building a string when it fits a long. */
    private BigDecimal parse(int from, int to) {
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (int k = from; k < to; k++) {
            char ch = c.chars[k];
            if (ch >= '0' && ch <= '9') {
                unscaled = unscaled * 10 + (ch - '0');
                digits++;
                scale += scale >= 0 ? 1 : 0;
            } else if (ch == '.') {
                scale = 0;
            }
        }
        if (digits <= 18) {
            return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
        }
        return parseLong(from, to, digits, Math.max(scale, 0));
    }

    /**
     * {@link #parse} of 19 to 36 digits: the leading digits and the last 18 as two longs, joined by one
     * multiplication, where {@link BigDecimal}'s own parser reads char by char through {@link Character#digit}.
     */
    private BigDecimal parseLong(int from, int to, int digits, int scale) {
        int highDigits = digits - 18;
        if (highDigits > 18) {
            return parseChars(from, to);
        }
        long high = 0;
        long low = 0;
        int seen = 0;
        for (int k = from; k < to; k++) {
            char ch = c.chars[k];
            if (ch >= '0' && ch <= '9') {
                if (seen++ < highDigits) {
                    high = high * 10 + (ch - '0');
                } else {
                    low = low * 10 + (ch - '0');
                }
            }
        }
        return new BigDecimal(BigInteger.valueOf(high).multiply(TEN_18).add(BigInteger.valueOf(low)), scale);
    }

    private static final BigInteger TEN_18 = BigInteger.TEN.pow(18);

    private BigDecimal parseChars(int from, int to) {
        char[] plain = new char[to - from];
        int len = 0;
        for (int k = from; k < to; k++) {
            char ch = c.chars[k];
            if (ch >= '0' && ch <= '9' || ch == '.') {
                plain[len++] = ch;
            }
        }
        return new BigDecimal(plain, 0, len);
    }

    /** Reads number words from {@code p}; where {@code article}, {@code p} is "a" or "an", read as "one". */
    private Num words(int p, boolean article) {
        NumberWords.Reader reader = new NumberWords.Reader();
        int j = article ? p + 1 : p;
        int end = j;
        if (article) {
            reader.accept("one");
        }
        for (int taken = 0; taken < MAX_WORDS && c.is(j, Token.Type.WORD) && reader.accept(c.lower(j)); taken++) {
            end = j + 1;
            if (c.tightDash(j + 1) && c.is(j + 2, Token.Type.WORD) && NumberWords.startsNumber(c.lower(j + 2))) {
                j += 2;
            } else {
                j++;
            }
        }
        if (reader.endsWithAnd()) {
            end--;
        }
        if (reader.value().isEmpty() || c.tightDash(end) && c.is(end + 1, Token.Type.WORD)
                && NumberWords.ordinal(c.lower(end + 1)) > 0 && !belowDenominator(reader.value().getAsLong(), end + 1)) {
            return null;  // none, or the start of an ordinal: "the twenty-first century"; "one-fifth" is a fraction
        }
        Num n = new Num(BigDecimal.valueOf(reader.value().getAsLong()), end, null, 0, null, true);
        Num part = fractionOfAScale(n);
        return withScaleWord(part != null ? part : n);
    }

    /** True where the word at {@code k} is a fraction's denominator above {@code numerator}: "fifth" after "one-". */
    private boolean belowDenominator(long numerator, int k) {
        Integer denominator = NumberWords.denominator(c.lower(k));
        return denominator != null && numerator < denominator;
    }

    private Num withScaleWord(Num n) {
        int s = n.next();
        if (c.is(s, Token.Type.WORD) && SCALE_WORDS.contains(c.lower(s))) {
            String word = c.raw(s);
            int exponent = Lexicon.SCALES.get(word.toLowerCase(Locale.ROOT));
            if (exponent < 7 && (c.word(s + 1, "crore") || c.word(s + 1, "crores"))) {
                exponent += 7;  // "Rs 1.89 lakh crore" is 1.89 trillion rupees, "Rs 10 thousand crore" 100 billion
                word = word + " " + c.raw(++s);
            }
            Num scaled = n.rescaled(exponent, word);
            return new Num(scaled.value(), s + 1, word, scaled.exponent(), n.physical(), n.words());
        }
        if (c.word(s, "dozen") && n.physical() == null) {
            return new Num(n.value().multiply(DOZEN), s + 1, null, 0, null, n.words());  // "two dozen" is 24
        }
        return n;
    }
}
