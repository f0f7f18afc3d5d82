package org.claimstat.extract;

import java.time.Month;
import java.util.Set;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;

/**
 * Reads dates: "February 24, 2022", "24 February 2022", "February 2024", "December 30", "the end of
 * March", "2030", "2020-2022", "the 2020s". The day and year inside a date are part of it, never
 * quantities of their own.
 */
final class Dates {
    private static final Set<String> MONTH_ALONE_AFTER = Set.of("in", "of", "by", "since", "until", "early", "late",
            "mid", "last", "next", "this", "from", "through", "before", "after", "during", "to", "and");
    /** "May" is a month alone only after these words ("in May"), never as the verb. */
    private static final Set<String> MAY_AFTER = Set.of("in", "since", "until", "early", "late", "mid", "last",
            "next", "of", "by", "during");
    private static final Set<String> QUALIFIERS = Set.of("end", "beginning", "start", "middle", "early", "late",
            "mid", "spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> NOT_A_YEAR_AFTER = Set.of("percent", "pct", "per", "people", "persons");

    private final Ctx c;
    private final Hedges hedges;

    Dates(Ctx c, Hedges hedges) {
        this.c = c;
        this.hedges = hedges;
    }

    /** Returns the date starting at token {@code i}, or null. */
    Draft read(int i) {
        Draft d = c.month(i) > 0 ? monthFirst(i) : c.is(i, Token.Type.NUMBER) ? numberFirst(i) : null;
        if (d == null) {
            return null;
        }
        d.kind = Mention.Kind.DATE;
        d.unit = org.claimstat.Unit.DATE;
        d.numberFirst = i;
        d.numberLast = d.next;
        partOfYear(d);
        qualifier(d);
        if (!d.isRange()) {
            hedges.hedge(d, true);
        }
        return d;
    }

    private Draft monthFirst(int i) {
        int month = c.month(i);
        int j = c.skipStars(i + 1);
        if (c.punct(j, '.') && !c.spaceBefore(j) && c.end(i) - c.start(i) <= 4 && day(j + 1) > 0) {
            j++;  // "Sept. 21", "Jan. 1"
        }
        int day = day(j);
        Draft d = new Draft(i);
        if (day > 0) {
            Draft days = dayRange(d, month, day, j);
            if (days != null) {
                return days;
            }
            int k = c.punct(j + 1, ',') ? j + 2 : j + 1;
            int year = year(k);
            if (year > 0) {
                return set(d, year, month, day, k + 1);
            }
            return yearless(d, month, day, j + 1);
        }
        int year = year(j);
        if (year > 0) {
            return set(d, year, month, 0, j + 1);
        }
        Draft months = monthRange(d, month, j);
        if (months != null) {
            return months;
        }
        boolean alone = (c.lower(i).length() > 3 && month != 5 || month == 5 && c.is(i - 1, Token.Type.WORD)
                && MAY_AFTER.contains(c.lower(i - 1)))
                && (c.is(i - 1, Token.Type.WORD) && MONTH_ALONE_AFTER.contains(c.lower(c.skipStarsBack(i - 1)))
                || c.is(i - 1, Token.Type.WORD) && (c.raw(i - 1).endsWith("’s") || c.raw(i - 1).endsWith("'s")));
        return alone || monthBeforeLowerCase(i, month) ? yearless(d, month, 0, i + 1) : null;
    }

    /**
     * True where a month's full name stands alone before a word in lower case, so that it is no name of a person:
     * "for September delivery", "near the June low", "December copper rose". Not "May" and "March" (verbs), nor a
     * month after a capitalised word ("Mary June").
     */
    private boolean monthBeforeLowerCase(int i, int month) {
        if (month == 3 || month == 5 || c.end(i) - c.start(i) != MONTH_NAMES[month - 1]
                || c.capitalised(i - 1) && !c.endsSentence(i - 2) && i - 1 > 0) {
            return false;
        }
        int next = c.skipStars(i + 1);
        return c.is(next, Token.Type.WORD) && Character.isLowerCase(c.chars[c.start(next)]);
    }

    /** The length of each month's full name, January to December. */
    private static final int[] MONTH_NAMES = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};

