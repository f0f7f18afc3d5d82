package org.claimstat.report;

import java.util.List;
import java.util.Map;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Source;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Finding;
import org.claimstat.check.MarkdownText;
import org.claimstat.check.Severity;
import org.claimstat.dataset.DatasetInfo;

/** Writes the report as Markdown (GitHub flavour, for READMEs and notebooks); every string from data is escaped. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    /** Escapes a string from data for Markdown: {@link MarkdownText#escape(String)}, the one escaping. */
    static String escape(String text) {
        return MarkdownText.escape(text);
    }

    static String render(Report report) {
        StringBuilder out = new StringBuilder(1 << 14);
        DatasetInfo info = report.dataset().info();
        out.append("# ").append(escape(info.title())).append("\n\n").append(escape(info.description())).append("\n\n");
        out.append("Dataset ").append(escape(info.name())).append(" · ").append(report.dataset().claims().size())
                .append(" claims · ").append(escape(report.summary())).append("\n\n## Findings\n\n");
        Map<Severity, List<Finding>> bySeverity = report.findingsBySeverity(false);
        if (bySeverity.isEmpty()) {
            out.append(report.runs().isEmpty() ? "No checks were run.\n\n" : "No findings: every check that ran passed.\n\n");
        }
        bySeverity.forEach((severity, list) -> {
            out.append("### ").append(HtmlReport.title(severity)).append("\n\n");
            list.forEach(f -> finding(out, f));
            out.append('\n');
        });
        out.append("## Text findings\n\n");
        List<Finding> text = report.textFindings();
        text.forEach(f -> finding(out, f));
        out.append(text.isEmpty() ? "No text findings (mixed scripts, boilerplate).\n\n" : "\n");
        checks(out, report.runs());
        for (ReportCharts charts : report.charts()) {
            indicator(out, report, charts);
        }
        sources(out, report.dataset().sources());
        return out.toString();
    }

    private static void finding(StringBuilder out, Finding f) {
        out.append("- **").append(f.severity().code()).append("** ").append(escape(f.check())).append(": ")
                .append(escape(f.message()));
        if (!f.claims().isEmpty()) {
            out.append(" (claims ").append(escape(String.join(", ", f.claims()))).append(')');
        }
        out.append('\n');
    }

    private static void checks(StringBuilder out, List<CheckRun> runs) {
        out.append("## Checks that ran\n\n");
        if (runs.isEmpty()) {
            out.append("No checks were run for this report.\n\n");
            return;
        }
        out.append("| Check | What it tests | Examined | Passed | Findings |\n|---|---|--:|--:|--:|\n");
        runs.forEach(r -> out.append("| ").append(escape(r.check())).append(" | ").append(escape(r.description())).append(" | ")
                .append(r.examined()).append(" | ").append(r.passed()).append(" | ").append(r.findings()).append(" |\n"));
        out.append('\n');
    }

    private static void indicator(StringBuilder out, Report report, ReportCharts charts) {
        Indicator ind = charts.indicator();
        out.append("## ").append(escape(ind.label())).append("\n\n").append(escape(ind.description())).append(" (")
                .append(escape(ind.id())).append(", unit ").append(escape(ind.unit().toString())).append(")\n\n");
        for (ReportCharts.Named n : charts.charts()) {
            out.append("![").append(n.kind()).append(" chart](charts/").append(report.chartFile(charts, n)).append(".svg)\n");
        }
        out.append("\n| Claim | Value as written | Hedge | Interval | Source | Claimant | Quote |\n|---|--:|---|--:|---|---|---|\n");
        for (Claim c : report.dataset().claimsOf(ind.id())) {
            ClaimRow row = ClaimRow.of(report.dataset(), c);
            out.append("| ").append(escape(c.id())).append(" | ").append(escape(row.written())).append(" | ")
                    .append(escape(row.hedge())).append(" | ").append(escape(row.interval())).append(" | ")
                    .append(source(row.source())).append(" | ").append(escape(c.claimant())).append(" | ")
                    .append(escape(c.quote())).append(" |\n");
        }
        out.append('\n');
    }

    private static String source(Source s) {
        String text = escape(ClaimRow.sourceName(s)) + s.published().map(d -> " " + escape(d.toString())).orElse("")
                + s.derivedFrom().map(w -> " via " + escape(w)).orElse("");
        return s.url().flatMap(Html::webUrl).map(u -> "[" + text + "](<" + u.replace("<", "%3C").replace(">", "%3E")
                .replace(" ", "%20") + ">)").orElse(text);
    }

    private static void sources(StringBuilder out, List<Source> sources) {
        out.append("## Sources\n\n");
        for (Source s : sources) {
            out.append("- ").append(escape(s.id())).append(": ").append(source(s)).append(" · ")
                    .append(escape(s.title())).append('\n');
        }
    }
}
