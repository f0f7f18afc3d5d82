package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.testing.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void report_writesIndexAndChartsForADatasetFolderAndSaysWhereToOpenIt(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("sample");
        ClaimDatasets.write(SampleDatasets.sample(), data);
        Path out = tmp.resolve("out");
        String stdout = run("report", data.toString(), "--out", out.toString());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("charts/it_emigrants-forest.png")));
        assertTrue(Files.isRegularFile(out.resolve("charts/it_emigrants-forest.svg")));
        assertTrue(stdout.contains("Open " + out.resolve("index.html").toAbsolutePath().toUri()), stdout);
        assertTrue(stdout.contains("  18 chart files (PNG and SVG) in "), stdout);
    }

    @Test
    void report_readsABundledDatasetByName(@TempDir Path tmp) {
        String stdout = run("report", "russia-ai", "--out", tmp.toString());
        assertTrue(stdout.startsWith("Wrote the report of russia-ai: "), stdout);
        assertTrue(Files.isRegularFile(tmp.resolve("index.html")));
    }

    @Test
    void report_runsTheChecksAndShowsTheDirectiveDateConflict(@TempDir Path tmp) throws Exception {
        run("report", "russia-ai", "--out", tmp.toString());
        String html = Files.readString(tmp.resolve("index.html"));
        String findings = Files.readString(tmp.resolve("findings.csv"));
        assertTrue(findings.contains("dates,conflict,") && findings.contains("c001-04") && findings.contains("c003-01"),
                findings);
        assertTrue(html.contains("href=\"#claim-c003-01\""), "the finding links to its claims");
        assertTrue(!html.contains("No checks were run"), "the report must run the checks");
        assertTrue(html.contains("8 findings: 1 conflict, 2 warnings, 5 info; 12 checks ran."), "the summary line");
    }

    @Test
    void report_ofAMissingDataset_exitsWith1AndSaysWhatExists(@TempDir Path tmp) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true),
                "report", "no-such-dataset", "--out", tmp.toString());
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("no dataset folder or bundled dataset 'no-such-dataset'; expected a folder"
                + " or one of [ai-nations, russia-ai]"), err.toString());
    }
}
