package org.claimstat.check;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.PartialDate;

/**
 * Rewrites the interval notation of a finding's message in words for a reader; quoted text (between straight double
 * quotes, the claims' own words) is left exactly as it is.
 */
final class ReadableMessage {
    private static final String END = "([+-]?∞|[0-9]{4}-[0-9]{2}-[0-9]{2}|-?[0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern INTERVAL = Pattern.compile("([\\[(])" + END + ", " + END + "([\\])])");
    private static final String[] SCALES = {"trillion", "billion", "million"};
    private static final String DATE = "([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)";
    /** A period as {@code Period.toString} writes it ({@code 2023-09-10..2023-09-16}, {@code 2023-09-10..}), not inside an id. */
    private static final Pattern PERIOD = Pattern.compile("(?<![\\w-])(?:" + DATE + "\\.\\.(" + DATE.substring(1)
            + "?|\\.\\." + DATE + ")(?![\\w-])");
    /** A day or month alone, not inside an id such as {@code pledgetimes-2023-09-16-04}. */
    private static final Pattern DAY = Pattern.compile("(?<![\\w-]|\\.\\.)([0-9]{4}-[0-9]{2}(?:-[0-9]{2})?)(?![\\w-]|\\.\\.)");

    private ReadableMessage() {
    }

    static String of(String message) {
        String[] parts = message.split("\"", -1);
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < parts.length; i++) {
            out.append(i > 0 ? "\"" : "").append(i % 2 == 0 ? words(parts[i]) : parts[i]);
        }
        return out.toString();
    }

    private static String words(String text) {
        Matcher m = INTERVAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words(m.group(1).equals("["), m.group(2), m.group(3),
                    m.group(4).equals("]"))));
        }
        return dates(periods(m.appendTail(out).toString()));
    }

    /** Writes periods as a reader does: {@code 2023-09-10..2023-09-16} is "10 to 16 Sep 2023". */
    private static String periods(String text) {
        Matcher m = PERIOD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String start = m.group(1);
            String end = m.group(1) != null ? m.group(2) : m.group(3);
            String words = start == null ? "up to " + date(end)
                    : end == null || end.isEmpty() ? "from " + date(start) : span(start, end);
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        return m.appendTail(out).toString();
    }

    private static String dates(String text) {
        Matcher m = DAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(date(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** Two dates joined with "to", the year or month written once where both share it. */
    private static String span(String start, String end) {
        if (start.length() != end.length() || start.length() == 4) {
            return date(start) + " to " + date(end);
        }
        String a = date(start);
        String b = date(end);
        if (!start.regionMatches(0, end, 0, 4)) {
            return a + " to " + b;
        }
        String year = " " + start.substring(0, 4);
        a = a.substring(0, a.length() - year.length());
        if (start.length() == 10 && start.regionMatches(0, end, 0, 7)) {
            a = a.substring(0, a.indexOf(' '));
        }
        return a + " to " + b;
    }

    /** A date as a reader writes it: {@code 16 Sep 2023}, {@code Sep 2023}, {@code 2023}. */
    private static String date(String iso) {
        try {
            return Words.date(PartialDate.parse(iso));
        } catch (IllegalArgumentException e) {
            return iso;  // not a date after all ("2022-13"): left as written
        }
    }

    private static String words(boolean lowClosed, String low, String high, boolean highClosed) {
        boolean noLow = low.endsWith("∞");
        boolean noHigh = high.endsWith("∞");
        if (noLow && noHigh) {
            return "any value";
        }
        if (noLow) {
            return (highClosed ? "at most " : "below ") + number(high);
        }
        if (noHigh) {
            return (lowClosed ? "at least " : "above ") + number(low);
        }
        if (lowClosed && highClosed) {
            return low.equals(high) ? number(low) : number(low) + " to " + number(high);
        }
        return (lowClosed ? "at least " : "above ") + number(low) + ", " + (highClosed ? "at most " : "below ") + number(high);
    }

    /** Returns a number with thousands separators, or in millions, billions or trillions from a million up; dates as they are. */
    static String number(String text) {
        if (text.length() == 10 && text.charAt(4) == '-') {
            return text;
        }
        BigDecimal x = new BigDecimal(text);
        for (int i = 0; i < SCALES.length; i++) {
            BigDecimal unit = BigDecimal.TEN.pow(12 - 3 * i);
            if (x.abs().compareTo(unit) >= 0) {
                BigDecimal scaled = x.divide(unit).stripTrailingZeros();
                // Only where no digit is lost: 100,213,000 stays in full, since a finding's numbers are checked by hand.
                if (scaled.scale() <= 3) {
                    return scaled.toPlainString() + " " + SCALES[i];
                }
                break;
            }
        }
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(x);
    }
}