    private Draft numberFirst(int i) {
        if (c.end(i) - c.start(i) > 5) {
            return null;  // no day (two digits and a suffix), year (four) or decade (four and "s") is longer
        }
        Draft dotted = dotted(i);
        if (dotted != null) {
            return dotted;
        }
        int day = day(i);
        int m = c.word(i + 1, "of") ? i + 2 : i + 1;
        if (day > 0 && c.month(m) > 0) {
            int year = year(m + 1);
            Draft d = new Draft(i);
            return year > 0 ? set(d, year, c.month(m), day, m + 2) : yearless(d, c.month(m), day, m + 1);
        }
        int year = year(i);
        year = year > 0 ? year : earlyYear(i);
        if (year <= 0 || c.is(i - 1, Token.Type.SYMBOL) || followedByUnit(i + 1)
                || followedByCount(i) || countHedgeBefore(i)) {
            return decade(i);
        }
        Draft d = new Draft(i);
        int sep = i + 1;
        boolean between = c.word(i - 1, "between");
        boolean joined = c.is(sep, Token.Type.DASH) || c.word(sep, "to") && !between || c.word(sep, "and") && between;
        int second = joined ? year(sep + 1) : -1;
        if (joined && second < 0 && c.is(sep + 1, Token.Type.NUMBER) && c.plainInt(sep + 1, 2) >= 0
                && c.end(sep + 1) - c.start(sep + 1) == 2) {
            second = year / 100 * 100 + c.plainInt(sep + 1, 2);
        }
        boolean season = c.punct(sep, '/') && !c.spaceBefore(sep) && !c.spaceBefore(sep + 1)
                && c.is(sep + 1, Token.Type.NUMBER);
        if (season) {  // a season, "2004/05", "2009/2010": two years running, no other pair
            int digits = c.end(sep + 1) - c.start(sep + 1);
            int next = digits == 2 ? year / 100 * 100 + c.plainInt(sep + 1, 2) : digits == 4 ? year(sep + 1) : -1;
            second = next == year + 1 ? next : -1;
        }
        if (second > year) {
            d.dateLower = PartialDate.ofYear(year);
            d.dateUpper = PartialDate.ofYear(second);
            d.hedge = Hedge.RANGE;
            d.next = sep + 2;
            if (between || c.word(i - 1, "from")) {
                d.first = i - 1;
            }
            return d;
        }
        return set(d, year, 0, 0, i + 1);
    }

    /**
     * Reads a date written with dots, day first: "21.09.2022", "28.07.23". The tokenizer reads "21.09" as one
     * decimal, so the token must be two digits, a dot and two digits, then a dot and a year of two or four digits,
     * all touching.
     */
    private Draft dotted(int i) {
        int s = c.start(i);
        if (c.end(i) - s != 5 || c.suffix(i) != c.end(i) || c.chars[s + 2] != '.' || !c.punct(i + 1, '.')
                || c.spaceBefore(i + 1) || c.spaceBefore(i + 2)) {
            return null;
        }
        int yearDigits = c.end(i + 2) - c.start(i + 2);
        int year = yearDigits == 4 ? year(i + 2) : yearDigits == 2 ? 2000 + c.plainInt(i + 2, 2) : -1;
        int day = twoDigits(s);
        int month = twoDigits(s + 3);
        if (year < 1800 || day < 1 || month < 1 || month > 12 || c.has(i + 3) && c.punct(i + 3, '.')
                && !c.spaceBefore(i + 3) && c.is(i + 4, Token.Type.NUMBER) && !c.spaceBefore(i + 4)) {
            return null;
        }
        return set(new Draft(i), year, month, day, i + 3);
    }

    private int twoDigits(int at) {
        char a = c.chars[at];
        char b = c.chars[at + 1];
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + b - '0' : -1;
    }

