package org.claimstat.report;

import static org.claimstat.report.Html.escape;

import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Source;
import org.claimstat.chart.ChartExport;
import org.claimstat.chart.CommonUnit;
import org.claimstat.chart.Readable;
import org.claimstat.check.Finding;
import org.claimstat.dataset.ClaimDataset;

/** The report's per-indicator sections (claims table beside the forest plot) and its table of sources. */
final class HtmlTables {
    /** Claims tables of up to this many rows are shown open; longer ones are folded under a summary. */
    static final int OPEN_ROWS = 8;

    private HtmlTables() {
    }

    static void indicator(StringBuilder out, Report report, ReportCharts charts) {
        Indicator ind = charts.indicator();
        String anchor = report.anchors().indicator(ind.id());
        out.append("<section class=\"indicator\" id=\"").append(anchor).append("\">\n<h2>").append(escape(ind.label()))
                .append("</h2>\n<p class=\"description\">").append(escape(ind.description())).append("</p>\n")
                .append("<p class=\"meta\">Indicator <code>").append(escape(ind.id())).append("</code> · unit <code>")
                .append(escape(ind.unit().toString())).append("</code> · ").append(ind.aggregation().code()).append("</p>\n")
                .append("<div class=\"pair\">\n");
        figure(out, report, charts, charts.forest());
        List<Claim> claims = report.dataset().claimsOf(ind.id());
        boolean fold = claims.size() > OPEN_ROWS;
        out.append("<div class=\"table-wrap\">").append(fold ? "<details class=\"group\"><summary>The " + claims.size()
                + " claims, with their quotes and findings</summary>\n" : "");
        claims(out, report, claims);
        out.append(fold ? "</details>" : "").append("</div>\n</div>\n");
        if (!charts.others().isEmpty()) {
            out.append("<details class=\"group more-charts\"><summary>More charts: ")
                    .append(String.join(", ", charts.others().stream().map(ReportCharts.Named::kind).toList()))
                    .append("</summary>\n<div class=\"more\">\n");
            charts.others().forEach(c -> figure(out, report, charts, c));
            out.append("</div>\n</details>\n");
        }
        out.append("</section>\n");
    }

    /** Returns an inline {@code <svg>} with the role of an image and {@code label} as its accessible name. */
    static String accessible(String svg, String label) {
        int end = svg.indexOf('>');
        return svg.substring(0, end) + " role=\"img\" aria-label=\"" + escape(label) + "\"" + svg.substring(end);
    }

    private static String describe(ReportCharts.Named chart, Indicator ind, int claims) {
        String what = switch (chart.kind()) {
            case "forest" -> "Forest plot";
            case "timeline" -> "Timeline";
            default -> "Comparison by period";
        };
        return what + " of " + ind.label() + ", " + claims + (claims == 1 ? " claim" : " claims");
    }

    private static void figure(StringBuilder out, Report report, ReportCharts charts, ReportCharts.Named chart) {
        String id = "chart-" + report.anchors().file(charts.indicator().id()).replace('_', '-') + "-" + chart.kind();
        id = id.matches("[A-Za-z][A-Za-z0-9_-]*+") ? id : "chart-" + chart.kind();
        out.append("<figure class=\"chart ").append(chart.kind()).append("\" data-chart=\"").append(chart.kind())
                .append("\" data-indicator=\"").append(escape(charts.indicator().id())).append("\">")
                .append(accessible(ChartExport.svgElement(chart.chart(), chart.width(), chart.height(), id),
                        describe(chart, charts.indicator(), report.dataset().claimsOf(charts.indicator().id()).size())))
                .append("</figure>\n");
    }

