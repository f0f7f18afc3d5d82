package org.claimstat.report;

import static org.claimstat.report.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.DatasetInfo;

/** Writes the report as one self-contained HTML page, or as a fragment for notebooks; every string from data is escaped. */
final class HtmlReport {
    /** Allows inline CSS, data images and the one table script (by its hash); forbids every request and any other script. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " + TableScript.HASH_SOURCE;

    private HtmlReport() {
    }

    static String page(Report report) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"claimstat\">\n"
                + "<title>" + escape(report.dataset().info().title()) + " · claimstat report</title>\n"
                + claimReviews(report)
                + "</head>\n<body style=\"margin:0;background:#fff\">\n" + fragment(report) + "\n" + TableScript.element()
                + "</body>\n</html>\n";
    }

    /**
     * Returns the findings as schema.org ClaimReview JSON-LD in a data block for search engines and fact-check tools;
     * every {@code <} is written as its JSON escape so that no string from data can close the block.
     */
    private static String claimReviews(Report report) {
        if (report.findings().isEmpty()) {
            return "";
        }
        String json = ClaimReviews.of(new ClaimReviews.Reviewer("claimstat", ""), LocalDate.now())
                .toJsonLd(report.dataset(), report.listedFindings());
        return "<script type=\"application/ld+json\">\n" + json.replace("<", "\\u003c") + "\n</script>\n";
    }

    static String fragment(Report report) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("<div class=\"claimstat-report\">\n<style>").append(ReportStyle.CSS).append("</style>\n");
        header(out, report);
        HtmlFindings.section(out, report);
        checks(out, report.runs());
        for (ReportCharts charts : report.charts()) {
            HtmlTables.indicator(out, report, charts);
        }
        HtmlTables.listed(out, report);
        HtmlTables.sources(out, report.dataset());
        out.append("<footer>Written by claimstat. Intervals follow the hedge of each claim; open ends are drawn as arrows.</footer>\n");
        return out.append("</div>").toString();
    }

    private static void header(StringBuilder out, Report report) {
        DatasetInfo info = report.dataset().info();
        out.append("<header>\n<h1>").append(escape(info.title())).append("</h1>\n");
        description(out, info.description());
        out.append("<p class=\"meta\">Dataset <code>").append(escape(info.name())).append("</code>");
        if (!info.licenses().isEmpty()) {
            out.append(" · licence ").append(escape(String.join(", ", info.licenses())));
        }
        out.append("</p>\n");
        summary(out, report);
        // Folded: a list of every indicator took about 800 px of a phone's screen before the first finding. The table
        // script opens it on a wide screen; with scripts off it is one line that opens on a tap.
        int sections = 4 + report.charts().size() + (report.charted().listed().isEmpty() ? 0 : 1);
        out.append("<nav aria-label=\"Contents\"><details id=\"contents\"><summary><strong>Contents</strong> (")
                .append(sections).append(" sections)</summary>\n<p><a href=\"#findings\">Findings</a> · "
                        + "<a href=\"#text-findings\">Text findings</a> · <a href=\"#checks\">Checks that ran</a>");
        report.charts().forEach(c -> out.append(" · <a href=\"#").append(report.anchors().indicator(c.indicator().id()))
                .append("\">").append(escape(c.indicator().label())).append("</a>"));
        if (!report.charted().listed().isEmpty()) {
            out.append(" · <a href=\"#more-indicators\">").append(report.charted().listed().size()).append(" more indicators</a>");
        }
        out.append(" · <a href=\"#sources\">Sources</a></p></details></nav>\n</header>\n");
    }

    /** The summary: how many claims, sources (and stories: wire copies count once) and indicators, and findings of each severity. */
    private static void summary(StringBuilder out, Report report) {
        var data = report.dataset();
        out.append("<section id=\"summary\" aria-label=\"Summary\"><dl class=\"stats\">")
                .append(stat(data.claims().size(), "claims"))
                .append(stat(data.sources().size(), "sources (" + report.stories() + " stories: wire copies count once)"))
                .append(stat(data.indicators().size(), "indicators"));
        for (Severity s : List.of(Severity.CONFLICT, Severity.WARNING, Severity.INFO)) {
            long n = report.findings().stream().filter(f -> f.severity() == s).count();
            String word = s == Severity.CONFLICT ? "conflicts" : s == Severity.WARNING ? "warnings" : "info findings";
            out.append("<div class=\"stat ").append(s.code()).append("\"><dt>").append(word).append("</dt><dd>")
                    .append(n).append("</dd></div>");
        }
        out.append("</dl>\n<p class=\"summary\">").append(escape(report.summary())).append("</p>\n</section>\n");
    }

    private static String stat(long n, String what) {
        return "<div class=\"stat\"><dt>" + escape(what) + "</dt><dd>" + n + "</dd></div>";
    }

    /** Shows a long description's first sentence, the rest folded in a {@code details} element. */
    private static void description(StringBuilder out, String text) {
        int end = text.indexOf(". ");
        if (text.length() <= 400 || end < 0) {
            out.append("<p class=\"description\">").append(escape(text)).append("</p>\n");
            return;
        }
        out.append("<details class=\"description\"><summary>").append(escape(text.substring(0, end + 1)))
                .append("</summary><p>").append(escape(text.substring(end + 2))).append("</p></details>\n");
    }

    static String title(Severity severity) {
        return switch (severity) {
            case CONFLICT -> "Conflicts: the claims cannot all be true";
            case WARNING -> "Warnings: likely mistakes or misreports";
            case INFO -> "Information";
        };
    }

    static String claimLink(Report report, String claimId) {
        Optional<String> anchor = report.anchors().claim(claimId);
        return anchor.map(a -> "<a href=\"#" + a + "\">" + escape(claimId) + "</a>").orElse(escape(claimId));
    }

    private static void checks(StringBuilder out, List<CheckRun> runs) {
        out.append("<section id=\"checks\">\n<h2>Checks that ran</h2>\n");
        if (!runs.isEmpty()) {
            out.append("<details class=\"group\"><summary>").append(runs.size()).append(runs.size() == 1 ? " check" : " checks")
                    .append(": what each tests, how many claims it examined and passed</summary>\n");
        }
        if (runs.isEmpty()) {
            out.append("<p class=\"none\">No checks were run for this report.</p>\n</section>\n");
            return;
        }
        out.append("<div class=\"table-wrap\"><table class=\"checks sortable\"><thead><tr><th>Check</th><th>What it tests</th><th class=\"num\">Examined</th>"
                + "<th class=\"num\">Passed</th><th class=\"num\">Findings</th></tr></thead><tbody>\n");
        for (CheckRun run : runs) {
            out.append("<tr><td><code>").append(escape(run.check())).append("</code></td><td>").append(escape(run.description()))
                    .append("</td><td class=\"num\">").append(run.examined()).append("</td><td class=\"num\">")
                    .append(run.passed()).append("</td><td class=\"num\">").append(run.findings()).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n</details>\n</section>\n");
    }
}
