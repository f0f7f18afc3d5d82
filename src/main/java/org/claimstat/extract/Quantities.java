package org.claimstat.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Hedge;
import org.claimstat.Unit;

/** Reads a quantity at a token: currency prefix, number or range, scale, unit, hedge, counted noun. */
final class Quantities {
    private final Ctx c;
    private final Numbers numbers;
    private final Phrases phrases;

    Quantities(Ctx c, Phrases phrases) {
        this.c = c;
        this.numbers = new Numbers(c);
        this.phrases = phrases;
    }

    /** A unit read after a number; {@code exponent} rescales the number into it (-2 for basis points to percent). */
    private record UnitRead(Unit unit, Mention.Kind kind, int next, int exponent) {
        UnitRead(Unit unit, Mention.Kind kind, int next) {
            this(unit, kind, next, 0);
        }
    }

    /** Returns the quantity starting at token {@code i}, or null. */
    Draft read(int i) {
        int p = i;
        String currency = currencyPrefix(i);
        if (currency != null) {
            p = c.is(i, Token.Type.WORD) && (c.punct(i + 1, '$') || c.punct(i + 1, '.')) ? i + 2 : i + 1;
        }
        Numbers.Num a = numbers.read(p);
        if (a == null) {
            return null;
        }
        if (currency != null && "mm".equals(a.physical())) {
            a = new Numbers.Num(Lexicon.scale(a.value(), 6), a.next(), "mm", 6, null, false);  // "$5mm": five million
        }
        if (currency == null) {
            Draft share = ratio(i, a);
            share = share != null ? share : fraction(i, a);
            if (share != null) {
                return share;
            }
        }
        Draft d = new Draft(i);
        d.numberFirst = p;
        d.numberLast = a.next();
        d.value = a.value();
        d.scale = a.scale();
        UnitRead unitA = unit(a.next(), currency, a.physical());
        int q = unitA != null ? unitA.next() : a.next();
        Numbers.Num b = range(d, q, currency);
        UnitRead unit = unitA;
        int p2 = q;
        if (b != null) {
            if (a.scale() == null && b.scale() != null) {
                a = a.rescaled(b.exponent(), b.scale());
            }
            boolean ascending = a.value().compareTo(b.value()) <= 0;
            UnitRead unitB = ascending ? unit(b.next(), currency, b.physical()) : null;
            // "4% to 49,489" is a change and its result, not a range: where the first number has a unit of its own,
            // the second must have one too ("4% to 6%").
            if (ascending && (unitA == null || unitB != null)) {
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
                && c.lower(p).equals("one")) {
            return null;
        }
        d.next = p2;
        applyUnit(d, unit, currency);
        if (currency == null && !d.isRange() && minusBefore(p)) {
            d.value = d.value.negate();
            d.first = p - 1;
            d.numberFirst = p - 1;
        }
        if (!d.isRange()) {
            phrases.hedge(d, false);
            if (d.kind == Mention.Kind.DURATION && d.hedge == Hedge.MORE_THAN && overMeansDuring(d.first)) {
                d.hedge = Hedge.EXACT;
                d.first = d.numberFirst;
            }
            if (d.hedge == Hedge.EXACT) {
                phrases.ceilingOrFloor(d);
            }
        }
        if (d.kind == Mention.Kind.QUANTITY) {
            counted(d);
        } else if (d.kind == Mention.Kind.PERCENT && c.word(d.next, "of")) {
            int j = c.word(d.next + 1, "the") ? d.next + 2 : d.next + 1;
            d.counted = phrases.counted(j);
        }
        if (d.kind == Mention.Kind.CURRENCY) {
            secondary(d);
        }
        if (d.kind == Mention.Kind.DURATION) {
            compoundDuration(d);
            d.anchor = phrases.anchor(d.next);
        }
        return d;
    }

    /** The smaller unit that a duration written in two parts goes on in, and how many of it make one of the larger. */
    private static final java.util.Map<String, String> SMALLER = java.util.Map.of("year", "month", "week", "day", "day",
            "h", "h", "min");
    private static final java.util.Map<String, Integer> PER = java.util.Map.of("year", 12, "week", 7, "day", 24, "h", 60);

    /**
     * Reads a duration written in two parts as one in the smaller unit: "1 hour 21 minutes" is 81 minutes, "seven
     * years and six months" 90 months. Only a whole number of the larger unit and a stated value of each.
     */
    private void compoundDuration(Draft d) {
        String smaller = SMALLER.get(d.unit.symbol());
        if (smaller == null || d.isRange() || d.value == null || d.value.stripTrailingZeros().scale() > 0) {
            return;
        }
        int j = c.word(d.next, "and") ? d.next + 1 : d.next;
        Numbers.Num part = numbers.read(j);
        if (part == null || part.scale() != null || part.physical() != null) {
            return;
        }
        UnitRead unit = unit(part.next(), null, null);
        if (unit == null || unit.kind() != Mention.Kind.DURATION || !unit.unit().symbol().equals(smaller)) {
            return;
        }
        d.value = d.value.multiply(BigDecimal.valueOf(PER.get(d.unit.symbol()))).add(part.value());
        d.unit = unit.unit();
        d.numberLast = part.next();
        d.next = unit.next();
    }

    /**
     * True where a minus sign stands right before the number at {@code p} and apart from what precedes it: "-73C",
     * "fell to −0.3%", but not the dash of "2020-2022" or "F-16".
     */
    private boolean minusBefore(int p) {
        int m = p - 1;
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

    /**
     * Sets what a count counts: the noun after it, else the noun of its whole ("41 of the 215 trusts"), of its label
     * ("Passengers: 48.2 million") or of the subject of its verb ("potholes rose to 31,000"); or years where it is an
     * age ("aged 40 to 79").
     */
    private void counted(Draft d) {
        d.counted = phrases.counted(d.next);
        if (d.counted.isEmpty()) {
            d.counted = countedOfWhole(d.next);
        }
        if (d.counted.isEmpty()) {
            d.counted = label(d.first);
        }
        // Only the word just before the number can make it an age ("aged") or the end of a clause with a subject ("to",
        // "at", or the verb itself): this spares runs of bare numbers and of other words the look back.
        int before = c.skipStarsBack(d.first - 1);
        String word = d.counted.isEmpty() && c.is(before, Token.Type.WORD) ? c.lower(before) : null;
        boolean age = word != null && AGE_WORDS.contains(word);
        if (word != null && !age && (word.equals("to") || word.equals("at") || LEVEL_VERBS.contains(word))) {
            d.counted = subject(d.first);
        }
        d.unit = age ? Lexicon.unit("year") : Phrases.countUnit(d.counted);
        d.kind = age ? Mention.Kind.DURATION : d.kind;
    }

    /** Verbs of level and change whose subject a bare count after them counts: "potholes rose by a fifth to 31,000". */
    private static final Set<String> LEVEL_VERBS = Set.of("rose", "fell", "grew", "dropped", "climbed", "jumped",
            "increased", "decreased", "declined", "stood", "reached", "totalled", "totaled", "numbered", "were", "was",
            "hit", "soared", "plunged", "slumped", "doubled", "halved", "shrank", "swelled", "peak", "peaks",
            "peaked");
    /** Plural nouns that measure rather than count; a count after their verb is not of them ("prices rose to 300"). */
    private static final Set<String> MEASURES = Set.of("numbers", "figures", "levels", "totals", "rates", "prices",
            "sizes", "lists", "sales", "shares", "costs", "revenues", "profits", "exports", "imports", "earnings",
            "values", "volumes", "temperatures", "yields", "rents", "wages", "salaries", "fees", "bills", "estimates");
    /** How many tokens back from a bare count its subject's verb is looked for. */
    private static final int SUBJECT_WITHIN = 8;

    /**
     * Returns the subject of the verb of level or change that a bare count completes, within its sentence: "potholes"
     * in "potholes rose by a fifth to 31,000", "Britons" in "Britons were the largest group, at 18.4 million", and
     * "Staff" in "Staff numbers grew by 4.1 per cent to 1.26 million" (a noun that measures gives way to the person
     * noun before it). The subject is the plural noun just before the verb; else "".
     */
    private String subject(int first) {
        int numbers = 0;
        for (int k = first - 1; k >= 0 && k >= first - SUBJECT_WITHIN; k--) {
            Token.Type type = c.tokens.type(k);
            if (type == Token.Type.NUMBER && ++numbers > 1 || c.endsSentence(k)) {
                return "";  // one number may stand between, the change ("fell 4% to 49,489"); a second ends the search
            }
            if (type == Token.Type.WORD && LEVEL_VERBS.contains(c.lower(k))) {
                int noun = subjectNoun(k - 1);
                if (!c.is(noun, Token.Type.WORD) || !Phrases.isPlural(c.lower(noun)) || Lexicon.STOP.contains(c.lower(noun))) {
                    return "";
                }
                if (!MEASURES.contains(c.lower(noun))) {
                    return c.raw(noun);
                }
                boolean people = c.is(noun - 1, Token.Type.WORD) && Lexicon.PERSONS.contains(c.lower(noun - 1));
                return people ? c.raw(noun - 1) : "";
            }
        }
        return "";
    }

    /** Adverbs that may stand between a subject and its verb: "boardings now peak at 1.6 million". */
    private static final Set<String> ADVERBS = Set.of("now", "still", "also", "currently", "already", "typically",
            "usually", "often", "again", "then", "together");
    /** Prepositions that start a phrase between a subject and its verb: "potholes in the borough rose to 31,000". */
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("across", "in", "on", "at", "of", "for", "from",
            "with", "within", "throughout", "over", "under", "during", "per");
    /** How many words a phrase between a subject and its verb may have, its preposition included. */
    private static final int PHRASE_WITHIN = 4;

    /**
     * Returns the token of the subject's noun for the verb after {@code j}: {@code j} itself, or the word before an
     * adverb ("boardings now peak") or before a short phrase that starts with a preposition ("boardings across the
     * network peak"). The caller checks that it is a plural noun.
     */
    private int subjectNoun(int j) {
        while (c.is(j, Token.Type.WORD) && ADVERBS.contains(c.lower(j))) {
            j--;
        }
        if (c.is(j, Token.Type.WORD) && Phrases.isPlural(c.lower(j))) {
            return j;
        }
        for (int k = j; k > j - PHRASE_WITHIN && c.is(k, Token.Type.WORD); k--) {
            if (SUBJECT_PREPOSITIONS.contains(c.lower(k))) {
                return k - 1;
            }
        }
        return j;
    }

    /** Words before a number that make it an age in years: "aged 40 to 79", "at age 65". */
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

    /**
     * Returns the label of a line of figures, where a bare count follows it and a colon: "Passengers" in "Passengers:
     * 48.2 million", so the count counts passengers. The label must be one plural noun at the start of a line or
     * list item; else "".
     */
    private String label(int first) {
        if (!c.punct(first - 1, ':') || !c.is(first - 2, Token.Type.WORD)) {
            return "";
        }
        int start = first - 3;
        boolean lineStart = start < 0 || c.is(start, Token.Type.BREAK) || c.is(start, Token.Type.DASH)
                || c.punct(start, '*') || c.punct(start, '•');
        String label = c.raw(first - 2);
        return lineStart && Phrases.isPlural(label.toLowerCase(Locale.ROOT)) ? label : "";
    }

    /** Words between "of" and the whole a part belongs to: "41 of the 215 trusts", "2,000 of its staff". */
    private static final Set<String> OF_DETERMINERS = Set.of("the", "its", "their", "our", "his", "her", "these",
            "those");

    /**
     * Returns the noun of the whole that a bare count is part of, so both count the same thing: "trusts" in "41 of
     * the 215 trusts" and "applications" in "181,000 of the applications"; or "" where "of" (and a determiner) at
     * {@code j} is followed by neither a count with a noun nor a plural noun, or the whole is a unit ("9 of the 12
     * months").
     */
    private String countedOfWhole(int j) {
        if (!c.word(j, "of")) {
            return "";
        }
        int k = c.is(j + 1, Token.Type.WORD) && OF_DETERMINERS.contains(c.lower(j + 1)) ? j + 2 : j + 1;
        Numbers.Num whole = numbers.read(k);
        String counted;
        if (whole != null) {
            counted = whole.physical() == null ? phrases.counted(whole.next()) : "";
        } else {
            counted = phrases.counted(k);
            int space = counted.lastIndexOf(' ');
            if (!counted.isEmpty() && !Phrases.isPlural(counted.substring(space + 1).toLowerCase(Locale.ROOT))) {
                return "";
            }
        }
        return Phrases.countUnit(counted).kind() == Unit.Kind.COUNT ? counted : "";
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
                || unit(b.next(), null, null) != null) {
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
        phrases.hedge(d, false);
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

    /**
     * Returns the currency written before the number at or after {@code i}: a symbol ("$", "€"), letters and a dollar
     * sign ("US$", "A$", "HK$"), "Rs" or "Rs." (rupees), or an ISO code ("NOK 120 billion"); else null.
     */
    private String currencyPrefix(int i) {
        if (c.is(i, Token.Type.SYMBOL) && Lexicon.CURRENCY_SYMBOLS.containsKey(c.raw(i))) {
            return Lexicon.CURRENCY_SYMBOLS.get(c.raw(i));
        }
        if (c.is(i, Token.Type.WORD) && c.punct(i + 1, '$') && !c.spaceBefore(i + 1)
                && Lexicon.DOLLAR_PREFIXES.containsKey(c.raw(i))) {
            return Lexicon.DOLLAR_PREFIXES.get(c.raw(i));
        }
        if (c.word(i, "Rs") && (c.is(i + 1, Token.Type.NUMBER)
                || c.punct(i + 1, '.') && !c.spaceBefore(i + 1) && c.is(i + 2, Token.Type.NUMBER))) {
            return "INR";
        }
        if (c.is(i + 1, Token.Type.NUMBER) && c.is(i, Token.Type.WORD) && Lexicon.CURRENCY_CODES.contains(c.raw(i))) {
            return c.raw(i);
        }
        return null;
    }

    /** Reads the second number of a range after a connector at {@code q}, or returns null. */
    private Numbers.Num range(Draft d, int q, String currency) {
        int r;
        boolean dash = c.is(q, Token.Type.DASH);
        boolean to = !dash && c.word(q, "to");
        if (!dash && !to && !c.word(q, "and")) {
            return null;
        }
        boolean between = c.word(c.skipStarsBack(d.first - 1), "between");
        if (dash) {
            r = c.word(q + 1, "to") && c.is(q + 2, Token.Type.DASH) ? q + 3 : q + 1;
        } else if (to != between) {
            r = q + 1;
        } else {
            return null;
        }
        if (currency != null && c.is(r, Token.Type.SYMBOL) && currency.equals(Lexicon.CURRENCY_SYMBOLS.get(c.raw(r)))) {
            r++;
        } else if (currency != null && c.is(r, Token.Type.WORD) && c.punct(r + 1, '$') && !c.spaceBefore(r + 1)
                && currency.equals(Lexicon.DOLLAR_PREFIXES.get(c.raw(r)))) {
            r += 2;  // "A$20 to A$30"
        }
        Numbers.Num b = numbers.read(r);
        if (b != null && (between || c.word(c.skipStarsBack(d.first - 1), "from"))) {
            d.first = c.skipStarsBack(d.first - 1);
        }
        return b;
    }

    private UnitRead unit(int p, String currency, String physical) {
        if (physical != null) {
            return perTime(physical, p);
        }
        String degrees = c.is(p, Token.Type.PUNCT) ? degrees(p) : null;
        if (degrees != null) {
            return new UnitRead(Lexicon.unit(degrees), Mention.Kind.PHYSICAL, c.punct(p, '°') ? p + 2 : p + 1);
        }
        int j = c.tightDash(p) && c.is(p + 1, Token.Type.WORD) ? p + 1 : p;
        if (c.punct(j, '%')) {
            return new UnitRead(Unit.PERCENT, Mention.Kind.PERCENT, j + 1);
        }
        if (!c.is(j, Token.Type.WORD)) {
            return null;
        }
        String raw = c.raw(j);
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.equals("percent") || lower.equals("pct")) {
            return new UnitRead(Unit.PERCENT, Mention.Kind.PERCENT, j + 1);
        }
        if (lower.equals("percentage")) {
            int point = c.tightDash(j + 1) ? j + 2 : j + 1;  // "percentage points", "2.5-percentage-point rise"
            return c.word(point, "points") || c.word(point, "point")
                    ? new UnitRead(Unit.PERCENT, Mention.Kind.PERCENT, point + 1) : null;
        }
        if ((lower.equals("degrees") || lower.equals("degree")) && (c.word(j + 1, "celsius") || c.word(j + 1, "fahrenheit"))) {
            return new UnitRead(Lexicon.unit(c.word(j + 1, "celsius") ? "°C" : "°F"), Mention.Kind.PHYSICAL, j + 2);
        }
        if (lower.equals("light") && (c.word(j + 1, "years") || c.word(j + 1, "year"))
                || c.tightDash(j + 1) && lower.equals("light") && c.word(j + 2, "years")) {
            return new UnitRead(Lexicon.unit("ly"), Mention.Kind.PHYSICAL, c.tightDash(j + 1) ? j + 3 : j + 2);
        }
        if ((lower.equals("square") || lower.equals("sq")) && c.is(j + 1, Token.Type.WORD)) {
            String length = Lexicon.PHYSICAL.get(c.lower(j + 1));
            if ("km".equals(length) || "m".equals(length) || "mi".equals(length)) {
                return new UnitRead(Lexicon.unit(length + "²"), Mention.Kind.PHYSICAL, j + 2);
            }
        }
        if (lower.equals("basis") && (c.word(j + 1, "points") || c.word(j + 1, "point"))
                || lower.equals("bps") || lower.equals("bp")) {
            return new UnitRead(Unit.PERCENT, Mention.Kind.PERCENT, lower.equals("basis") ? j + 2 : j + 1, -2);
        }
        if (lower.equals("per") && c.word(j + 1, "cent")) {
            return new UnitRead(Unit.PERCENT, Mention.Kind.PERCENT, j + 2);
        }
        if (raw.equals("US") && c.is(j + 1, Token.Type.WORD) && c.lower(j + 1).startsWith("dollar")) {
            return new UnitRead(Lexicon.unit("USD"), Mention.Kind.CURRENCY, j + 2);
        }
        if (j == p + 1 && lower.equals("pound")) {
            return new UnitRead(Lexicon.unit("lb"), Mention.Kind.PHYSICAL, j + 1);  // "a 50-pound bag" weighs
        }
        String code = Lexicon.CURRENCY_CODES.contains(raw) ? raw : Lexicon.CURRENCY_WORDS.get(lower);
        if (code != null) {
            return new UnitRead(Lexicon.unit(code), Mention.Kind.CURRENCY, j + 1);
        }
        String symbol = Lexicon.PHYSICAL.containsKey(raw) ? Lexicon.PHYSICAL.get(raw) : Lexicon.PHYSICAL.get(lower);
        if (symbol != null) {
            return perTime(symbol, j + 1);
        }
        String time = Lexicon.DURATIONS.get(lower);
        if (time != null) {
            return new UnitRead(Lexicon.unit(time), Mention.Kind.DURATION, j + 1);
        }
        return null;
    }

    /** Returns the physical unit {@code symbol}, per hour or second where "/h" or "/s" follows at {@code p}: "360km/h". */
    private UnitRead perTime(String symbol, int p) {
        if (c.punct(p, '/') && !c.spaceBefore(p) && !c.spaceBefore(p + 1) && (c.word(p + 1, "h") || c.word(p + 1, "s"))) {
            Optional<Unit> speed = Lexicon.physical(symbol + "/" + c.raw(p + 1).toLowerCase(Locale.ROOT));
            if (speed.isPresent()) {
                return new UnitRead(speed.get(), Mention.Kind.PHYSICAL, p + 2);
            }
        }
        return new UnitRead(Lexicon.unit(symbol), Mention.Kind.PHYSICAL, p);
    }

    /** Returns °C or °F where token {@code p} starts "°C", "°F" (no space between), ℃ or ℉; else null. */
    private String degrees(int p) {
        char sign = c.chars[c.start(p)];
        if (sign == '℃' || sign == '℉') {
            return sign == '℃' ? "°C" : "°F";
        }
        if (sign != '°' || !c.is(p + 1, Token.Type.WORD) || c.spaceBefore(p + 1)) {
            return null;
        }
        return c.word(p + 1, "C") ? "°C" : c.word(p + 1, "F") ? "°F" : null;
    }

    private void applyUnit(Draft d, UnitRead unit, String currency) {
        if (unit != null && (currency == null || unit.kind() == Mention.Kind.CURRENCY)) {
            d.unit = unit.unit();
            d.kind = unit.kind();
            if (unit.exponent() != 0) {
                d.value = d.value == null ? null : Lexicon.scale(d.value, unit.exponent());
                d.lower = d.lower == null ? null : Lexicon.scale(d.lower, unit.exponent());
                d.upper = d.upper == null ? null : Lexicon.scale(d.upper, unit.exponent());
            }
        } else if (currency != null) {
            d.unit = Lexicon.unit(currency);
            d.kind = Mention.Kind.CURRENCY;
        }
    }

    /** Reads "(about $11 billion)" after an amount into its secondary currency. */
    private void secondary(Draft d) {
        if (!c.punct(d.next, '(')) {
            return;
        }
        for (int j = d.next + 1; j <= d.next + 4 && c.has(j); j++) {
            if (c.is(j, Token.Type.NUMBER) || c.is(j, Token.Type.SYMBOL) || c.is(j, Token.Type.WORD)
                    && Lexicon.CURRENCY_CODES.contains(c.raw(j))) {
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
