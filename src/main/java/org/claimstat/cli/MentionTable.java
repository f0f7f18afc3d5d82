package org.claimstat.cli;

import java.io.PrintWriter;
import org.claimstat.Value;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * Writes mentions as the aligned text table of {@code claimstat extract --format table}, row by row as they come. Text
 * from the document passes through {@link TerminalText#safe} so that it cannot steer the terminal.
 */
final class MentionTable implements MentionOutput {
    private static final String ROW = "%-12s %6s  %-32s %-9s %-13s %-22s %-10s %-24s %s%n";

    private final PrintWriter out;

    MentionTable(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void start() {
        out.print(String.format(ROW, "doc", "start", "text", "kind", "hedge", "value", "unit", "counted", "flags"));
    }

    @Override
    public void write(Extraction x, int offset) {
        for (Mention m : x.mentions()) {
            String value = m.valueText().orElseGet(() -> m.lower().map(Value::toString).orElse("")
                    + ".." + m.upper().map(Value::toString).orElse(""));
            String flags = (m.boilerplate() ? "boilerplate " : "") + (m.mixedScript().isEmpty() ? "" : "mixed-script ")
                    + m.secondary().map(s -> "(" + s.hedge().code() + " " + s.valueText().orElse("") + " "
                    + s.unit().symbol() + ") ").orElse("") + m.anchor().map(a -> "after: " + a).orElse("");
            out.print(TerminalText.safe(String.format(ROW, cut(x.doc(), 12), offset + m.start(),
                    cut(m.text().replaceAll("\\s++", " "), 32), m.kind().code(), m.hedge().code(), cut(value, 22),
                    cut(m.unit().symbol(), 10), cut(m.counted(), 24), flags.strip())));
        }
        out.flush();
    }

    @Override
    public void end() {
        out.flush();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
