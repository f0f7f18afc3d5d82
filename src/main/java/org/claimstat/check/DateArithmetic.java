package org.claimstat.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Interval;
import org.claimstat.PartialDate;

/**
 * Reads date arithmetic such as {@code 34 months after 2022-02-24}: {@code N UNIT after|before
 * ANCHOR}, UNIT one of day, week, month, year (singular or plural), ANCHOR an ISO date of year,
 * month or day precision. "N months after D" counts whole months elapsed, so it means the days
 * from D + N months up to the day before D + N+1 months: "34 months after 2022-02-24" is
 * 2024-12-24 to 2025-01-23. Dates are epoch days.
 */
final class DateArithmetic {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\d{1,5})\\s+(day|week|month|year)s?\\s+(after|before)\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\s*");

    private DateArithmetic() {
    }

    /** Returns the days the expression allows, or empty where it does not have the form. */
    static Optional<Interval> eval(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        ChronoUnit unit = switch (m.group(2)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        PartialDate anchor;
        try {
            anchor = PartialDate.parse(m.group(4));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        LocalDate first;
        LocalDate last;
        if (m.group(3).equals("after")) {
            first = anchor.firstDay().plus(n, unit);
            last = anchor.lastDay().plus(n + 1, unit).minusDays(1);
        } else {
            first = anchor.firstDay().minus(n + 1, unit).plusDays(1);
            last = anchor.lastDay().minus(n, unit);
        }
        return Optional.of(Interval.closed(first.toEpochDay(), last.toEpochDay()));
    }
}
