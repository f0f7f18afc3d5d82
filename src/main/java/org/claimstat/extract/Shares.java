package org.claimstat.extract;

import java.math.BigDecimal;
import org.claimstat.Hedge;
import org.claimstat.Unit;

/** Shares written as a ratio ("7 in 10 adults") or a fraction in words ("two-thirds of voters"), as percentages. */
final class Shares {
    private final Ctx c;
    private final Numbers numbers;
    private final Phrases phrases;
    private final Hedges hedges;
    private final Units units;

    Shares(Ctx c, Numbers numbers, Phrases phrases, Hedges hedges, Units units) {
        this.c = c;
        this.numbers = numbers;
        this.phrases = phrases;
        this.hedges = hedges;
        this.units = units;
    }

    /** Hedge words that make "half", "a third" or "a percent" after them a share: "more than half", "nearly a third". */
    private static final java.util.Set<String> HEDGED = java.util.Set.of("than", "nearly", "almost", "about", "around",
            "roughly", "over", "under", "approximately", "some", "just", "barely");

    /** Words after "half" or "a third" that make it a multiplier of an amount: "less than half the $14bn needed". */
    private static final java.util.Set<String> COMPARED = java.util.Set.of("the", "a", "an", "that", "this", "what",
            "as", "its", "their", "his", "her");

    /**
     * Reads "half", "a third", "a quarter", "a fifth", "a tenth" and "a percent" after a hedge word as the percentage
     * they are, with that hedge: "more than half" (more than 50), "nearly a third of cars" (33.33, of cars), "just
     * over a percent" (1); else null. Without a hedge these words are left alone ("the first half of 2019", "a third
     * term"), and before "the" or "what" they multiply an amount ("less than half the $14bn needed").
     */
    Draft hedgedFraction(int i) {
        int before = c.skipStarsBack(i - 1);
        if (!c.is(before, Token.Type.WORD) || !HEDGED.contains(c.lower(before)) || c.tightDash(i + 1)) {
            return null;
        }
        boolean half = c.word(i, "half");
        boolean article = c.word(i, "a") || c.word(i, "an");
        Integer denominator = half ? Integer.valueOf(2) : article && c.is(i + 1, Token.Type.WORD)
                ? NumberWords.denominator(c.lower(i + 1)) : null;
        boolean percent = article && c.word(i + 1, "percent");
        int next = half ? i + 1 : i + 2;
        if (denominator == null && !percent || c.tightDash(next) || c.is(next, Token.Type.WORD)
                && COMPARED.contains(c.lower(next))) {
            return null;
        }
        Draft d = share(i, BigDecimal.ONE, BigDecimal.valueOf(percent ? 100 : denominator), next);
        if (c.word(d.next, "of")) {
            d.counted = phrases.counted(c.word(d.next + 1, "the") ? d.next + 2 : d.next + 1);
        }
        return d;
    }

    /** Returns the share that the number {@code a} at token {@code i} starts, or null. */
    Draft read(int i, Numbers.Num a) {
        Draft share = ratio(i, a);
        return share != null ? share : fraction(i, a);
    }

    /** The largest denominator of a ratio ("one in 1,000"); a larger number after "in" is more likely a year. */
    private static final int MAX_DENOMINATOR = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Reads "7 in 10 adults", "three out of four firms", "nearly one in five" as a percentage (70, 75, 20) of
     * what is counted after it, or returns null. Both numbers must be plain whole numbers, the second larger and at
     * most {@value #MAX_DENOMINATOR}, with no unit after it ("2 in 12 months" is no ratio). A share that has no
     * finite decimal form ("one in three") is given to two decimals, and where no hedge is written it is
     * {@code approximately}, so its interval still holds the exact share.
     */
    private Draft ratio(int i, Numbers.Num a) {
        int j = a.next();
        int k = c.word(j, "in") ? j + 1 : c.word(j, "out") && c.word(j + 1, "of") ? j + 2 : -1;
        if (k < 0 || a.scale() != null || a.physical() != null || a.value().signum() <= 0
                || a.value().stripTrailingZeros().scale() > 0) {
            return null;
        }
        Numbers.Num b = numbers.read(k);
        if (b == null || b.scale() != null || b.physical() != null || b.value().stripTrailingZeros().scale() > 0
                || b.value().compareTo(a.value()) <= 0 || b.value().compareTo(BigDecimal.valueOf(MAX_DENOMINATOR)) > 0
                || units.read(b.next(), null, null) != null) {
            return null;
        }
        Draft d = share(i, a.value(), b.value(), b.next());
        d.counted = phrases.counted(d.next);
        return d;
    }

    /**
     * Returns a draft of {@code part} of {@code whole} as a percentage, from token {@code i} to before {@code next}, to
     * two decimals, with its hedge: a share that two decimals do not hold exactly is approximate ("one in three").
     */
    private Draft share(int i, BigDecimal part, BigDecimal whole, int next) {
        BigDecimal percent = part.multiply(HUNDRED);
        BigDecimal share = percent.divide(whole, 2, java.math.RoundingMode.HALF_UP);
        boolean exact = share.multiply(whole).compareTo(percent) == 0;
        if (exact) {
            share = share.stripTrailingZeros();
            share = share.setScale(Math.max(share.scale(), 0));
        }
        Draft d = new Draft(i);
        d.kind = Mention.Kind.PERCENT;
        d.unit = Unit.PERCENT;
        d.value = share;
        d.numberLast = next;
        d.next = next;
        hedges.hedge(d, false);
        if (!exact && d.hedge == Hedge.EXACT) {
            d.hedge = Hedge.APPROXIMATELY;
        }
        return d;
    }

    /**
     * Reads a fraction written in words as the percentage it is: "two-thirds of voters" is about 66.67 percent of
     * voters, "three quarters" 75 percent, "one fifth" 20. Only after a number word below the denominator, so "a
     * third" and "the fifth" are left alone, as are "2/3" and "two third-country nationals" (no plural).
     */
    private Draft fraction(int i, Numbers.Num a) {
        int j = c.tightDash(a.next()) ? a.next() + 1 : a.next();
        if (!a.words() || a.scale() != null || !c.is(j, Token.Type.WORD)) {
            return null;
        }
        Integer denominator = NumberWords.denominator(c.lower(j));
        long numerator = a.value().longValue();
        boolean plural = c.lower(j).endsWith("s");
        if (denominator == null || numerator < 1 || numerator >= denominator || plural != (numerator > 1)
                || c.tightDash(j + 1)) {
            return null;
        }
        Draft d = share(i, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), j + 1);
        if (c.word(d.next, "of")) {
            d.counted = phrases.counted(c.word(d.next + 1, "the") ? d.next + 2 : d.next + 1);
        }
        return d;
    }

}
