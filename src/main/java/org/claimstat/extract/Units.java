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
