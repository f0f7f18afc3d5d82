package org.claimstat.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.claimstat.Hedge;

/**
 * Durations written in parts, read as one quantity in the smallest unit: a race time on a clock ("2:02:57" is 7,377
 * seconds) and a duration in words ("1 hour 21 minutes" is 81 minutes, "2 hours, 1 minute, 25 seconds" 7,285 seconds,
 * "seven years and six months" 90 months).
 */
final class Durations {
    /** The smaller unit that a duration written in parts goes on in, and how many of it make one of the larger. */
    private static final Map<String, String> SMALLER = Map.of("year", "month", "week", "day", "day", "h", "h", "min",
            "min", "s");
    private static final Map<String, Integer> PER = Map.of("year", 12, "week", 7, "day", 24, "h", 60, "min", 60);
    /** Words after a time on a clock that make it a time of day: "10:21:05 pm", "14:02:11 GMT". */
    private static final Set<String> OF_DAY = Set.of("am", "pm", "a", "p", "gmt", "utc", "bst", "cet", "et", "est",
            "edt", "pt", "pst", "pdt", "local", "hrs", "o'clock");

    private final Ctx c;
    private final Numbers numbers;
    private final Units units;

    Durations(Ctx c, Numbers numbers, Units units) {
        this.c = c;
        this.numbers = numbers;
        this.units = units;
    }

    /**
     * Returns true where token {@code i} starts hours, minutes and seconds on a clock, "2:02:57" (hours of one or two
     * digits, minutes and seconds of two, below 60), not followed by a word of the time of day ("pm", "GMT").
     */
    boolean isClock(int i) {
        return c.plainInt(i, 2) >= 0 && twoDigits(i + 2) && twoDigits(i + 4) && c.punct(i + 1, ':')
                && c.punct(i + 3, ':') && !c.spaceBefore(i + 1) && !c.spaceBefore(i + 2) && !c.spaceBefore(i + 3)
                && !c.spaceBefore(i + 4) && !(c.is(i + 5, Token.Type.WORD) && OF_DAY.contains(c.lower(i + 5)));
    }

    private boolean twoDigits(int k) {
        int v = c.plainInt(k, 2);
        return v >= 0 && v < 60 && c.end(k) - c.start(k) == 2;
    }

    /** Reads the clock that {@link #isClock} found at {@code i} as a duration in seconds. */
    Draft clock(int i) {
        Draft d = new Draft(i);
        d.kind = Mention.Kind.DURATION;
        d.unit = Lexicon.unit("s");
        d.value = BigDecimal.valueOf(c.plainInt(i, 2) * 3600L + c.plainInt(i + 2, 2) * 60L + c.plainInt(i + 4, 2));
        d.numberLast = i + 5;
        d.next = i + 5;
        d.hedge = Hedge.EXACT;
        return d;
    }

    /**
     * Reads on a duration written in parts, each in the next smaller unit and joined by nothing, a comma or "and", as
     * one in the smallest: "1 hour 21 minutes" is 81 minutes. Only whole numbers of the larger units.
     */
    void compound(Draft d) {
        while (d.value != null && !d.isRange()) {
            String smaller = SMALLER.get(d.unit.symbol());
            if (smaller == null || d.value.stripTrailingZeros().scale() > 0) {
                return;
            }
            int j = c.punct(d.next, ',') ? d.next + 1 : d.next;
            j = c.word(j, "and") ? j + 1 : j;
            Numbers.Num part = numbers.read(j);
            if (part == null || part.scale() != null || part.physical() != null) {
                return;
            }
            Units.UnitRead unit = units.read(part.next(), null, null);
            if (unit == null || unit.kind() != Mention.Kind.DURATION || !unit.unit().symbol().equals(smaller)) {
                return;
            }
            d.value = d.value.multiply(BigDecimal.valueOf(PER.get(d.unit.symbol()))).add(part.value());
            d.unit = unit.unit();
            d.numberLast = part.next();
            d.next = unit.next();
        }
    }
}
