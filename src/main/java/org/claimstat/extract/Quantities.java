package org.claimstat.extract;

import java.math.BigDecimal;
import java.util.Set;
import org.claimstat.Hedge;

/** Reads a quantity at a token: currency prefix, number or range, scale, unit, hedge, counted noun. */
final class Quantities {
    private final Ctx c;
    private final Numbers numbers;
    private final Phrases phrases;
    private final Hedges hedges;
    private final Units units;
    private final Currencies currencies;
    private final Shares shares;
    private final Counts counts;
    private final Changes changes;
    private final Durations durations;

    Quantities(Ctx c, Phrases phrases, Hedges hedges) {
        this.c = c;
        this.numbers = new Numbers(c);
        this.phrases = phrases;
        this.hedges = hedges;
        this.units = new Units(c);
        this.currencies = new Currencies(c);
        this.shares = new Shares(c, numbers, phrases, hedges, units);
        this.counts = new Counts(c, numbers, phrases);
        this.changes = new Changes(c);
        this.durations = new Durations(c, numbers, units);
    }

    /** True where token {@code i} starts a race time on a clock, "2:02:57", which is no time of day. */
    boolean isClock(int i) {
        return durations.isClock(i);
    }

    /** Returns the quantity starting at token {@code i}, or null. */
    Draft read(int i) {
        if (durations.isClock(i)) {
            return durations.clock(i);  // "2:02:57", a race time, before it is taken for a time of day
        }
        Currencies.Prefix prefix = c.is(i, Token.Type.NUMBER) ? null : currencies.prefix(i);
        String currency = prefix != null ? prefix.code() : null;
        int p = prefix != null ? prefix.next() : i;
        Numbers.Num a = numbers.read(p);
        if (a == null) {
            return prefix == null && c.is(i, Token.Type.WORD) ? shares.hedgedFraction(i) : null;
        }
        if (currency != null && "mm".equals(a.physical())) {
            a = new Numbers.Num(Lexicon.scale(a.value(), 6), a.next(), "mm", 6, null, false);  // "$5mm": five million
        }
        if (currency == null) {
            Draft share = shares.read(i, a);
            if (share != null) {
                return share;
            }
        }
        Draft d = new Draft(i);
        d.numberFirst = p;
        d.numberLast = a.next();
        d.value = a.value();
        d.scale = a.scale();
        Units.UnitRead unitA = units.read(a.next(), currency, a.physical());
        int q = unitA != null ? unitA.next() : a.next();
        Numbers.Num b = range(d, q, currency);
        Units.UnitRead unit = unitA;
        int p2 = q;
        if (b != null) {
            if (a.scale() == null && b.scale() != null
                    && a.value().scaleByPowerOfTen(b.exponent()).compareTo(b.value()) <= 0) {
                a = a.rescaled(b.exponent(), b.scale());  // "4 to 5 million"; not "500,000 to a million"
            }
            boolean ascending = a.value().compareTo(b.value()) <= 0;
            Units.UnitRead unitB = ascending ? units.read(b.next(), currency, b.physical()) : null;
            // "4% to 49,489" is a change and its result, not a range: where the first number has a unit of its own,
            // the second must have one too ("4% to 6%"), and the same ("8.1 percent to 99.20 yuan" is two).
            if (ascending && (unitA == null || unitB != null && unitB.unit().equals(unitA.unit()))
                    && !changeThenLevel(d.first, a.value(), b.value())) {
                d.lower = a.value();
                d.upper = b.value();
                d.value = null;
                d.scale = b.scale() != null ? b.scale() : a.scale();
                d.numberLast = b.next();
                unit = unitB != null ? unitB : unitA;
                p2 = unitB != null ? unitB.next() : b.next();
                d.hedge = Hedge.RANGE;
            }
        }
        if (a.words() && d.lower == null && d.scale == null && unit == null && currency == null
                && c.lower(p).equals("one") && a.value().compareTo(BigDecimal.ONE) == 0 && !boundBefore(p)
                && !oneCounts(a.next())) {
            return null;  // "one of the", "one day"; but "at least one dose" is a count
        }
        d.next = p2;
        Units.apply(d, unit, currency);
        if (currency == null && !d.isRange() && minusBefore(p)) {
            d.value = d.value.negate();
            d.first = p - 1;
            d.numberFirst = p - 1;
        }
        if (!d.isRange()) {
            hedges.hedge(d, false);
            if (d.kind == Mention.Kind.DURATION && d.hedge == Hedge.MORE_THAN && overMeansDuring(d.first)) {
                d.hedge = Hedge.EXACT;
                d.first = d.numberFirst;
            }
            if (d.hedge == Hedge.EXACT) {
                hedges.ceilingOrFloor(d);
            }
            hedges.estimated(d);
        }
        if (d.kind == Mention.Kind.QUANTITY) {
            counts.counted(d);
        } else if (d.kind == Mention.Kind.PERCENT && c.word(d.next, "of")) {
            int j = c.word(d.next + 1, "the") ? d.next + 2 : d.next + 1;
            d.counted = phrases.counted(j);
        }
        if (d.kind == Mention.Kind.CURRENCY) {
            secondary(d);
        }
        if (d.kind == Mention.Kind.DURATION) {
            durations.compound(d);
            d.anchor = phrases.anchor(d.next);
        }
        units.rate(d);
        changes.mark(d);
        return d;
    }

