package org.claimstat;

import java.util.Arrays;
import java.util.Locale;

/**
 * How an indicator's figures behave over time and against each other, which decides the checks
 * that apply. File codes: {@code flow, stock, share, rank, duration, date}.
 */
public enum Aggregation {
    /** Adds up over time (people who left in a year); a part-period cannot exceed the whole. */
    FLOW,
    /** A level at a date (vacancies open in March). */
    STOCK,
    /** A percentage of a whole, 0 to 100. */
    SHARE,
    /** A position in a ranking out of N. */
    RANK,
    /** A length of time. */
    DURATION,
    /** An event date. */
    DATE;

    /** Returns the file code, such as {@code flow}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the file code. */
    @Override
    public String toString() {
        return code();
    }

    /**
     * Parses a file code.
     *
     * @throws IllegalArgumentException naming the text and the codes allowed
     */
    public static Aggregation parse(String code) {
        for (Aggregation a : values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown aggregation '" + code + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(Aggregation::code).toList()));
    }
}
