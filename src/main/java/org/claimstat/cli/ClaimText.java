package org.claimstat.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;

/**
 * Renders claims as a plain-text table with aligned columns: a summary line, a header, one line
 * per claim. Line breaks in data show as {@code ↵}, other control characters as {@code �} (so data
 * cannot move the terminal's cursor); long claimants and quotes are cut with {@code …}. Widths
 * count East Asian wide characters as two columns.
 */
final class ClaimText {
    private static final List<String> HEADER = List.of("id", "indicator", "entity", "period", "quantity", "interval",
            "source", "claimant", "quote");
    private static final int CLAIMANT_WIDTH = 30;
    private static final int QUOTE_WIDTH = 50;

    private ClaimText() {
    }

    static String of(ClaimDataset dataset) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Claim c : dataset.claims()) {
            rows.add(List.of(clean(c.id(), 0), clean(c.indicator(), 0), clean(c.entity(), 0), c.period().toString(),
                    clean(c.quantity().toString(), 0), interval(c), clean(c.source(), 0),
                    clean(c.claimant(), CLAIMANT_WIDTH), clean(c.quote(), QUOTE_WIDTH)));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder s = new StringBuilder(dataset.toString()).append('\n');
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i));
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - width(row.get(i)) + 2));
                }
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
        return s.toString();
    }

    /** Returns the claim's interval; for dates with ISO days as ends instead of epoch days. */
    static String interval(Claim claim) {
        Interval i = claim.interval();
        if (claim.unit().kind() != Unit.Kind.DATE) {
            return i.toString();
        }
        return (i.lowerClosed() ? "[" : "(") + day(i.lower()) + ", " + day(i.upper()) + (i.upperClosed() ? "]" : ")");
    }

    private static String day(double epochDay) {
        if (Double.isInfinite(epochDay)) {
            return epochDay > 0 ? "+∞" : "-∞";
        }
        return LocalDate.ofEpochDay((long) Math.floor(epochDay)).toString();
    }

    /** Makes text safe for one table cell, cut to {@code max} columns where max is positive. */
    static String clean(String text, int max) {
        StringBuilder s = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue;
            }
            int shown = cp == '\n' || cp == '\r' ? '↵' : TerminalText.shown(cp);
            if (max > 0 && width + columns(shown) > max - 1 && i < text.length()) {
                return s.append('…').toString();
            }
            s.appendCodePoint(shown);
            width += columns(shown);
        }
        return s.toString();
    }

    static int width(String text) {
        return text.codePoints().map(ClaimText::columns).sum();
    }

    private static int columns(int cp) {
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
