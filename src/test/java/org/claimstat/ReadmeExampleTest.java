package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Keeps the README's Java example true: the same code, and the README shows it unchanged. */
class ReadmeExampleTest {

    private static List<String> readmeExample() {
        ClaimDataset data = ClaimDatasets.load("russia-ai");
        List<String> lines = new ArrayList<>();
        for (Claim c : data.claimsOf("it_vacancies")) {
            lines.add(c.quantity() + " means " + c.interval()
                    + " per " + c.claimant() + " in " + data.sourceOf(c).title());
        }
        return lines;
    }

    @Test
    void example_printsTheVacanciesClaimWithItsHedgedInterval() {
        List<String> lines = readmeExample();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("nearly 95000 vacancy means (90000, 95000] per CNews in "), lines.get(0));
    }

    @Test
    void checkAndReportExample_findsTheDirectiveConflictAndWritesTheReport(@TempDir Path tmp) throws IOException {
        ClaimDataset data = ClaimDatasets.load("russia-ai");
        CheckReport report = Checks.defaults().run(data);
        List<String> lines = new ArrayList<>();
        report.findings().forEach(f -> lines.add(f.severity() + " " + f.check() + ": " + f.message()));
        Report.of(data, report).write(tmp);
        Table table = data.withIndicator("ai_lag_behind_us_china").toTable();
        assertTrue(lines.get(0).startsWith("conflict dates: c003-01 (2024-12-30"), lines.get(0));
        assertTrue(Files.isRegularFile(tmp.resolve("index.html")));
        assertEquals(2, table.rowCount());
    }

    @Test
    void consumerProject_runsEveryLineOfTheReadmesJavaExamplesAgainstThisVersion() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String inJava = readme.substring(readme.indexOf("## In Java"), readme.indexOf("### As a dependency"));
        String consumer = Files.readString(Path.of("consumer/src/main/java/example/ReadmeExample.java"));
        List<String> missing = new ArrayList<>();
        for (String block : inJava.split("```java\n")) {
            if (!block.contains("```")) {
                continue;
            }
            for (String line : block.substring(0, block.indexOf("```")).split("\n")) {
                if (!line.isBlank() && !consumer.contains(line.strip())) {
                    missing.add(line.strip());
                }
            }
        }
        assertEquals(List.of(), missing, "README lines the consumer project does not run");
        String version = versionIn(Files.readString(Path.of("pom.xml")), "<version>");
        assertEquals(version, versionIn(Files.readString(Path.of("consumer/pom.xml")), "<claimstat.version>"));
        assertTrue(readme.contains("<version>" + version + "</version>"), "the README's dependency names " + version);
    }

    private static String versionIn(String pom, String tag) {
        String after = pom.substring(pom.indexOf("<artifactId>claimstat"));
        int start = after.indexOf(tag) + tag.length();
        return after.substring(start, after.indexOf('<', start));
    }

    @Test
    void readme_showsTheExampleAndStartsWithTheTwoCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("for (Claim c : data.claimsOf(\"it_vacancies\")) {"));
        assertTrue(readme.contains("Report.of(data, report).write(Path.of(\"target/report\"));"));
        assertTrue(readme.contains("java -jar target/claimstat-cli.jar report russia-ai --out target/report"));
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.contains("mvn -B -ntp verify") && readme.contains("mvn -B -ntp verify"),
                "the README's test command and .ci/run must be the same");
    }
}
