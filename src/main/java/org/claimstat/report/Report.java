package org.claimstat.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimstat.Claim;
import org.claimstat.chart.ChartExport;
import org.claimstat.check.CheckReport;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Checks;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;

/**
 * The report of a dataset: its title, description and sources; per indicator a table of claims
 * beside its interval chart, with a timeline (and a comparison where there are several periods);
 * the findings of the checks grouped by severity with links to the claims; the text findings
 * (mixed scripts, boilerplate); and the checks that ran with their counts. At most
 * {@link #MAX_CHARTED_INDICATORS} indicators are drawn (those with conflicts and warnings, then
 * findings, then the most claims); the others are listed with their counts.
 *
 * <p>As one self-contained HTML page ({@link #html()}: inline SVG and CSS, no scripts, no external
 * requests, a content security policy that forbids them), an HTML fragment for notebooks, or
 * Markdown. Every string from the data is escaped, and links are only made to {@code http(s)}
 * addresses. {@link #write(Path)} writes the page with every chart as PNG and SVG and the tables
 * as spreadsheet-safe CSV.
 *
 * <p>Immutable; charts are drawn when the report is made. Thread-safe once made.
 *
 * {@snippet class=org.claimstat.snippets.ReportSnippets region=report}
 */
public final class Report {
    /**
     * The most indicators a report draws charts and claim tables for (those with conflicts and warnings first, then
     * those with findings, then those with the most claims); the others are listed with their counts, so that the
     * report of a large dataset stays bounded.
     */
    public static final int MAX_CHARTED_INDICATORS = 60;
    /**
     * The most findings of one severity (and the most text findings) the page and {@code report.md} spell out, each with
     * its claims; the others are counted there and every finding is in {@code findings.csv}, so that the report of a
     * dataset with a hundred thousand findings stays readable and fits in memory.
     */
    public static final int MAX_LISTED_FINDINGS = 300;

    private final ClaimDataset dataset;
    private final List<Finding> findings;
    private final List<CheckRun> runs;
    private final Anchors anchors;
    private final List<ReportCharts> charts;
    private final Charted charted;
    private final Map<String, List<Finding>> findingsByClaim = new HashMap<>();
    private final Map<String, Claim> claimsById = new HashMap<>();
    private final Map<Finding, String> findingAnchors = new IdentityHashMap<>();

    private Report(ClaimDataset dataset, List<Finding> findings, List<CheckRun> runs) {
        this.dataset = dataset;
        this.findings = findings;
        this.runs = runs;
        this.anchors = Anchors.of(dataset);
        dataset.claims().forEach(c -> claimsById.putIfAbsent(c.id(), c));
        this.charted = Charted.of(dataset, findings, MAX_CHARTED_INDICATORS);
        this.charts = charted.charted().stream().map(i -> ReportCharts.of(dataset, i, findings)).toList();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            findingAnchors.put(f, "finding-" + (i + 1));
            f.claims().stream().distinct().forEach(id -> findingsByClaim.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
        }
    }

    /**
     * The files {@link #write(Path)} wrote.
     *
     * @param index the HTML page
     * @param markdown the Markdown report
     * @param charts every chart, as PNG and as SVG
     * @param tables the spreadsheet-safe CSV tables
     */
    public record Files(Path index, Path markdown, List<Path> charts, List<Path> tables) {
        /** Copies the lists. */
        public Files {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(markdown, "markdown");
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
        }
    }

    /** Returns the report of a dataset with the findings and the runs of the checks that made them. */
    public static Report of(ClaimDataset dataset, List<Finding> findings, List<CheckRun> runs) {
        Objects.requireNonNull(dataset, "dataset");
        return new Report(dataset, List.copyOf(findings), List.copyOf(runs));
    }

    /** Returns the report of a dataset with the findings of every built-in check ({@link Checks#defaults()}). */
    public static Report of(ClaimDataset dataset) {
        return of(dataset, Checks.defaults().run(dataset));
    }

    /** Returns the report of a dataset with the findings and check runs of {@code checks}. */
    public static Report of(ClaimDataset dataset, CheckReport checks) {
        return of(dataset, checks.findings(), checks.checks());
    }

    /** Returns the report of a dataset on which no checks were run (it says so). */
    public static Report unchecked(ClaimDataset dataset) {
        return of(dataset, List.of(), List.of());
    }

    /** Returns the self-contained HTML page. */
    public String html() {
        return HtmlReport.page(this);
    }

    /** Returns the report as an HTML fragment (a {@code div} with scoped CSS) to display in a notebook. */
    public String htmlFragment() {
        return HtmlReport.fragment(this);
    }

    /** Returns the report as Markdown; charts are referenced as the files {@link #write(Path)} writes under {@code charts/}. */
    public String markdown() {
        return MarkdownReport.render(this);
    }