    /** Nouns of one person whose plural is no "-s" form, or not in {@link Lexicon#PERSONS}. */
    private static final Set<String> ONE_PERSON = Set.of("person", "man", "woman", "child");

    /**
     * True where the word "one" before token {@code j} is a count: of a person ("one person", "one child") or of a
     * counted whole ("one of his seven marathons").
     */
    private boolean oneCounts(int j) {
        String w = c.is(j, Token.Type.WORD) ? c.lower(j) : "";
        if (ONE_PERSON.contains(w) || Lexicon.PERSONS.contains(w + "s")) {
            return true;
        }
        int k = c.word(j + 1, "the") || c.word(j + 1, "his") || c.word(j + 1, "her") || c.word(j + 1, "its")
                || c.word(j + 1, "their") ? j + 2 : j + 1;
        return c.word(j, "of") && (c.is(k, Token.Type.NUMBER) || c.mayBeNumberWord(k));
    }

    /** True where "at least", "at most" or "more than" / "less than" / "fewer than" stands before token {@code p}. */
    private boolean boundBefore(int p) {
        int b = c.skipStarsBack(p - 1);
        return c.word(b, "least") || c.word(b, "most") || c.word(b, "than");
    }

    /**
     * True where a minus sign stands right before the number at {@code p} and apart from what precedes it: "-73C",
     * "fell to −0.3%", but not the dash of "2020-2022" or "F-16"; or the word "minus" after anything but a number.
     */
    private boolean minusBefore(int p) {
        int m = p - 1;
        if (c.word(m, "minus") && !c.is(c.skipStarsBack(m - 1), Token.Type.NUMBER)) {
            return true;  // "temperatures of minus 2C"; not "10 minus 2"
        }
        if (m < 0 || c.spaceBefore(p)) {
            return false;
        }
        Token.Type type = c.tokens.type(m);
        char sign = c.chars[c.start(m)];
        boolean minus = type == Token.Type.DASH && sign == '-' || type == Token.Type.PUNCT && sign == '−';
        return minus && (m == 0 || c.spaceBefore(m) || c.punct(m - 1, '('));
    }

    /** Words before "over" and a duration that make it "more than": "took over 11 years", "for over a decade". */
    private static final Set<String> OVER_MEANS_MORE_AFTER = Set.of("took", "take", "takes", "taken", "taking",
            "lasted", "last", "lasts", "lasting", "waited", "wait", "waits", "waiting", "spent", "spend", "spends",
            "spending", "for", "in", "after", "within", "of", "than");