    /** "2000 refugees" counts refugees unless a date preposition comes first ("in 2000 refugees ..."). */
    private boolean followedByCount(int i) {
        boolean dated = c.is(i - 1, Token.Type.WORD) && MONTH_ALONE_AFTER.contains(c.lower(i - 1));
        return !dated && c.is(i + 1, Token.Type.WORD) && Character.isLowerCase(c.raw(i + 1).charAt(0))
                && Phrases.isPlural(c.lower(i + 1));
    }

    /**
     * True where a hedge of counts stands before the number at {@code i}: "at least 2000", "more than 2000", "nearly
     * 2000" count something, years are not hedged so.
     */
    private boolean countHedgeBefore(int i) {
        return c.word(i - 1, "least") && c.word(i - 2, "at") || c.word(i - 1, "nearly") || c.word(i - 1, "almost")
                || c.word(i - 1, "than") && (c.word(i - 2, "more") || c.word(i - 2, "fewer") || c.word(i - 2, "less"));
    }

    private boolean followedByUnit(int j) {
        return c.punct(j, '%') || c.is(j, Token.Type.WORD) && (NOT_A_YEAR_AFTER.contains(c.lower(j))
                || Lexicon.SCALES.containsKey(c.lower(j)) || Currencies.WORDS.containsKey(c.lower(j))
                || Lexicon.DURATIONS.containsKey(c.lower(j)) || Lexicon.PHYSICAL.containsKey(c.raw(j)));
    }

    /** Reads "the 2020s" as the years 2020 to 2029. */
    private Draft decade(int i) {
        if (!c.is(i, Token.Type.NUMBER)) {
            return null;
        }
        int tStart = c.start(i);
        int tEnd = c.end(i);
        int tSuffix = c.suffix(i);
        if (tEnd - tStart != 5 || tSuffix != tStart + 4 || c.chars[tSuffix] != 's') {
            return null;
        }
        for (int k = tStart; k < tSuffix; k++) {
            if (c.reading.charAt(k) < '0' || c.reading.charAt(k) > '9') {
                return null;  // "28.9s" is no decade
            }
        }
        int year = Integer.parseInt(c.reading.substring(tStart, tSuffix));
        if (year % 10 != 0 || year < 1000) {
            return null;
        }
        Draft d = new Draft(i);
        d.dateLower = PartialDate.ofYear(year);
        d.dateUpper = PartialDate.ofYear(year + 9);
        d.hedge = Hedge.RANGE;
        d.next = i + 1;
        return d;
    }

    /**
     * Reads "the first quarter of 2016" (2016-01 to 2016-03) and "the second half of 2019" (2019-07 to 2019-12) as the
     * months of the year they name, a range.
     */
    private void partOfYear(Draft d) {
        int j = c.skipStarsBack(d.first - 1);
        if (d.date == null || d.date.month() != 0 || !c.word(j, "of") || !c.is(j - 2, Token.Type.WORD)) {
            return;
        }
        int months = c.word(j - 1, "quarter") ? 3 : c.word(j - 1, "half") ? 6 : 0;
        int part = NumberWords.ordinal(c.lower(j - 2));
        if (months == 0 || part < 1 || part * months > 12) {
            return;
        }
        int year = d.date.year();
        d.dateLower = PartialDate.ofMonth(year, (part - 1) * months + 1);
        d.dateUpper = PartialDate.ofMonth(year, part * months);
        d.date = null;
        d.hedge = Hedge.RANGE;
        d.first = c.word(j - 3, "the") ? j - 3 : j - 2;
    }

    /** Takes "the end of", "early", "mid-" into the span. */
    private void qualifier(Draft d) {
        int j = c.skipStarsBack(d.first - 1);
        if (c.word(j, "of") && c.is(j - 1, Token.Type.WORD) && QUALIFIERS.contains(c.lower(j - 1))) {
            d.first = c.word(j - 2, "the") ? j - 2 : j - 1;
        } else if (c.tightDash(j) && c.word(j - 1, "mid") || c.is(j, Token.Type.WORD) && QUALIFIERS.contains(c.lower(j))
                && !c.word(j, "end")) {
            d.first = c.is(j, Token.Type.DASH) ? j - 1 : j;
        }
    }

