package org.claimstat.extract;

import java.util.Locale;
import java.util.Optional;
import org.claimstat.Unit;

/** Reads the unit after a number: percent, a currency word or code, a physical or time unit, degrees. */
final class Units {
    private final Ctx c;

    Units(Ctx c) {
        this.c = c;
    }

    /** A unit read after a number; {@code exponent} rescales the number into it (-2 for basis points to percent). */
    record UnitRead(Unit unit, Mention.Kind kind, int next, int exponent) {
        UnitRead(Unit unit, Mention.Kind kind, int next) {
            this(unit, kind, next, 0);
        }
    }

    /** Returns the unit written at token {@code p}, or null; {@code physical} is a unit suffix already read ("5GW"). */
    UnitRead read(int p, String currency, String physical) {
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
        if (j == p && COMPASS.contains(raw) && c.capitalised(j + 1)) {
            return new UnitRead(Lexicon.unit("mi"), Mention.Kind.PHYSICAL, j);  // "9 NW Britton": miles north-west of it
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
            if ("km".equals(length) || "m".equals(length) || "mi".equals(length) || "ft".equals(length)) {
                return new UnitRead(Lexicon.unit(length + "²"), Mention.Kind.PHYSICAL, j + 2);
            }
        }
        if (lower.equals("cubic") && "m".equals(Lexicon.PHYSICAL.get(c.lower(j + 1)))) {
            return new UnitRead(Lexicon.unit("m³"), Mention.Kind.PHYSICAL, j + 2);
        }
        if (lower.equals("basis") && (c.word(j + 1, "points") || c.word(j + 1, "point"))
                || lower.equals("bps") || lower.equals("bp")) {
            return new UnitRead(Unit.PERCENT, Mention.Kind.PERCENT, lower.equals("basis") ? j + 2 : j + 1, -2);
        }
        if (lower.equals("parts") && c.word(j + 1, "per") && (c.word(j + 2, "million") || c.word(j + 2, "billion"))) {
            return new UnitRead(Lexicon.unit(c.word(j + 2, "million") ? "ppm" : "ppb"), Mention.Kind.PHYSICAL, j + 3);
        }
        if ((lower.equals("cents") || lower.equals("cent") || lower.equals("penny") || lower.equals("pennies"))
                && !c.word(j - 1, "per")) {
            return new UnitRead(Lexicon.unit("USD"), Mention.Kind.CURRENCY, j + 1, -2);  // "15 cents": 0.15 dollars
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
        UnitRead national = national(j);
        if (national != null) {
            return national;
        }
        if ((lower.equals("kilowatt") || lower.equals("megawatt") || lower.equals("gigawatt") || lower.equals("terawatt"))
                && (c.tightDash(j + 1) ? c.word(j + 2, "hours") || c.word(j + 2, "hour") : c.word(j + 1, "hours"))) {
            return new UnitRead(Lexicon.unit(Lexicon.PHYSICAL.get(lower) + "h"), Mention.Kind.PHYSICAL,
                    c.tightDash(j + 1) ? j + 3 : j + 2);  // "megawatt-hours"
        }
        String code = Currencies.CODES.contains(raw) ? raw : Currencies.WORDS.get(lower);
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

    /**
     * Reads a currency named by a country's word and a currency word: "Australian dollars" (AUD), "Swiss francs",
     * "Hong Kong dollars", "South African rand"; null for anything else.
     */
    private UnitRead national(int j) {
        if (!c.capitalised(j) || !c.is(j + 1, Token.Type.WORD)) {
            return null;
        }
        String two = Currencies.NATIONAL.get(c.lower(j) + " " + singular(c.lower(j + 1)));
        if (two != null) {
            return new UnitRead(Lexicon.unit(two), Mention.Kind.CURRENCY, j + 2);
        }
        String three = c.capitalised(j + 1) && c.is(j + 2, Token.Type.WORD)
                ? Currencies.NATIONAL.get(c.lower(j + 1) + " " + singular(c.lower(j + 2))) : null;
        return three == null ? null : new UnitRead(Lexicon.unit(three), Mention.Kind.CURRENCY, j + 3);
    }

    /** The singular of a currency word: "dollars" is "dollar", "kroner" and "kronor" are "krone" and "krona". */
    private static String singular(String word) {
        return word.equals("kroner") ? "krone" : word.equals("kronor") ? "krona" : word.equals("pesos") ? "peso"
                : word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }

    /** Points of the compass after a distance in a weather report, "12 SSW Harrold": miles that way of a place. */
    private static final java.util.Set<String> COMPASS = java.util.Set.of("N", "S", "E", "W", "NE", "NW", "SE", "SW",
            "NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW");

    /** What a rate is per, and the token after it. */
    record Per(String unit, int next) {
    }

    /** Words after "per" that name no unit: "per cent" is percent, read before. */
    private static final java.util.Set<String> NOT_PER = java.util.Set.of("cent", "cents", "se", "the", "a", "an");
    /** Words after "a" that an amount of money is per: "$3.05 a gallon", "£120 a night". */
    private static final java.util.Set<String> PRICED_PER = java.util.Set.of("gallon", "litre", "liter", "barrel", "share",
            "night", "head", "tonne", "ton", "kilo", "kg", "pound", "ounce", "unit", "person", "pack", "dose", "ticket",
            "seat", "hour", "day", "week", "month", "year", "mile", "kilometre", "kilometer", "megawatt-hour", "kwh",
            "bushel");
    /** Words after "a year" that make it no rate: "a year ago", "a year earlier". */
    private static final java.util.Set<String> AGO = java.util.Set.of("ago", "earlier", "later", "before", "after",
            "since", "on", "from", "old", "long", "to");

    /** Days of the week, after which "on" dates a rate rather than counting from it: "a million barrels a day on Sunday". */
    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /** True where the word at {@code k} makes "a year" before it no rate: "a year ago", "a year on from"; not "on Sunday". */
    private boolean ago(int k) {
        if (!c.is(k, Token.Type.WORD) || !AGO.contains(c.lower(k))) {
            return false;
        }
        return !c.word(k, "on") || !c.is(k + 1, Token.Type.WORD) || !WEEKDAYS.contains(c.lower(k + 1));
    }

    /** True where "and" or "or" at {@code k} goes on a duration: "a year and a half", "a day or two". */
    private boolean andMore(int k) {
        return (c.word(k, "and") || c.word(k, "or")) && (c.word(k + 1, "a") || c.word(k + 1, "half")
                || c.is(k + 1, Token.Type.NUMBER) || c.mayBeNumberWord(k + 1));
    }

    /**
     * Reads what an amount is per at token {@code j}: "per gallon", "per capita", "per day", "/day", "a year", "an
     * hour" (a time word), and for money "a gallon", "a share", "a night"; else null. A time word gives its symbol
     * ({@code year}, {@code h}), a unit word its symbol ({@code gal}), any other noun its singular ({@code capita},
     * {@code share}).
     */
    Per per(int j, boolean money) {
        int n = c.word(j, "per") && c.tightDash(j + 1) ? j + 2 : j + 1;  // "bushel-per-acre"
        boolean slash = c.punct(j, '/') && !c.spaceBefore(n);
        boolean word = c.word(j, "per") || slash;
        boolean article = !word && (c.word(j, "a") || c.word(j, "an"));
        if (!word && !article || !c.is(n, Token.Type.WORD)) {
            return null;
        }
        if (article && money && c.word(n, "troy") && c.is(n + 1, Token.Type.WORD)) {
            n++;  // "$1,233.98 a troy ounce"
        }
        String w = c.lower(n);
        if (article && (ago(n + 1) || andMore(n + 1)
                || !money && Lexicon.DURATIONS.get(w) == null || money && !PRICED_PER.contains(w))) {
            return null;
        }
        if (NOT_PER.contains(w) || Lexicon.STOP.contains(w) && !w.equals("head")) {
            return null;
        }
        String time = w.equals("annum") ? "year" : Lexicon.DURATIONS.get(w);
        String physical = Lexicon.PHYSICAL.containsKey(c.raw(n)) ? Lexicon.PHYSICAL.get(c.raw(n))
                : Lexicon.PHYSICAL.get(w);
        if (time == null && physical == null && !w.equals("capita") && !Character.isLetter(w.charAt(0))) {
            return null;
        }
        String unit = time != null ? time : physical != null ? physical : w.equals("capita") ? "capita"
                : w.equals("pound") || w.equals("pounds") ? "lb"
                : Phrases.countUnit(w).symbol();
        return new Per(unit, n + 1);
    }

    /**
     * Reads the rate an amount is written as, after its unit or its counted noun: "$3 per gallon" is USD per gal,
     * "300 people per day" persons per day, "2 million tonnes a year" t per year; "km per hour" becomes km/h. The span
     * takes the words of the rate, except for a count, whose span ends at its number. A plain amount of money with no
     * rate of its own takes that of a price named in its sentence ("$2.39, the lowest price per gallon").
     */
    void rate(Draft d) {
        if (d.kind == Mention.Kind.DATE || d.kind == Mention.Kind.RANK || d.per != null || !c.has(d.next)) {
            return;
        }
        int j = d.next;
        if (d.kind == Mention.Kind.QUANTITY && !d.counted.isEmpty() && c.reading.startsWith(d.counted, c.start(j))) {
            int end = c.start(j) + d.counted.length();
            while (c.has(j) && c.end(j) <= end) {
                j++;
            }
        }
        if (c.tightDash(j) && c.word(j + 1, "per")) {
            j++;  // "a 129-bushel-per-acre average"
        }
        int aside = j;
        j = pastAside(d, j);
        boolean skipped = j != aside;  // what came between stays out of the mention's text, and open to other readers
        Per per = c.word(j - 1, "bpd") && d.unit.symbol().equals("bbl") ? new Per("day", j)
                : per(j, d.kind == Mention.Kind.CURRENCY);  // "1.1 million bpd": barrels per day
        if (per == null) {
            Per price = d.kind == Mention.Kind.CURRENCY && d.scale == null ? pricePer(d) : null;
            d.per = price == null ? null : price.unit();
            return;
        }
        String symbol = d.unit.symbol();
        if (d.kind == Mention.Kind.PHYSICAL && (per.unit().equals("h") || per.unit().equals("s"))
                && (symbol.equals("km") || symbol.equals("m") || symbol.equals("mi"))) {
            d.unit = Lexicon.unit(symbol.equals("mi") ? "mph" : symbol + "/" + per.unit());
            d.next = skipped ? d.next : per.next();
            return;
        }
        d.per = per.unit();
        if (d.kind != Mention.Kind.QUANTITY && !skipped) {
            d.next = per.next();
        }
    }

    /** How many tokens a conversion in brackets may span: "(310 miles)", "(about 59 miles)". */
    private static final int ASIDE_WITHIN = 6;

    /**
     * Returns where the rate of a measure would stand, past what may come between it and its rate: a conversion in
     * brackets ("500 kilometers (310 miles) an hour": both are per hour), the bracket that closes the conversion
     * itself, or what a physical measure is of ("85 million kilowatt-hours of electricity a year").
     */
    private int pastAside(Draft d, int j) {
        if (c.punct(j, ')') && c.punct(d.first - 1, '(')) {
            return j + 1;
        }
        if (c.punct(j, '(')) {
            for (int k = j + 1; k <= j + ASIDE_WITHIN && c.has(k); k++) {
                if (c.punct(k, ')')) {
                    return per(k + 1, d.kind == Mention.Kind.CURRENCY) != null ? k + 1 : j;
                }
            }
        }
        if (d.kind == Mention.Kind.PHYSICAL && c.word(j, "of") && c.is(j + 1, Token.Type.WORD)
                && !Lexicon.STOP.contains(c.lower(j + 1)) && per(j + 2, false) != null) {
            return j + 2;
        }
        return j;
    }

    /** Words naming a price, after which "per gallon" says what the sentence's amounts of money are per. */
    private static final java.util.Set<String> PRICE_WORDS = java.util.Set.of("price", "prices", "cost", "costs");
    /** How many tokens either way the sentence of an amount is searched for a price per something. */
    private static final int SENTENCE_WITHIN = 40;

    /**
     * Returns what a plain amount of money is per where its sentence names a price per something elsewhere: "$2.39,
     * the lowest average price per gallon since 2009" is dollars per gallon; else null.
     */
    private Per pricePer(Draft d) {
        for (int k = d.first - 1; k >= 0 && k > d.first - SENTENCE_WITHIN && !c.endsSentence(k); k--) {
            if (c.is(k, Token.Type.WORD) && PRICE_WORDS.contains(c.lower(k)) && c.word(k + 1, "per")) {
                return per(k + 1, true);
            }
            if (c.is(k, Token.Type.WORD) && PRICE_WORDS.contains(c.lower(k)) && c.word(k + 1, "of")) {
                Per of = per(k + 2, true);  // "the average price of a gallon of gasoline slipped 1 penny, to $3.58"
                if (of != null) {
                    return of;
                }
            }
        }
        for (int k = d.next; c.has(k) && k < d.next + SENTENCE_WITHIN && !c.endsSentence(k); k++) {
            if (c.is(k, Token.Type.WORD) && PRICE_WORDS.contains(c.lower(k)) && c.word(k + 1, "per")) {
                return per(k + 1, true);
            }
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

    /** Gives the draft the unit read, or else the currency written before its number. */
    static void apply(Draft d, UnitRead unit, String currency) {
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
}
