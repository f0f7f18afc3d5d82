package org.claimstat.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.claimstat.Hedge;
import org.claimstat.Interval;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Unit;
import org.claimstat.Value;

/**
 * Numbers, dates, periods and quantities as a reader wants them in charts, reports and terminal
 * tables: thousands separators, units in words, dates to the precision they were written with,
 * never an epoch day or a raw double.
 *
 * <p>Stateless and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.ChartSnippets region=readable}
 */
public final class Readable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Readable() {
    }

    /**
     * Returns {@code value} with thousands separators and at most two decimals ({@code 45,756}, {@code 2.5}); a number
     * nearer 0 than 0.005 but not 0 with three significant digits ({@code 0.00123}, {@code 5E-100}), never as 0;
     * infinities as ∞.
     */
    public static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value != 0 && Math.abs(value) < 0.005) {
            // "#,##0.##" would print 0 for a number that is not 0: three significant digits instead
            BigDecimal small = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
            return small.scale() <= 12 ? small.toPlainString() : small.toString();
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(value);
    }

    /** Returns a number as written, all its digits kept, with thousands separators ({@code 100,715}, {@code 0.125}). */
    public static String number(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return f.format(value);
    }

    /** Returns a date to its precision: {@code 2 Jan 2023}, {@code Jan 2023} or {@code 2023}. */
    public static String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.firstDay());
            case MONTH -> MONTH.format(date.firstDay());
            case YEAR -> Integer.toString(date.year());
        };
    }

    /**
     * Returns a period as briefly as it reads: {@code 2022} for a whole year, {@code Aug 2022} for a
     * whole month, {@code 22 Aug 2022} for a day, else {@code 1 Jan – 22 Aug 2022}; {@code since …},
     * {@code until …}, or {@code no period}.
     */
    public static String period(Period period) {
        if (period.start().isEmpty() && period.end().isEmpty()) {
            return "no period";
        }
        if (period.end().isEmpty()) {
            return "since " + date(period.start().get());
        }
        if (period.start().isEmpty()) {
            return "until " + date(period.end().get());
        }
        LocalDate first = period.firstDay();
        LocalDate last = period.lastDay();
        if (first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()))) {
            return Integer.toString(first.getYear());
        }
        if (first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()))) {
            return MONTH.format(first);
        }
        if (first.equals(last)) {
            return DAY.format(first);
        }
        String from = first.getYear() == last.getYear() ? DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(first)
                : DAY.format(first);
        return from + " – " + DAY.format(last);
    }

    /** Returns the words for a unit after a number: {@code people} (or {@code person} for one), {@code USD}, {@code %}. */
    public static String unit(Unit unit, boolean plural) {
        return switch (unit.kind()) {
            case PERCENT -> "%";
            case COUNT, TIME -> plural ? plural(unit.symbol()) : unit.symbol();
            case RANK -> "out of " + unit.rankOutOf().orElseThrow();
            case DATE -> "";
            default -> unit.symbol();
        };
    }

    /** Returns the hedge as a reader says it: {@code about}, {@code more than}, {@code up to}; empty for exact and ranges. */
    public static String hedge(Hedge hedge) {
        return switch (hedge) {
            case APPROXIMATELY -> "about";
            case ESTIMATE -> "an estimated";
            case NEARLY -> "nearly";
            case UP_TO -> "up to";
            case AT_MOST -> "at most";
            case LESS_THAN -> "less than";
            case AT_LEAST -> "at least";
            case MORE_THAN -> "more than";
            case EXACT, RANGE -> "";
        };
    }

    /** Returns a quantity as a sentence would put it: {@code more than 100,000 people}, {@code 6 to 9 months}, {@code 12%}, {@code rank 3 out of 83}. */
    public static String quantity(Quantity q) {
        return quantity(q, Readable::value);
    }

    /**
     * Returns a quantity as {@link #quantity} does, with numbers of a million or more in words where that keeps every
     * digit written: {@code about 40 billion USD}, {@code 8.57 billion USD}, {@code more than 2.1 million people}
     * ({@code 45,756,123 people} stays as it is).
     */
    public static String briefly(Quantity q) {
        return quantity(q, v -> v instanceof Value.Decimal d ? inWords(d.number()) : value(v));
    }

    /** Returns a number of a million or more as {@code 8.57 billion} where at most three decimals say it exactly, else with separators. */
    static String inWords(BigDecimal n) {
        BigDecimal abs = n.abs();
        String[] words = {"trillion", "billion", "million"};
        for (int i = 0; i < words.length; i++) {
            int power = 12 - 3 * i;
            if (abs.compareTo(BigDecimal.ONE.movePointRight(power)) >= 0) {
                BigDecimal scaled = n.movePointLeft(power).stripTrailingZeros();
                return scaled.scale() <= 3 ? number(scaled) + " " + words[i] : number(n);
            }
        }
        return number(n);
    }

    private static String quantity(Quantity q, java.util.function.Function<Value, String> numbers) {
        String stated = q.value().map(numbers)
                .orElse(q.lower().map(numbers).orElse("…") + " to " + q.upper().map(numbers).orElse("…"));
        String hedge = hedge(q.hedge());
        boolean one = q.value().filter(v -> v instanceof Value.Decimal d && d.number().compareTo(BigDecimal.ONE) == 0).isPresent();
        String unit = unit(q.unit(), !one);
        String number = q.unit().kind() == Unit.Kind.RANK ? "rank " + stated : stated;
        String text = (hedge.isEmpty() ? "" : hedge + " ") + number;
        return unit.isEmpty() ? text : unit.equals("%") ? text + "%" : text + " " + unit;
    }

    /** Returns a value as written: a number with separators, or a date to its precision. */
    public static String value(Value v) {
        return v instanceof Value.Decimal d ? number(d.number()) : date(((Value.Date) v).date());
    }

    /** Returns an interval with its unit: {@code [24,500, 25,500] people}; for dates ISO days ({@code [2024-01-01, +∞)}). */
    public static String interval(Interval i, Unit unit) {
        String open = i.lowerClosed() ? "[" : "(";
        String close = i.upperClosed() ? "]" : ")";
        if (unit.kind() == Unit.Kind.DATE) {
            return open + isoDay(i.lower(), false) + ", " + isoDay(i.upper(), true) + close;
        }
        String words = unit(unit, true);
        return open + number(i.lower()) + ", " + number(i.upper()) + close + (words.isEmpty() ? "" : " " + words);
    }

    /** Returns an epoch day as an ISO date ({@code 2024-01-01}), infinities as {@code -∞} and {@code +∞}. */
    public static String isoDay(double epochDay, boolean roundUp) {
        if (Double.isInfinite(epochDay)) {
            return epochDay > 0 ? "+∞" : "-∞";
        }
        return LocalDate.ofEpochDay((long) (roundUp ? Math.ceil(epochDay) : Math.floor(epochDay))).toString();
    }

    static String plural(String noun) {
        if (noun.equals("person")) {
            return "people";
        }
        if (noun.equals("child")) {
            return "children";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun.endsWith("s") ? noun : noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
