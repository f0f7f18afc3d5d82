package org.claimstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimstat.check.CheckReport;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;

/** Lays a check report out for a terminal: a block per finding with its message wrapped, then what ran. */
final class CheckText {
    private static final int WIDTH = 100;
    private static final String INDENT = "    ";

    private CheckText() {
    }

    static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.count(Severity.CONFLICT)).append(" conflicts, ").append(report.count(Severity.WARNING))
                .append(" warnings, ").append(report.count(Severity.INFO)).append(" info\n\n");
        for (Finding f : report.findings()) {
            String head = f.severity().code().toUpperCase(Locale.ROOT) + "  " + f.check() + "  ";
            List<String> claims = wrap(String.join(", ", f.claims()), TextTable.WIDTH - head.length());
            out.append(head).append(claims.isEmpty() ? "" : claims.get(0)).append('\n');
            for (String line : claims.subList(Math.min(1, claims.size()), claims.size())) {
                out.append(" ".repeat(head.length())).append(line).append('\n');
            }
            for (String line : wrap(f.readableMessage(), WIDTH - INDENT.length())) {
                out.append(INDENT).append(line).append('\n');
            }
            out.append('\n');
        }
        int idWidth = Math.max(5, report.checks().stream().mapToInt(r -> r.check().length()).max().orElse(5));
        out.append(String.format("%-" + idWidth + "s  %8s  %8s  %8s%n", "check", "examined", "passed", "findings"));
        for (CheckRun r : report.checks()) {
            out.append(String.format("%-" + idWidth + "s  %8d  %8d  %8d%n", r.check(), r.examined(), r.passed(),
                    r.findings()));
        }
        return out.toString();
    }

    /** Breaks text at spaces into lines of at most {@code width} chars (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s++")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
