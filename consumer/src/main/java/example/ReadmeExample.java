package example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimstat.Claim;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.report.Report;
import tech.tablesaw.api.Table;

/**
 * The README's Java example, as a user outside the repository compiles and runs it. Exits non-zero
 * when the example does not give what the README says or a command-line-only class is on the
 * classpath.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) throws IOException {
        ClaimDataset data = ClaimDatasets.load("russia-ai");           // bundled, from the classpath
        int printed = 0;
        for (Claim c : data.claimsOf("it_vacancies")) {
            System.out.println(c.quantity() + " means " + c.interval()    // nearly 95000 vacancy means (90000, 95000]
                    + " per " + c.claimant() + " in " + data.sourceOf(c).title());
            printed++;
        }

        CheckReport report = Checks.defaults().run(data);
        report.findings().forEach(f -> System.out.println(f.severity() + " " + f.check() + ": " + f.message()));
        Report.of(data, report).write(Path.of("target/report"));       // index.html, charts/, claims.csv, findings.csv
        Table table = data.withIndicator("ai_lag_behind_us_china").toTable();   // a Tablesaw Table

        require(printed == 1, "expected one it_vacancies claim, printed " + printed);
        require(!report.findings().isEmpty(), "expected the checks to find the directive conflict");
        require(Files.isRegularFile(Path.of("target/report/index.html")), "no target/report/index.html");
        require(table.rowCount() == 2, "expected 2 rows of ai_lag_behind_us_china, got " + table.rowCount());
        for (String cliOnly : new String[] {"picocli.CommandLine", "org.slf4j.nop.NOPServiceProvider"}) {
            require(!onClasspath(cliOnly), "a command-line-only class leaked onto a library user's classpath: " + cliOnly);
        }
        System.out.println("consumer: the README example ran; no command-line-only class on the classpath");
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, ReadmeExample.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            System.err.println("consumer: " + message);
            System.exit(1);
        }
    }
}