    /**
     * Writes {@code index.html}, {@code report.md}, every chart as PNG and SVG under {@code charts/},
     * and {@code claims.csv} and {@code findings.csv} for spreadsheets, creating the folder.
     *
     * @param dir the folder to write into
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public Files write(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Path chartDir = java.nio.file.Files.createDirectories(dir.resolve("charts"));
        List<Path> written = new ArrayList<>();
        for (ReportCharts c : charts) {
            for (ReportCharts.Named n : c.charts()) {
                String stem = chartFile(c, n);
                written.add(ChartExport.writePng(n.chart(), chartDir.resolve(stem + ".png"), n.width(), n.height()));
                written.add(ChartExport.writeSvg(n.chart(), chartDir.resolve(stem + ".svg"), n.width(), n.height()));
            }
        }
        Path index = java.nio.file.Files.writeString(dir.resolve("index.html"), html(), StandardCharsets.UTF_8);
        Path md = java.nio.file.Files.writeString(dir.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
        Path claims = SpreadsheetCsv.write(dir.resolve("claims.csv"), ClaimRow.CSV_HEADER, dataset.claims().stream()
                .map(c -> ClaimRow.of(dataset, c).csv(dataset.indicatorOf(c))).toList());
        Path found = SpreadsheetCsv.write(dir.resolve("findings.csv"), List.of("check", "severity", "claims", "message"),
                findings.stream().map(f -> List.of(f.check(), f.severity().code(), String.join(" ", f.claims()), f.message())).toList());
        return new Files(index, md, written, List.of(claims, found));
    }

    /** Returns true for findings about the text of the documents (mixed scripts, boilerplate), shown in their own section. */
    public static boolean isTextFinding(Finding finding) {
        String check = finding.check().toLowerCase(Locale.ROOT);
        return check.contains("text") || check.contains("script") || check.contains("boilerplate");
    }

    String chartFile(ReportCharts c, ReportCharts.Named n) {
        return anchors.file(c.indicator().id()) + "-" + n.kind();
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * Returns how many stories the sources tell: sources that copy one wire service ({@code derived_from})
     * count once. Not a count of independent witnesses, which depend on the claimant of each figure.
     */
    long stories() {
        return dataset().sources().stream().map(org.claimstat.Source::independenceKey).distinct().count();
    }

    ClaimDataset dataset() {
        return dataset;
    }

    List<CheckRun> runs() {
        return runs;
    }

    Anchors anchors() {
        return anchors;
    }

    List<ReportCharts> charts() {
        return charts;
    }

    String findingAnchor(Finding f) {
        return findingAnchors.get(f);
    }

    /** Returns the findings other than text findings by severity, most serious first, only severities that occur. */
    Map<Severity, List<Finding>> findingsBySeverity(boolean includeText) {
        Map<Severity, List<Finding>> ordered = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.CONFLICT, Severity.WARNING, Severity.INFO)) {
            List<Finding> list = findings.stream().filter(f -> f.severity() == s && (includeText || !isTextFinding(f))).toList();
            if (!list.isEmpty()) {
                ordered.put(s, list);
            }
        }
        return ordered;
    }

    /** Returns the findings a page spells out: at most {@link #MAX_LISTED_FINDINGS} of each severity and of text findings. */
    List<Finding> listedFindings() {
        List<Finding> out = new ArrayList<>();
        findingsBySeverity(false).values().forEach(list -> out.addAll(listed(list)));
        out.addAll(listed(textFindings()));
        return out;
    }

    /** Returns the first {@link #MAX_LISTED_FINDINGS} of a list of findings. */
    static List<Finding> listed(List<Finding> list) {
        return list.size() <= MAX_LISTED_FINDINGS ? list : list.subList(0, MAX_LISTED_FINDINGS);
    }

    /** Returns the sentence that counts the findings of a list a page leaves out, or an empty string. */
    static String unlisted(List<Finding> list) {
        int more = list.size() - MAX_LISTED_FINDINGS;
        return more <= 0 ? "" : String.format(Locale.ROOT, "%,d more not listed here (the first %,d are): every "
                + "finding is in findings.csv.", more, MAX_LISTED_FINDINGS);
    }

    List<Finding> textFindings() {
        return findings.stream().filter(Report::isTextFinding).toList();
    }

    List<Finding> findingsAbout(String claimId) {
        return findingsByClaim.getOrDefault(claimId, List.of());
    }

    /** Returns the claim of this id, looked up in a map (a finding names its claims by id). */
    Optional<Claim> claim(String id) {
        return Optional.ofNullable(claimsById.get(id));
    }

    /** Returns which indicators are drawn and which only listed. */
    Charted charted() {
        return charted;
    }

    /** Returns a one-line summary such as "4 findings: 1 conflict, 2 warnings, 1 info; 5 checks ran". */
    String summary() {
        if (runs.isEmpty() && findings.isEmpty()) {
            return "No checks were run.";
        }
        Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity,
                () -> new EnumMap<>(Severity.class), Collectors.counting()));
        String bySeverity = counts.entrySet().stream().sorted(Map.Entry.<Severity, Long>comparingByKey().reversed())
                .map(e -> e.getValue() + " " + e.getKey().code() + (e.getValue() > 1 && e.getKey() != Severity.INFO ? "s" : ""))
                .collect(Collectors.joining(", "));
        return findings.size() + (findings.size() == 1 ? " finding" : " findings") + (bySeverity.isEmpty() ? "" : ": " + bySeverity)
                + "; " + runs.size() + (runs.size() == 1 ? " check ran." : " checks ran.");
    }
}
