package org.claimstat.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.report.ClaimReviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimstat check DIR|NAME [--format json|table|markdown|claimreview] [--fail-on conflict|warning]
 * [--checks id,id] [--rate-tolerance DAYS]}: runs the consistency checks and prints the report.
 * Exit code 0 on success, 1 where there is no such dataset, 2 where its files hold bad data or an
 * option names an unknown check, 3 where a finding is at least as serious as {@code --fail-on}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the consistency checks on a dataset folder or bundled dataset and prints the findings"
                + " and the checks that ran.")
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { JSON, TABLE, MARKDOWN, CLAIMREVIEW }

    @Parameters(index = "0", paramLabel = "DIR|NAME",
            description = "A dataset folder, or the name of a bundled dataset such as russia-ai.")
    private String dataset;

    @Option(names = "--format", paramLabel = "json|table|markdown|claimreview", defaultValue = "table",
            description = "table (default), json, markdown, or claimreview (schema.org ClaimReview JSON-LD, one"
                    + " review for each claim a finding names).")
    private String format;

    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "claimstat",
            description = "With --format claimreview: the organisation publishing the reviews (default: ${DEFAULT-VALUE}).")
    private String reviewer;

    @Option(names = "--reviewer-url", paramLabel = "URL", defaultValue = "",
            description = "With --format claimreview: the reviewer's web address.")
    private String reviewerUrl;

    @Option(names = "--review-date", paramLabel = "YYYY-MM-DD",
            description = "With --format claimreview: the reviews' publication date (default: today).")
    private Optional<LocalDate> reviewDate;

    @Option(names = "--fail-on", paramLabel = "conflict|warning",
            description = "Exit with code 3 when a finding is at least this serious.")
    private Optional<String> failOn;

    @Option(names = "--checks", paramLabel = "ID,ID", split = ",",
            description = "Only these checks (default: all): conflict, outlier, part_whole, relations (or"
                    + " relations:ID), dates, same_figure, syndication, currency, bounds, text_hygiene.")
    private List<String> checks;

    @Mixin
    private RateToleranceOption rateTolerance;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws DatasetArgument.Unusable {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format chosen;
        Optional<Severity> threshold;
        Checks selected;
        try {
            chosen = Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
            threshold = failOn.map(Severity::parse);
            selected = Checks.defaults().rateToleranceDays(rateTolerance.days());
            if (checks != null && !checks.isEmpty()) {
                selected = selected.only(checks);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage().startsWith("No enum") ? "expected --format json, table, markdown or claimreview, was '"
                    + format + "'" : e.getMessage());
            return 2;
        }
        ClaimDataset data = DatasetArgument.load(dataset);
        CheckReport report;
        try {
            report = selected.run(data);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (chosen == Format.CLAIMREVIEW) {
            if (reviewer.isBlank()) {
                err.println("--reviewer needs a name");
                return 2;
            }
            if (reviewDate.filter(d -> d.getYear() < 1 || d.getYear() > 9999).isPresent()) {
                err.println("--review-date must be in the years 1 to 9999, was " + reviewDate.get());
                return 2;
            }
            if (!reviewerUrl.isEmpty() && !webAddress(reviewerUrl)) {
                err.println(TerminalText.safe("--reviewer-url must be a web address (http:// or https://), was '"
                        + reviewerUrl + "'"));
                return 2;
            }
            out.println(JsonText.inert(ClaimReviews.of(new ClaimReviews.Reviewer(reviewer, reviewerUrl),
                    reviewDate.orElseGet(LocalDate::now)).toJsonLd(data, report)));
            out.flush();
        } else {
            print(report, chosen, out);
        }
        return threshold.isPresent() && report.hasAtLeast(threshold.get()) ? 3 : 0;
    }

    /** Whether the text is an absolute http or https address with a host, as a published review's author URL must be. */
    private static boolean webAddress(String text) {
        try {
            java.net.URI uri = new java.net.URI(text);
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void print(CheckReport report, Format format, PrintWriter out) {
        switch (format) {
            case JSON -> out.println(JsonText.inert(report.toJson()));
            case MARKDOWN -> out.print(TerminalText.safe(report.toMarkdown()));
            case TABLE -> out.print(TerminalText.safe(CheckText.render(report)));
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        out.flush();
    }
}
