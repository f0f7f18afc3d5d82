package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.check.MarkdownText;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.DatasetInfo;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A dataset whose every text is hostile renders harmlessly in every Markdown output: rendered as
 * CommonMark with GitHub's tables, no HTML element, link or image comes from data, and the text
 * holds none of what GitHub's (cmark-gfm) and Jupyter's (marked) autolinkers turn into a link
 * ({@code scheme://} or {@code www.} in the Markdown source).
 */
class HostileMarkdownTest {
    /** Each a way to inject something into Markdown that notebooks or GitHub would render. */
    static final List<String> HOSTILE = List.of(
            "<img src=x onerror=alert(1)>",
            "<script>alert(document.cookie)</script>",
            "[click me](javascript:alert(1))",
            "![pixel](https://tracker.example/p.gif)",
            "<javascript:alert(1)>",
            "javascript:alert(1)",
            "https://phish.example/login and www.phish.example",
            "[ref]: https://phish.example \"t\"",
            "&lt;img src=x onerror=alert(1)&gt;",
            "col | injected | cells",
            "line one\n# Heading\n> quote\n<div onclick=x>",
            "`code` *em* __strong__ ~~gone~~ $x^2$",
            "1. listed",
            "- bullet",
            "<a href=\"javascript:alert(1)\">x</a>",
            "\u0000\u001b[31mred\u001b[0m");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();
    private static final Set<String> STRUCTURE = Set.of("h1", "h2", "h3", "p", "ul", "li", "strong", "table", "thead",
            "tbody", "tr", "th", "td", "a", "img", "br", "details", "summary");  // the report folds its info findings
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

    private static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** A dataset where every free text is one of the hostile strings; source URLs are script or data URLs. */
    static ClaimDataset hostileDataset() {
        List<Source> sources = new java.util.ArrayList<>();
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            String url = i % 2 == 0 ? "javascript:alert(" + i + ")" : "data:text/html,<script>alert(1)</script>";
            sources.add(new Source("s" + i, text, text, Optional.of(url), Optional.of(PartialDate.parse("2024-0" + (1 + i % 9))),
                    Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
            claims.add(Claim.of("c" + i, "jobs", "RU", Period.parse("2024", "2024"),
                    Quantity.exact(BigDecimal.valueOf(1000 + 7000 * (i % 3)), Unit.parse("vacancy")), ClaimKind.STATEMENT,
                    text, "s" + i, text));
        }
        Indicator jobs = Indicator.of("jobs", HOSTILE.get(0), Unit.parse("vacancy"), Aggregation.STOCK, HOSTILE.get(2));
        return ClaimDataset.of(new DatasetInfo("hostile", HOSTILE.get(1), HOSTILE.get(3), List.of()), sources,
                List.of(jobs), claims, List.of(), List.of());
    }

    /** Asserts the rendered HTML holds only the output's own structure: no element, link or image from data. */
    private static void assertInert(String markdown, Set<String> allowedImages) {
        String html = html(markdown);
        Set<String> tags = new TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group(1).toLowerCase();
            tags.add(tag);
            if (tag.equals("a")) {
                fail("a link from data: " + m.group());
            }
            if (tag.equals("img")) {
                String src = m.group(2).replaceAll(".*src=\"([^\"]*)\".*", "$1");
                assertTrue(allowedImages.stream().anyMatch(src::startsWith), "an image from data: " + m.group());
            }
            assertFalse(m.group(2).toLowerCase().contains(" on"), "an event handler: " + m.group());
        }
        assertTrue(STRUCTURE.containsAll(tags), "elements from data: " + tags);
        assertFalse(html.toLowerCase().matches("(?s).*=\"\\s*(javascript|data|vbscript):.*"), "a script URL in an attribute");
        Matcher autolink = Pattern.compile("(?i)[a-z]+://|(?<![a-z0-9])www\\.").matcher(markdown);
        assertFalse(autolink.find(), () -> "an autolink from data: " + markdown.substring(Math.max(0, autolink.start() - 40),
                Math.min(markdown.length(), autolink.end() + 40)));
        assertFalse(html.contains("\u001b") || html.contains("\u0000"), "a control character survived");
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }

    @Test
    void escape_rendersEveryHostileStringAsItsOwnTextInOneParagraph() {
        for (String text : HOSTILE) {
            String html = html(MarkdownText.escape(text)).strip();
            assertTrue(html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0,
                    text + " -> " + html);
            assertInert(MarkdownText.escape(text), Set.of());
        }
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", MarkdownText.escape("<img src=x onerror=alert(1)>"));
        assertEquals("\\[click me\\](javascript&#58;alert(1))", MarkdownText.escape("[click me](javascript:alert(1))"));
        assertEquals("https&#58;//phish.example and &#119;ww.phish.example",
                MarkdownText.escape("https://phish.example and www.phish.example"));
    }

    @Test
    void escape_keepsOrdinaryTextReadable() {
        assertEquals("Nearly 95,000 vacancies: up 12% (2024)", MarkdownText.escape("Nearly 95,000 vacancies: up 12% (2024)"));
        assertEquals("2022-12-21", MarkdownText.escape("2022-12-21"));
        assertEquals("1\\. listed, 2024 (up 5.5%) - see", MarkdownText.escape("1. listed, 2024 (up 5.5%) - see"));
        assertEquals("<p>a &amp; b, x|y</p>", html(MarkdownText.escape("a & b, x|y")).strip().replace("\\|", "|"));
    }

    @Test
    void checkReportMarkdown_ofAHostileDataset_isInert() {
        ClaimDataset data = hostileDataset();
        CheckReport report = Checks.defaults().run(data);
        assertFalse(report.findings().isEmpty(), "the hostile claims should give findings whose messages quote them");
        assertInert(report.toMarkdown(), Set.of());
    }

    @Test
    void reportMarkdown_ofAHostileDataset_isInertButForItsOwnCharts() {
        ClaimDataset data = hostileDataset();
        String markdown = Report.of(data, Checks.defaults().run(data)).markdown();
        assertInert(markdown, Set.of("charts/"));
        assertTrue(html(markdown).contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;"), "the title is shown as text");
    }

    @Test
    void notebookMarkdownTable_ofHostileCells_isInert() {
        Table t = Table.create("hostile", StringColumn.create("text", HOSTILE));
        assertInert(Notebook.markdown(t), Set.of());
        assertEquals(HOSTILE.size() + 1, html(Notebook.markdown(t)).split("<tr>").length - 1, "one row per cell");
    }
}
