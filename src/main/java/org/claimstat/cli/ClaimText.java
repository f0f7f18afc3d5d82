package org.claimstat.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Quantity;
import org.claimstat.Unit;
import org.claimstat.chart.Readable;
import org.claimstat.dataset.ClaimDataset;

/**
 * Renders claims as a plain-text table with aligned columns: a summary line, a header, one line
 * per claim, numbers with thousands separators and units, dates in ISO form, the whole fitting
 * {@link TextTable#WIDTH} columns. Line breaks in data show as {@code ↵}, other control characters
 * as {@code �} (so data cannot move the terminal's cursor); long cells are cut with {@code …}.
 * Widths count East Asian wide characters as two columns.
 */
final class ClaimText {
    private ClaimText() {
    }

    static String of(ClaimDataset dataset) {
        StringBuilder out = new StringBuilder(TerminalText.safe(dataset.toString())).append('\n');
        for (org.claimstat.Indicator indicator : dataset.indicators()) {
            List<Claim> claims = dataset.claimsOf(indicator.id());
            if (claims.isEmpty()) {
                continue;
            }
            out.append('\n').append(clean(indicator.id() + " · " + indicator.label(), TextTable.WIDTH)).append('\n');
            TextTable table = new TextTable(List.of(TextTable.Column.left("id", 12), TextTable.Column.left("entity", 6),
                    TextTable.Column.left("period", 10), TextTable.Column.right("quantity", 14),
                    TextTable.Column.left("interval", 14)));
            for (Claim c : claims) {
                table.add(List.of(c.id(), c.entity(), c.period().toString(), quantity(c.quantity()),
                        Readable.interval(c.interval(), c.unit())), c.source() + " · " + c.claimant() + ": “" + c.quote() + "”");
            }
            out.append(table.render());
        }
        return out.toString();
    }

    /** Returns a quantity with thousands separators and its unit in words; dates in ISO form ({@code exact 2024-02}). */
    static String quantity(Quantity q) {
        if (q.unit().kind() != Unit.Kind.DATE) {
            return Readable.quantity(q);
        }
        String hedge = Readable.hedge(q.hedge());
        String stated = q.value().map(Object::toString)
                .orElse(q.lower().map(Object::toString).orElse("…") + " to " + q.upper().map(Object::toString).orElse("…"));
        return hedge.isEmpty() ? stated : hedge + " " + stated;
    }

    /** Returns the claim's interval as JSON keeps it (raw numbers); for dates with ISO days as ends instead of epoch days. */
    static String interval(Claim claim) {
        org.claimstat.Interval i = claim.interval();
        if (claim.unit().kind() != Unit.Kind.DATE) {
            return i.toString();
        }
        return (i.lowerClosed() ? "[" : "(") + Readable.isoDay(i.lower(), false) + ", " + Readable.isoDay(i.upper(), false)
                + (i.upperClosed() ? "]" : ")");
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
