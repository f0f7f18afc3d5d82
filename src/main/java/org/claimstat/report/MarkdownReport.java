package org.claimstat.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Source;
import org.claimstat.chart.Readable;
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

    /**
     * Renders the report findings first, as the HTML page does: the title, the description's first sentence and a
     * summary table, then each finding with the claims it names (outlet, date, claimant, value, period, quote), then
     * the checks, the indicators' charts and claims, the sources, and the full description last.
     */
    static String render(Report report) {
        StringBuilder out = new StringBuilder(1 << 14);
        DatasetInfo info = report.dataset().info();
        String description = info.description();
        int end = description.indexOf(". ");
        boolean folded = description.length() > 400 && end >= 0;
        out.append("# ").append(escape(info.title())).append("\n\n")
                .append(escape(folded ? description.substring(0, end + 1) + " (More below.)" : description)).append("\n\n");
        summary(out, report);
        out.append("## Findings\n\n");
        Map<Severity, List<Finding>> bySeverity = report.findingsBySeverity(false);
        if (bySeverity.isEmpty()) {
            out.append(report.runs().isEmpty() ? "No checks were run.\n\n" : "No findings: every check that ran passed.\n\n");
        }
        bySeverity.forEach((severity, list) -> {
            boolean fold = severity == Severity.INFO;
            out.append("### ").append(HtmlReport.title(severity)).append(" (").append(list.size()).append(")\n\n");
            out.append(fold ? "<details><summary>" + list.size() + " information findings</summary>\n\n" : "");
            Report.listed(list).forEach(f -> finding(out, report, f));
            String more = Report.unlisted(list);
            out.append(more.isEmpty() ? "" : "\n" + more + "\n").append(fold ? "\n</details>\n\n" : "\n");
        });
        out.append("## Text findings\n\n");
        List<Finding> text = report.textFindings();
        Report.listed(text).forEach(f -> finding(out, report, f));
        String moreText = Report.unlisted(text);
        out.append(moreText.isEmpty() ? "" : "\n" + moreText + "\n");
        out.append(text.isEmpty() ? "No text findings (mixed scripts, boilerplate).\n\n" : "\n");
        checks(out, report.runs());
        for (ReportCharts charts : report.charts()) {
            indicator(out, report, charts);
        }
        listed(out, report.charted());
        sources(out, report.dataset().sources());
        if (folded) {
            out.append("\n## About this dataset\n\n").append(escape(description)).append('\n');
        }
        return out.toString();
    }

    /** The summary table: claims, sources (stories: wire copies count once), indicators, and findings of each severity. */
    private static void summary(StringBuilder out, Report report) {
        var data = report.dataset();
        out.append("Dataset ").append(escape(data.info().name())).append(" · ").append(escape(report.summary()))
                .append("\n\n| claims | sources (stories) | indicators | conflicts | warnings | info findings |\n")
                .append("|--:|--:|--:|--:|--:|--:|\n| ").append(data.claims().size()).append(" | ")
                .append(data.sources().size()).append(" (").append(report.stories()).append(") | ")
                .append(data.indicators().size());
        for (Severity s : List.of(Severity.CONFLICT, Severity.WARNING, Severity.INFO)) {
            out.append(" | ").append(report.findings().stream().filter(f -> f.severity() == s).count());
        }
        out.append(" |\n\n");
    }

    /** A finding in words, then one line per claim it names: who said what, where and when, in what words. */
    private static void finding(StringBuilder out, Report report, Finding f) {
        List<Claim> claims = f.claims().stream().map(report::claim).flatMap(Optional::stream).toList();
        out.append("- **").append(f.severity().code()).append("** ")
                .append(Headline.of(report.dataset(), claims).map(h -> escape(h.text()) + ". ").orElse(""))
                .append(escape(f.check())).append(": ").append(escape(f.readableMessage())).append('\n');
        for (String id : f.claims()) {
            Optional<Claim> claim = report.claim(id);
            out.append("  - ").append(escape(id));
            claim.ifPresent(c -> out.append(": ").append(source(report.dataset().sourceOf(c))).append(" · ")
                    .append(escape(c.claimant())).append(" · ").append(escape(Readable.briefly(c.quantity())))
                    .append(" · ").append(escape(c.entity())).append(' ').append(escape(Readable.period(c.period())))
                    .append(" · “").append(escape(c.quote())).append('”'));
            out.append('\n');
        }
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
            out.append("| ").append(escape(c.id())).append(" | ").append(escape(Readable.quantity(c.quantity()))).append(" | ")
                    .append(escape(row.hedge())).append(" | ").append(escape(ClaimRow.readableInterval(report.dataset(), c))).append(" | ")
                    .append(source(row.source())).append(" | ").append(escape(c.claimant())).append(" | ")
                    .append(escape(c.quote())).append(" |\n");
        }
        out.append('\n');
    }

    private static void listed(StringBuilder out, Charted charted) {
        if (charted.listed().isEmpty()) {
            return;
        }
        out.append("## ").append(charted.listed().size()).append(" more indicators\n\n").append(escape(charted.statement()))
                .append("\n\n| Indicator | Label | Claims | Findings |\n|---|---|--:|--:|\n");
        for (Indicator ind : charted.listed()) {
            out.append("| ").append(escape(ind.id())).append(" | ").append(escape(ind.label())).append(" | ")
                    .append(charted.claims().getOrDefault(ind.id(), 0)).append(" | ")
                    .append(charted.findings().getOrDefault(ind.id(), 0)).append(" |\n");
        }
        out.append('\n');
    }

    private static String source(Source s) {
        String text = escape(ClaimRow.sourceName(s)) + s.published().map(d -> ", " + escape(Readable.date(d))).orElse("")
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
