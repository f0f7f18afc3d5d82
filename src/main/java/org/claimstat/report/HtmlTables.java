package org.claimstat.report;

import static org.claimstat.report.Html.escape;

import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Source;
import org.claimstat.chart.ChartExport;
import org.claimstat.check.Finding;
import org.claimstat.dataset.ClaimDataset;

/** The report's per-indicator sections (claims table beside the forest plot) and its table of sources. */
final class HtmlTables {
    private HtmlTables() {
    }

    static void indicator(StringBuilder out, Report report, ReportCharts charts) {
        Indicator ind = charts.indicator();
        String anchor = report.anchors().indicator(ind.id());
        out.append("<section class=\"indicator\" id=\"").append(anchor).append("\">\n<h2>").append(escape(ind.label()))
                .append("</h2>\n<p class=\"description\">").append(escape(ind.description())).append("</p>\n")
                .append("<p class=\"meta\">Indicator <code>").append(escape(ind.id())).append("</code> · unit <code>")
                .append(escape(ind.unit().toString())).append("</code> · ").append(ind.aggregation().code()).append("</p>\n")
                .append("<div class=\"pair\">\n<div class=\"table-wrap\">");
        claims(out, report, report.dataset().claimsOf(ind.id()));
        out.append("</div>\n");
        figure(out, report, charts, charts.forest());
        out.append("</div>\n<div class=\"more\">\n");
        charts.others().forEach(c -> figure(out, report, charts, c));
        out.append("</div>\n</section>\n");
    }

    private static void figure(StringBuilder out, Report report, ReportCharts charts, ReportCharts.Named chart) {
        String id = "chart-" + report.anchors().file(charts.indicator().id()).replace('_', '-') + "-" + chart.kind();
        id = id.matches("[A-Za-z][A-Za-z0-9_-]*+") ? id : "chart-" + chart.kind();
        out.append("<figure class=\"chart ").append(chart.kind()).append("\" data-chart=\"").append(chart.kind())
                .append("\" data-indicator=\"").append(escape(charts.indicator().id())).append("\">")
                .append(ChartExport.svgElement(chart.chart(), chart.width(), chart.height(), id)).append("</figure>\n");
    }

    private static void claims(StringBuilder out, Report report, List<Claim> claims) {
        out.append("<table class=\"claims\"><thead><tr><th>Claim</th><th>Value as written, hedge</th>"
                + "<th>Interval in indicator unit</th><th>Source</th><th>Claimant</th><th>Quote</th><th>Findings</th>"
                + "</tr></thead><tbody>\n");
        for (Claim c : claims) {
            ClaimRow row = ClaimRow.of(report.dataset(), c);
            Source s = row.source();
            out.append("<tr id=\"").append(report.anchors().claim(c.id()).orElseThrow()).append("\"><td><code>")
                    .append(escape(c.id())).append("</code><br><span class=\"small\">").append(escape(c.entity())).append(' ')
                    .append(escape(row.period())).append("</span></td><td class=\"num\">").append(escape(row.written()))
                    .append("<br><span class=\"small\">").append(escape(row.hedge())).append("</span></td><td class=\"num\">")
                    .append(escape(row.interval())).append("</td><td>").append(Html.link(ClaimRow.sourceName(s), s.url()));
            s.published().ifPresent(d -> out.append("<br><span class=\"small\">").append(d).append("</span>"));
            s.derivedFrom().ifPresent(w -> out.append("<br><span class=\"small wire\">via ").append(escape(w)).append("</span>"));
            out.append("</td><td>").append(escape(c.claimant())).append("</td><td class=\"quote\">“")
                    .append(escape(c.quote())).append("”</td><td>");
            for (Finding f : report.findingsAbout(c.id())) {
                out.append("<a class=\"badge ").append(f.severity().code()).append("\" href=\"#").append(report.findingAnchor(f))
                        .append("\">").append(escape(f.check())).append("</a> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>");
    }

    static void sources(StringBuilder out, ClaimDataset dataset) {
        out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<table class=\"sources\"><thead><tr><th>Id</th>"
                + "<th>Publisher</th><th>Title</th><th>Published</th><th>Author</th><th>Language</th><th>Copy of</th>"
                + "</tr></thead><tbody>\n");
        for (Source s : dataset.sources()) {
            out.append("<tr><td><code>").append(escape(s.id())).append("</code></td><td>").append(escape(s.publisher()))
                    .append("</td><td>").append(Html.link(s.title().isBlank() ? s.url().orElse("") : s.title(), s.url()))
                    .append("</td><td>").append(s.published().map(Object::toString).orElse("")).append("</td><td>")
                    .append(escape(s.author().orElse(""))).append("</td><td>").append(escape(s.language().orElse("")))
                    .append("</td><td>").append(escape(s.derivedFrom().orElse(""))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }
}
