package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.check.Finding;
import org.claimstat.testing.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    private static final Report SAMPLE = Report.of(SampleDatasets.sample(), SampleDatasets.sampleFindings(),
            SampleDatasets.sampleRuns());
    private static final Report HOSTILE = Report.of(SampleDatasets.hostile(), SampleDatasets.hostileFindings(), List.of());

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void html_isOneSelfContainedPageThatForbidsScriptsAndRequests() {
        String page = SAMPLE.html();
        String html = withoutJsonLd(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + sha256(tableScript(page)) + "'\">"),
                "the policy allows the table script by its hash, and no other");
        for (String external : List.of("<script", "<link", "<iframe", "src=\"http", "@import", "url(http")) {
            assertFalse(html.contains(external), external);
        }
    }

    @Test
    void html_hasAForestPlotBesideTheClaimsOfEveryIndicator() {
        String html = SAMPLE.html();
        for (String id : List.of("it_emigrants", "it_vacancies", "law_signed", "ai_rank")) {
            int figure = html.indexOf("<figure class=\"chart forest\" data-chart=\"forest\" data-indicator=\"" + id
                    + "\"><svg ");
            assertTrue(figure >= 0, id);
            String svgTag = html.substring(figure, html.indexOf('>', html.indexOf("<svg ", figure)));
            assertTrue(svgTag.contains(" id=\"chart-" + id.replace('_', '-') + "-forest\""), svgTag);
        }
        assertEquals(16, count(html, "<tr id=\"claim-"));
        assertEquals(1, count(html, "data-chart=\"comparison\""));
    }

    @Test
    void html_groupsFindingsBySeverityWithLinksToTheirClaims() {
        String html = SAMPLE.html();
        int conflicts = html.indexOf("Conflicts: the claims cannot all be true (1)");
        int warnings = html.indexOf("Warnings: likely mistakes or misreports (1)");
        int info = html.indexOf("Information (1)");
        assertTrue(conflicts > 0 && conflicts < warnings && warnings < info, conflicts + " " + warnings + " " + info);
        assertTrue(html.contains("<p class=\"explain\"><span class=\"badge conflict\">conflict"
                + "</span> <code>conflict</code> 50,000 to 70,000 (c6) and more than 150,000 (c4) cannot both hold</p>"));
        String finding1 = html.substring(html.indexOf("id=\"finding-1\""), html.indexOf("</li>", html.indexOf("id=\"finding-1\"")));
        assertTrue(finding1.indexOf("<a href=\"#claim-c6\">c6</a>") < finding1.indexOf("<a href=\"#claim-c4\">c4</a>"),
                "the finding lists the claims it names, in its order");
        assertTrue(finding1.contains("“50,000 to 70,000”") && finding1.contains("more than 150,000 people")
                && finding1.contains("RBC</a>, 15 Nov 2022"), "with their quotes, values, outlets and dates");
        assertTrue(finding1.contains("<figure class=\"chart small\" data-chart=\"finding\"><svg ")
                && finding1.contains("finding-1-chart"),
                "and a small chart of just those claims");
        int text = html.indexOf("<section id=\"text-findings\">");
        assertTrue(html.indexOf("id=\"finding-4\"") > text, "the mixed-scripts finding is a text finding");
        assertTrue(html.contains("<a class=\"badge conflict\" href=\"#finding-1\">conflict</a>"), "claim rows link back");
    }

    @Test
    void html_listsTheChecksThatRanWithTheirCounts() {
        assertTrue(SAMPLE.html().contains("<tr><td><code>outlier</code></td><td>robust outliers among independent sources"
                + "</td><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td></tr>"));
        assertTrue(Report.unchecked(SampleDatasets.sample()).html().contains("No checks were run for this report."));
    }

    @Test
    void html_escapesEveryStringFromAHostileDataset() {
        String html = withoutJsonLd(HOSTILE.html());
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no img element");
        assertFalse(html.contains("<svg onload"), "no svg from a quote");
        assertFalse(html.contains("<b>AFP"), "no markup from derived_from");
        assertFalse(html.contains("javascript:alert(document.cookie)\""), "no javascript: link");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;</td>"), "the title is text, not a link");
        assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">"));
        assertTrue(html.contains("<tr id=\"claim-_1\">"), "an unsafe claim id gets a safe anchor");
        assertTrue(html.contains("<a href=\"#claim-_1\">c&quot;1&#39;&gt;&lt;script&gt;</a>"));
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            assertTrue(hrefs.group(1).startsWith("#") || hrefs.group(1).startsWith("https://"), hrefs.group(1));
        }
    }

    @Test
    void markdown_escapesEveryStringFromAHostileDataset() {
        String md = HOSTILE.markdown();
        assertFalse(md.contains("<script"));
        assertFalse(md.contains("javascript:alert(document.cookie)]"));
        assertTrue(md.startsWith("# &lt;script&gt;alert('title')&lt;/script&gt;\n"));
        assertTrue(md.contains("\\*b\\* =cmd\\|' /C calc'\\!A0"));
    }

    @Test
    void markdown_hasFindingsChecksAndAClaimsTablePerIndicator() {
        String md = SAMPLE.markdown();
        assertTrue(md.contains("- **conflict** 50,000 to 70,000 people (RBC, 15 Nov 2022) against more than 150,000 people "
                + "(Ministry of Digital Development, 21 Dec 2022): the highest is 2.5 times the lowest. "
                + "conflict: 50,000 to 70,000 (c6) and more than 150,000 (c4) cannot both hold\n  - c6: "), md);
        assertTrue(md.contains("- **info** syndication: c2 and c3 are copies of one AFP story\n"), "no headline where the values are one");
        assertTrue(md.contains(" · RBC survey · 50,000 to 70,000 people · RU 2022 · “50,000 to 70,000”\n"), md);
        assertTrue(md.contains("| c1 | an estimated 100,000 people | estimate | \\[90,000, 110,000\\] people | "), "readable values: " + md);
        assertTrue(md.indexOf("## Findings") < md.indexOf("## Checks that ran"), "findings first");
        assertTrue(md.contains("| claims | sources (stories) | indicators | conflicts | warnings | info findings |\n"));
        assertTrue(md.contains("| outlier | robust outliers among independent sources | 3 | 2 | 1 |\n"));
        assertTrue(md.contains("![forest chart](charts/it\\_emigrants-forest.svg)") || md.contains("![forest chart](charts/it_emigrants-forest.svg)"));
        assertTrue(md.contains("| c4 | more than 150,000 people | more\\_than | (150,000, ∞) people | [Ministry of Digital Development, 21 Dec 2022]"
                + "(<https://example.org/mincifry>) | ministry | more than 150,000 |\n"));
    }

    @Test
    void write_writesThePageTheChartsAndSpreadsheetSafeTables(@TempDir Path dir) throws Exception {
        Report.Files files = HOSTILE.write(dir);
        assertEquals(dir.resolve("index.html"), files.index());
        assertEquals(List.of(dir.resolve("charts/_1-forest.png"), dir.resolve("charts/_1-forest.svg"),
                dir.resolve("charts/_1-timeline.png"), dir.resolve("charts/_1-timeline.svg")), files.charts());
        String svg = Files.readString(dir.resolve("charts/_1-forest.svg"));
        assertFalse(svg.contains("<script"), "chart text from data is escaped in SVG");
        List<String> claims = Files.readAllLines(dir.resolve("claims.csv"));
        assertTrue(claims.get(1).contains(",'+SUM(A1),"), claims.get(1));
        assertTrue(claims.get(2).startsWith("c2,x<script>,'@RU,2022,-12,exact,"), claims.get(2));
        assertTrue(claims.get(2).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), claims.get(2));
        assertEquals("check,severity,claims,message", Files.readAllLines(dir.resolve("findings.csv")).get(0));
    }

    @Test
    void isTextFinding_recognisesTextHygieneChecks() {
        assertTrue(Report.isTextFinding(new Finding("text-mixed-scripts", org.claimstat.check.Severity.WARNING, List.of(), "m")));
        assertTrue(Report.isTextFinding(new Finding("boilerplate", org.claimstat.check.Severity.INFO, List.of(), "m")));
        assertFalse(Report.isTextFinding(new Finding("conflict", org.claimstat.check.Severity.CONFLICT, List.of(), "m")));
    }

    /**
     * Returns the page without its one JSON-LD data block (never run: a data block, not a script, under the CSP) and
     * without the table script at the end of its body, asserting there is no other script.
     */
    private static String withoutJsonLd(String html) {
        String script = "<script>" + tableScript(html) + "</script>";
        assertEquals(1, count(html, script), "one table script");
        html = html.replace(script, "");
        int open = html.indexOf("<script type=\"application/ld+json\">");
        if (open < 0) {
            assertFalse(html.contains("<script"), "a script other than the table script");
            return html;
        }
        int close = html.indexOf("</script>", open) + "</script>".length();
        String rest = html.substring(close);
        assertFalse(rest.contains("<script"), "a second script element");
        assertFalse(html.substring(0, open).contains("<script"), "a script before the data block");
        return html.substring(0, open) + rest;
    }

    /** Returns the text of the page's last script element: the table script, written just before the body ends. */
    private static String tableScript(String html) {
        int end = html.lastIndexOf("</script>\n</body>");
        int start = html.lastIndexOf("<script>", end) + "<script>".length();
        String js = html.substring(start, end);
        assertTrue(js.startsWith("var n=document.getElementById('contents');"), js.substring(0, Math.min(60, js.length())));
        assertTrue(js.contains("document.querySelectorAll('table.sortable')"), "the table script");
        assertFalse(js.contains("http") || js.contains("fetch") || js.contains("XMLHttpRequest") || js.contains("innerHTML"),
                "the script makes no request and writes no markup");
        return js;
    }

    private static String sha256(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
