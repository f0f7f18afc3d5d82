package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimstat.chart.Charts;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.report.ClaimReviews;
import org.claimstat.report.Notebook;
import org.claimstat.report.Report;
import org.claimstat.report.SpreadsheetCsv;

/** The report package's Javadoc examples; JavadocExamplesTest runs each region's method. */
final class ReportSnippets {
    private ReportSnippets() {
    }

    static void notebook() {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        // @start region="notebook"
        String table = Notebook.html(dataset.withIndicator("it_vacancies").toTable());  // display("text/html", table)
        BufferedImage chart = Notebook.image(Charts.forest(dataset, "it_vacancies"));   // display(chart)
        // @end
        assertTrue(table.startsWith("<table"), table.substring(0, 20));
        assertEquals(Notebook.WIDTH, chart.getWidth());
    }

    static void claimReviews() {
        // @start region="claimReviews"
        ClaimDataset data = ClaimDatasets.load("russia-ai");
        CheckReport checked = Checks.defaults().run(data);
        String jsonLd = ClaimReviews.of(new ClaimReviews.Reviewer("Example Fact Check", "https://factcheck.example"),
                LocalDate.of(2026, 12, 7)).toJsonLd(data, checked);
        // @end
        assertTrue(jsonLd.contains("\"ClaimReview\""));
    }

    static void report() throws IOException {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        Path out = Files.createTempDirectory("claimstat-snippet").resolve("out");
        // @start region="report"
        Report report = Report.of(dataset, Checks.defaults().run(dataset));
        Report.Files files = report.write(out);
        files.index();  // out/index.html
        // @end
        assertEquals(out.resolve("index.html"), files.index());
        assertTrue(Files.size(files.index()) > 1000);
    }

    static void spreadsheetCsv() throws IOException {
        Path dir = Files.createTempDirectory("claimstat-snippet");
        List<List<String>> rows = List.of(List.of("conflict", "=1+1 is not 3"));
        // @start region="spreadsheetCsv"
        SpreadsheetCsv.neutralise("=HYPERLINK(\"x\")");  // "'=HYPERLINK(\"x\")"
        SpreadsheetCsv.neutralise("-12.5");              // "-12.5"
        SpreadsheetCsv.write(dir.resolve("findings.csv"), List.of("check", "message"), rows);
        // @end
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetCsv.neutralise("=HYPERLINK(\"x\")"));
        assertEquals("-12.5", SpreadsheetCsv.neutralise("-12.5"));
        assertTrue(Files.readString(dir.resolve("findings.csv")).contains("'=1+1 is not 3"));
    }
}
