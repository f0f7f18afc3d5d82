package org.claimstat.check;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the interval notation of a finding's message in words for a reader; quoted text (between straight double
 * quotes, the claims' own words) is left exactly as it is.
 */
final class ReadableMessage {
    private static final String END = "([+-]?∞|[0-9]{4}-[0-9]{2}-[0-9]{2}|-?[0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern INTERVAL = Pattern.compile("([\\[(])" + END + ", " + END + "([\\])])");
    private static final String[] SCALES = {"trillion", "billion", "million"};

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
        return m.appendTail(out).toString();
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
