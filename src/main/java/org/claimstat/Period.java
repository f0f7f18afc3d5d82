package org.claimstat;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a claim is about, from a start to an end, each known to a year, month or day, either
 * possibly open: "in 2022" is 2022 to 2022, "by 2030" has only an end, "since February 2022" only
 * a start. It is separate from the date a source was published.
 *
 * <p>Immutable and thread-safe. {@link #parse(String, String)} reads the two file columns.
 *
 * {@snippet class=org.claimstat.snippets.ModelSnippets region=period}
 *
 * @param start the first date covered, empty if open
 * @param end the last date covered, empty if open
 */
public record Period(Optional<PartialDate> start, Optional<PartialDate> end) implements Comparable<Period> {

    /** A period about no particular time (both ends open). */
    public static final Period UNSPECIFIED = new Period(Optional.empty(), Optional.empty());

    /** Rejects an end before the start. */
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() && end.isPresent() && end.get().lastDay().isBefore(start.get().firstDay())) {
            throw new IllegalArgumentException("period end " + end.get() + " is before its start " + start.get());
        }
    }

    /** Returns the period that is exactly {@code date} (a year, a month or a day). */
    public static Period of(PartialDate date) {
        return new Period(Optional.of(date), Optional.of(date));
    }

    /** Returns the period from {@code start} to {@code end}. */
    public static Period of(PartialDate start, PartialDate end) {
        return new Period(Optional.of(start), Optional.of(end));
    }

    /**
     * Reads the {@code period_start} and {@code period_end} columns; an empty text is an open end.
     *
     * @throws IllegalArgumentException on a bad date or an end before the start
     */
    public static Period parse(String start, String end) {
        return new Period(optionalDate(start), optionalDate(end));
    }

    /**
     * Reads one date of year, month or day precision as the period it covers: {@code Period.parse("2022-03")}
     * is March 2022, the same as {@code Period.parse("2022-03", "2022-03")}.
     *
     * @param date an ISO date such as {@code 2022}, {@code 2022-03} or {@code 2022-03-31}
     * @return the period
     * @throws IllegalArgumentException on a bad date
     */
    public static Period parse(String date) {
        return of(PartialDate.parse(Objects.requireNonNull(date, "date")));
    }

    private static Optional<PartialDate> optionalDate(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(text));
    }

    /** Returns the first day covered, or {@link LocalDate#MIN} where the start is open. */
    public LocalDate firstDay() {
        return start.map(PartialDate::firstDay).orElse(LocalDate.MIN);
    }

    /** Returns the last day covered, or {@link LocalDate#MAX} where the end is open. */
    public LocalDate lastDay() {
        return end.map(PartialDate::lastDay).orElse(LocalDate.MAX);
    }

    /** Returns true when both ends are given. */
    public boolean isBounded() {
        return start.isPresent() && end.isPresent();
    }

    /** Returns true when every day of {@code other} lies within this period. */
    public boolean encloses(Period other) {
        return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
    }

    /** Returns true when the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return !other.lastDay().isBefore(firstDay()) && !other.firstDay().isAfter(lastDay());
    }

    /** Orders by first day, then by last day. */
    @Override
    public int compareTo(Period other) {
        int c = firstDay().compareTo(other.firstDay());
        return c != 0 ? c : lastDay().compareTo(other.lastDay());
    }

    /** Returns a short form such as {@code 2022}, {@code 2022-02..2022-12} or {@code ..2030}. */
    @Override
    public String toString() {
        if (start.isPresent() && start.equals(end)) {
            return start.get().toString();
        }
        return start.map(PartialDate::toString).orElse("") + ".." + end.map(PartialDate::toString).orElse("");
    }
}
