package org.claimstat.report;

import static org.claimstat.report.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Source;
import org.claimstat.chart.Charts;
import org.claimstat.chart.Readable;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;

/**
 * The findings section: each finding with the claims it names beside it (outlet, date, claimant,
 * value, quote) and, where they are two or more claims of one indicator, a small forest plot of
 * just those claims, so a reader sees which claims disagree and by how much without leaving it.
 * Information findings are folded away; the small charts are bounded in number.
 */
final class HtmlFindings {
    /** The most small charts a report draws beside findings, so a large dataset's report stays bounded. */
    static final int MAX_CHARTS = 40;
    /** The width the small charts are drawn at, in pixels. */
    static final int SMALL_WIDTH = 640;

    private HtmlFindings() {
    }

    static void section(StringBuilder out, Report report) {
        out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        Map<Severity, List<Finding>> bySeverity = report.findingsBySeverity(false);
        if (bySeverity.isEmpty()) {
            out.append("<p class=\"none\">").append(report.runs().isEmpty() ? "No checks were run."
                    : "No findings: every check that ran passed.").append("</p>\n");
        }
        int[] charts = {0};
        bySeverity.forEach((severity, list) -> {
            boolean fold = severity == Severity.INFO;
            out.append(fold ? "<details class=\"group\"><summary>" : "").append("<h3 class=\"").append(severity.code())
                    .append("\">").append(HtmlReport.title(severity)).append(" (").append(list.size()).append(")</h3>")
                    .append(fold ? "</summary>" : "").append("\n<ul class=\"findings\">\n");
            Report.listed(list).forEach(f -> finding(out, report, f, !fold && charts[0]++ < MAX_CHARTS));
            out.append("</ul>\n");
            unlisted(out, list);
            out.append(fold ? "</details>\n" : "");
        });
        out.append("</section>\n<section id=\"text-findings\">\n<h2>Text findings</h2>\n");
        List<Finding> text = report.textFindings();
        if (text.isEmpty()) {
            out.append("<p class=\"none\">No text findings (mixed scripts, boilerplate).</p>\n");
        } else {
            out.append("<details class=\"group\"><summary>").append(text.size())
                    .append(text.size() == 1 ? " text finding" : " text findings").append("</summary>\n<ul class=\"findings\">\n");
            Report.listed(text).forEach(f -> finding(out, report, f, false));
            out.append("</ul>\n");
            unlisted(out, text);
            out.append("</details>\n");
        }
        out.append("</section>\n");
    }

    private static void unlisted(StringBuilder out, List<Finding> list) {
        String more = Report.unlisted(list);
        if (!more.isEmpty()) {
            out.append("<p class=\"unlisted\">").append(escape(more)).append("</p>\n");
        }
    }

    /**
     * One finding: a headline (the values it names and how far apart they are), the check's explanation, a small chart
     * beside them on a wide screen (under the headline on a phone), and the claims' table across the whole width below
     * (cards on a phone).
     */
    private static void finding(StringBuilder out, Report report, Finding f, boolean chart) {
        ClaimDataset dataset = report.dataset();
        List<Claim> claims = f.claims().stream().map(report::claim).flatMap(java.util.Optional::stream).toList();
        long indicators = claims.stream().map(Claim::indicator).distinct().count();
        boolean drawn = chart && indicators == 1 && claims.size() >= 2;
        out.append("<li class=\"finding ").append(f.severity().code()).append("\" id=\"").append(report.findingAnchor(f))
                .append("\"><div class=\"finding-body").append(drawn ? " with-chart" : "").append("\">");
        Headline.of(dataset, claims).ifPresent(h -> out.append("<p class=\"headline\">").append(h.html()).append("</p>"));
        out.append("<p class=\"explain\"><span class=\"badge ").append(f.severity().code()).append("\">").append(f.severity().code())
                .append("</span> <code>").append(escape(f.check())).append("</code> ").append(escape(f.readableMessage()))
                .append("</p>\n");
        if (!claims.isEmpty()) {
            claimsTable(out, report, claims);
        }
        if (drawn) {
            smallChart(out, report, f, claims);
        }
        out.append("</div></li>\n");
    }

    /** A forest plot of just the claims a finding names, all of one indicator. */
    private static void smallChart(StringBuilder out, Report report, Finding f, List<Claim> claims) {
        ClaimDataset dataset = report.dataset();
        Set<String> ids = Set.copyOf(f.claims());
        ClaimDataset only = dataset.filter(c -> ids.contains(c.id()));
        JFreeChart small = Charts.forest(only, claims.get(0).indicator(), java.util.Optional.empty());
        int height = Math.min(Charts.preferredSize(small).height, 190 + 30 * claims.size());
        String id = report.findingAnchor(f) + "-chart";
        out.append("<figure class=\"chart small\" data-chart=\"finding\">")
                .append(HtmlTables.accessible(org.claimstat.chart.ChartExport.svgElement(small, SMALL_WIDTH, height, id),
                        "Forest plot of the " + claims.size() + " claims this finding names: "
                                + dataset.indicatorOf(claims.get(0)).label()))
                .append("</figure>\n");
    }

    /** A compact table of claims: who said what, where and when, in what words. */
    private static void claimsTable(StringBuilder out, Report report, List<Claim> claims) {
        out.append("<div class=\"table-wrap\"><table class=\"named cards\"><thead><tr><th>Claim</th><th>Outlet, date</th>"
                + "<th>Claimant</th><th class=\"num\">Value</th><th>Period</th><th>Quote</th></tr></thead><tbody>\n");
        for (Claim c : claims) {
            Source s = report.dataset().sourceOf(c);
            out.append("<tr><td data-label=\"Claim\">").append(HtmlReport.claimLink(report, c.id()))
                    .append("</td><td data-label=\"Outlet\">").append(Html.link(ClaimRow.sourceName(s), s.url()))
                    .append(s.published().map(d -> ", " + Readable.date(d)).orElse(""))
                    .append(s.derivedFrom().map(w -> " <span class=\"wire\">via " + escape(w) + "</span>").orElse(""))
                    .append("</td><td data-label=\"Claimant\">").append(escape(c.claimant()))
                    .append("</td><td class=\"num\" data-label=\"Value\">").append(escape(Readable.briefly(c.quantity())))
                    .append("</td><td data-label=\"Period\">").append(escape(c.entity())).append(' ')
                    .append(escape(Readable.period(c.period()))).append("</td><td class=\"quote\" data-label=\"Quote\">“")
                    .append(escape(c.quote())).append("”</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }
}
