package org.claimstat.check;

import java.util.regex.Pattern;
import org.claimstat.Claim;
import org.claimstat.Interval;

/**
 * Tells a count of part of a day from the day's count: a claim whose period is one day and whose
 * quote places the figure in a time of that day ("250 migrants were brought to shore on Thursday
 * morning", "by midday", "by 2pm") counts only part of it. Such a figure is a lower bound of the
 * day's total, so it cannot conflict with a larger total for the whole day.
 */
final class PartOfDay {
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)\\b(?:morning|afternoon|midday|noon|lunchtime"
            + "|(?:by|until|till|before|as of) \\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock|h|GMT|BST|CET)"
            + "|so far (?:today|this (?:morning|afternoon|evening)))\\b");

    private PartOfDay() {
    }

    /** True where the claim counts part of its one-day period, as its quote says. */
    static boolean is(Claim c) {
        return c.period().firstDay().equals(c.period().lastDay()) && TIME_OF_DAY.matcher(c.quote()).find();
    }

    /** Returns the interval the claim allows for the whole day: from its own lower end up, for a part of the day. */
    static Interval wholeDay(Claim c, Interval interval) {
        return is(c) ? new Interval(interval.lower(), interval.lowerClosed(), Double.POSITIVE_INFINITY, false) : interval;
    }
}