    private int day(int j) {
        if (!c.is(j, Token.Type.NUMBER)) {
            return -1;
        }
        int tStart = c.start(j);
        int tEnd = c.end(j);
        int tSuffix = c.suffix(j);
        if (tSuffix - tStart > 2) {
            return -1;
        }
        String suffix = tSuffix < tEnd ? c.reading.substring(tSuffix, tEnd) : "";
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return -1;
        }
        int v = 0;
        for (int k = tStart; k < tSuffix; k++) {
            char ch = c.chars[k];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + ch - '0';
        }
        return v >= 1 && v <= 31 ? v : -1;
    }

    /** Words that make a year of 1000 to 1799 after them a date: "since 1793", "in 1066". */
    private static final Set<String> EARLY_YEAR_AFTER = Set.of("since", "in", "by", "until", "from", "before", "after");

    /**
     * Returns a year of 1000 to 1799 written after a date preposition ("since 1793"), or -1. Alone such a number is
     * more often a count than a year, so {@link #year} starts at 1800.
     */
    private int earlyYear(int j) {
        if (!c.is(j - 1, Token.Type.WORD) || c.end(j) - c.start(j) != 4 || !EARLY_YEAR_AFTER.contains(c.lower(j - 1))) {
            return -1;
        }
        int v = c.plainInt(j, 4);
        return v >= 1000 && v < 1800 ? v : -1;
    }

    private int year(int j) {
        int v = c.plainInt(j, 4);
        return v >= 1800 && v <= 2199 && c.end(j) - c.start(j) == 4 ? v : -1;
    }

    /**
     * Reads a range of days in one month with its year, from the day at {@code j}: "June 13-15, 2024", "June 13 -15,
     * 2024"; "between" or "from" before the month is part of it. Null where no later day and year follow.
     */
    private Draft dayRange(Draft d, int month, int day, int j) {
        if (!c.is(j + 1, Token.Type.DASH) || c.spaceBefore(j + 2)) {
            return null;
        }
        int last = day(j + 2);
        int k = c.punct(j + 3, ',') ? j + 4 : j + 3;
        int year = year(k);
        if (last <= day || year <= 0) {
            return null;
        }
        try {
            return range(d, new PartialDate(year, month, day), new PartialDate(year, month, last), k + 1);
        } catch (IllegalArgumentException noSuchDay) {
            return null;  // "June 30-31, 2024"
        }
    }

    /**
     * Reads a range of months of one year, from the connector at {@code j} after the first month: "between January and
     * June 2019", "from July to September 2024", "March-May 2023". Null where no later month and year follow.
     */
    private Draft monthRange(Draft d, int month, int j) {
        boolean between = c.word(d.first - 1, "between");
        boolean joined = c.is(j, Token.Type.DASH) || c.word(j, "to") && !between || c.word(j, "and") && between;
        int last = joined ? c.month(j + 1) : 0;
        int year = last > month ? year(j + 2) : -1;
        return year > 0 ? range(d, PartialDate.ofMonth(year, month), PartialDate.ofMonth(year, last), j + 3) : null;
    }

    private Draft range(Draft d, PartialDate lower, PartialDate upper, int next) {
        d.dateLower = lower;
        d.dateUpper = upper;
        d.hedge = Hedge.RANGE;
        d.next = next;
        if (c.word(d.first - 1, "between") || c.word(d.first - 1, "from")) {
            d.first--;
        }
        return d;
    }

    private static Draft set(Draft d, int year, int month, int day, int next) {
        try {
            d.date = new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            return null;
        }
        d.next = next;
        return d;
    }

    private static Draft yearless(Draft d, int month, int day, int next) {
        if (day > Month.of(month).maxLength()) {
            return null;
        }
        d.yearless = new Mention.YearlessDate(Month.of(month), day);
        d.next = next;
        return d;
    }
}
