package org.claimstat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a year, a month or a day, such as {@code 2022}, {@code 2022-03} or
 * {@code 2022-02-24}. It keeps the precision it was written with: "March 2022" is a month, not the
 * first of March.
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} is the inverse of {@link #toString()}.
 *
 * {@snippet class=org.claimstat.snippets.ModelSnippets region=partialDate}
 *
 * @param year the year
 * @param month the month 1 to 12, or 0 where only the year is known
 * @param day the day of the month, or 0 where only the year or month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How precisely a date is known. */
    public enum Precision {
        /** Only the year is known ("2024"). */
        YEAR,
        /** The year and month are known ("2024-02"). */
        MONTH,
        /** The full date is known ("2024-02-29"). */
        DAY
    }

    /** Validates the parts: a month without a year or a day without a month is rejected. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1 to 9999, was " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12 (or 0 for a year), was " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month, was day " + day + " of year " + year);
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + e.getMessage(), e);
            }
        }
    }

    /** Returns the year {@code year}. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** Returns the month {@code year-month}. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    /** Returns the day {@code date}. */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the text and the forms that are allowed
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad date '" + text + "'; expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad date '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Returns how precisely this date is known. */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** Returns the first day this date covers (1 January for a year, the 1st for a month). */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** Returns the last day this date covers (31 December for a year, the month's last day for a month). */
    public LocalDate lastDay() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** Returns true when every day of {@code other} lies within this date. */
    public boolean encloses(PartialDate other) {
        return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
    }

    /** Orders by first day, then the more precise (shorter) date first. */
    @Override
    public int compareTo(PartialDate other) {
        int c = firstDay().compareTo(other.firstDay());
        return c != 0 ? c : lastDay().compareTo(other.lastDay());
    }

    /** Returns the ISO form with the precision it was written with, the inverse of {@link #parse(String)}. */
    @Override
    public String toString() {
        // By hand, not String.format: the checks name periods in many findings and key quotes by their day.
        StringBuilder out = new StringBuilder(10);
        pad(out, year, 4);
        if (month != 0) {
            pad(out.append('-'), month, 2);
        }
        if (day != 0) {
            pad(out.append('-'), day, 2);
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            out.append('0');
        }
        out.append(digits);
    }
}