    /**
     * True where the hedge word at {@code first} is "over" before a duration and means "during", not "more than":
     * "stealing £2.3 million over 11 years", "competed over 19 days". It means "more than" after a verb of lasting
     * or a preposition ("took over 11 years", "in over a decade") and at the start of a sentence.
     */
    private boolean overMeansDuring(int first) {
        int before = c.skipStarsBack(first - 1);
        return c.word(first, "over") && c.is(before, Token.Type.WORD) && !OVER_MEANS_MORE_AFTER.contains(c.lower(before));
    }

    /** Reads the second number of a range after a connector at {@code q}, or returns null. */
    private Numbers.Num range(Draft d, int q, String currency) {
        int r;
        boolean dash = c.is(q, Token.Type.DASH);
        boolean to = !dash && c.word(q, "to");
        if (!dash && !to && !c.word(q, "and")) {
            return c.word(q, "or") && q == d.numberLast ? neighbour(d, q + 1) : null;
        }
        int before = c.skipStarsBack(d.first - 1);
        if (c.word(before, "than")) {
            return null;  // "rose by 5.3% or more than £9,000 to £186,553": a change and the level it reaches
        }
        boolean between = c.word(before, "between");
        if (changes.changesFrom(d.first)) {
            return null;  // "rose from 3% to 5%", "rose sharply, from an estimate of 130,000 to 168,000": two levels
        }
        if (dash) {
            r = c.word(q + 1, "to") && c.is(q + 2, Token.Type.DASH) ? q + 3 : q + 1;
        } else if (to || between) {
            r = q + 1;  // "2 to 5", "between 2 and 5", and the loose "between two to four inches"
        } else {
            return null;
        }
        if ((dash || to) && (c.word(r, "over") || c.word(r, "more") && c.word(r + 1, "than"))) {
            r = c.word(r, "over") ? r + 1 : r + 2;  // "from 2 to over 5 inches": the range ends at its open bound
        }
        Currencies.Prefix again = currency != null && !c.is(r, Token.Type.NUMBER) ? currencies.prefix(r) : null;
        if (again != null && again.code().equals(currency)) {
            r = again.next();  // "$3 to $5", "A$20 to A$30"
        }
        Numbers.Num b = numbers.read(r);
        if (b != null && (between || c.word(c.skipStarsBack(d.first - 1), "from"))) {
            d.first = c.skipStarsBack(d.first - 1);
        }
        return b;
    }

    /**
     * Reads the second of two neighbouring counts joined by "or" as a range's upper bound: "8 or 9 hours", "two or three
     * days". Only a bare first number (no unit, no scale) and a second at most twice it: "5 or 50" offers two figures.
     */
    private Numbers.Num neighbour(Draft d, int r) {
        Numbers.Num b = numbers.read(r);
        boolean near = b != null && d.scale == null && b.scale() == null && d.value.signum() > 0
                && b.value().compareTo(d.value) > 0 && b.value().compareTo(d.value.add(d.value)) <= 0;
        return near ? b : null;
    }

    /**
     * True where "X to Y" after a word of change is the change and the level it reaches, not a range: "fell 40.97 to
     * 2,647.00", "rose $3.18 to $77.91 per barrel". A range of change ("rise 2 to 3 percent") has bounds of one size;
     * a level is more than twice its change.
     */
    private boolean changeThenLevel(int first, BigDecimal a, BigDecimal b) {
        int before = c.skipStarsBack(first - 1);
        if (c.word(before, "by")) {
            before = c.skipStarsBack(before - 1);
        }
        return changes.isChangeWord(before) && b.abs().compareTo(a.abs().multiply(BigDecimal.valueOf(2))) > 0;
    }

    /** Reads "(about $11 billion)" after an amount into its secondary currency. */
    private void secondary(Draft d) {
        if (!c.punct(d.next, '(')) {
            return;
        }
        for (int j = d.next + 1; j <= d.next + 4 && c.has(j); j++) {
            if (c.is(j, Token.Type.NUMBER) || currencies.prefix(j) != null) {
                Draft inner = read(j);
                if (inner != null && inner.kind == Mention.Kind.CURRENCY && c.punct(inner.next, ')')
                        && inner.first > d.next) {
                    d.secondaryDraft = inner;
                    d.resume = inner.next + 1;
                }
                return;
            }
        }
    }
}
