package org.claimstat.cli;

import java.util.List;
import org.claimstat.Value;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/** Writes mentions as the aligned text table of {@code claimstat extract --format table}. */
final class MentionTable {
    private static final String ROW = "%-12s %6s  %-32s %-9s %-13s %-22s %-10s %-24s %s%n";

    private MentionTable() {
    }

    static String write(List<Extraction> extractions) {
        StringBuilder sb = new StringBuilder(String.format(ROW, "doc", "start", "text", "kind", "hedge", "value",
                "unit", "counted", "flags"));
        for (Extraction x : extractions) {
            for (Mention m : x.mentions()) {
                String value = m.valueText().orElseGet(() -> m.lower().map(Value::toString).orElse("")
                        + ".." + m.upper().map(Value::toString).orElse(""));
                String flags = (m.boilerplate() ? "boilerplate " : "") + (m.mixedScript().isEmpty() ? "" : "mixed-script ")
                        + m.secondary().map(s -> "(" + s.hedge().code() + " " + s.valueText().orElse("") + " "
                        + s.unit().symbol() + ") ").orElse("") + m.anchor().map(a -> "after: " + a).orElse("");
                sb.append(String.format(ROW, cut(x.doc(), 12), m.start(), cut(m.text().replaceAll("\\s++", " "), 32),
                        m.kind().code(), m.hedge().code(), cut(value, 22), cut(m.unit().symbol(), 10),
                        cut(m.counted(), 24), flags.strip()));
            }
        }
        return sb.toString();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