    private static void claims(StringBuilder out, Report report, List<Claim> claims) {
        out.append("<table class=\"claims sortable cards\"><thead><tr><th>Claim</th><th class=\"num\">Value as written</th>"
                + "<th class=\"num\">Interval</th><th>Source</th><th>Claimant</th><th>Quote</th><th>Findings</th>"
                + "</tr></thead><tbody>\n");
        for (Claim c : claims) {
            ClaimRow row = ClaimRow.of(report.dataset(), c);
            Source s = row.source();
            Indicator ind = report.dataset().indicatorOf(c);
            String interval = ClaimRow.readableInterval(report.dataset(), c);
            String sort = CommonUnit.interval(report.dataset(), c, ind).map(i -> plain(i.midpoint())).orElse("");
            out.append("<tr id=\"").append(report.anchors().claim(c.id()).orElseThrow()).append("\"><td data-label=\"Claim\"><code>")
                    .append(escape(c.id())).append("</code><br><span class=\"small\">").append(escape(c.entity())).append(' ')
                    .append(escape(Readable.period(c.period()))).append("</span></td><td class=\"num\" data-label=\"Value\" data-sort=\"")
                    .append(sort).append("\">").append(escape(Readable.quantity(c.quantity())))
                    .append("</td><td class=\"num\" data-label=\"Interval\" data-sort=\"").append(sort).append("\">")
                    .append(escape(interval)).append("</td><td data-label=\"Source\">").append(Html.link(ClaimRow.sourceName(s), s.url()));
            s.published().ifPresent(d -> out.append("<br><span class=\"small\">").append(Readable.date(d)).append("</span>"));
            s.derivedFrom().ifPresent(w -> out.append("<br><span class=\"small wire\">via ").append(escape(w)).append("</span>"));
            out.append("</td><td data-label=\"Claimant\">").append(escape(c.claimant()))
                    .append("</td><td class=\"quote\" data-label=\"Quote\">“").append(escape(c.quote()))
                    .append("”</td><td data-label=\"Findings\">");
            for (Finding f : report.findingsAbout(c.id())) {
                out.append("<a class=\"badge ").append(f.severity().code()).append("\" href=\"#").append(report.findingAnchor(f))
                        .append("\">").append(escape(f.check())).append("</a> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>");
    }

    /** Returns a number as plain digits for sorting ({@code 45756}, {@code 0.5}); empty for infinities. */
    private static String plain(double value) {
        return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
    }

    /** The indicators beyond the report's limit, listed with their counts of claims and findings. */
    static void listed(StringBuilder out, Report report) {
        Charted charted = report.charted();
        if (charted.listed().isEmpty()) {
            return;
        }
        out.append("<section id=\"more-indicators\">\n<h2>").append(charted.listed().size())
                .append(" more indicators</h2>\n<p>").append(escape(charted.statement())).append("</p>\n<details class=\"group\">"
                + "<summary>The indicators without charts</summary>\n<div class=\"table-wrap\"><table class=\"sortable\"><thead>"
                + "<tr><th>Indicator</th><th>Label</th><th class=\"num\">Claims</th><th class=\"num\">Findings</th></tr>"
                + "</thead><tbody>\n");
        for (Indicator ind : charted.listed()) {
            out.append("<tr><td><code>").append(escape(ind.id())).append("</code></td><td>").append(escape(ind.label()))
                    .append("</td><td class=\"num\">").append(charted.claims().getOrDefault(ind.id(), 0))
                    .append("</td><td class=\"num\">").append(charted.findings().getOrDefault(ind.id(), 0)).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n</details>\n</section>\n");
    }

    static void sources(StringBuilder out, ClaimDataset dataset) {
        out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<details class=\"group\"><summary>").append(dataset.sources().size())
                .append(" sources: publisher, title, date, author, language, wire copied</summary>\n")
                .append("<div class=\"table-wrap\"><table class=\"sources sortable\"><thead><tr><th>Id</th>"
                + "<th>Publisher</th><th>Title</th><th>Published</th><th>Author</th><th>Language</th><th>Copy of</th>"
                + "</tr></thead><tbody>\n");
        for (Source s : dataset.sources()) {
            out.append("<tr><td><code>").append(escape(s.id())).append("</code></td><td>").append(escape(s.publisher()))
                    .append("</td><td>").append(Html.link(s.title().isBlank() ? s.url().orElse("") : s.title(), s.url()))
                    .append("</td><td>").append(s.published().map(Object::toString).orElse("")).append("</td><td>")
                    .append(escape(s.author().orElse(""))).append("</td><td>").append(escape(s.language().orElse("")))
                    .append("</td><td>").append(escape(s.derivedFrom().orElse(""))).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n</details>\n</section>\n");
    }
}
