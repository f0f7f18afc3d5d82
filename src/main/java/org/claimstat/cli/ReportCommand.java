package org.claimstat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimstat report DIR|NAME --out DIR}: writes the HTML report of a dataset folder or a
 * bundled dataset ({@code index.html}, {@code report.md}, every chart as PNG and SVG under
 * {@code charts/}, and spreadsheet-safe {@code claims.csv} and {@code findings.csv}), then says
 * where to open it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML report of a dataset (a folder, or the name of a bundled dataset such as russia-ai).")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR|NAME", description = "a dataset folder, or a bundled dataset's name")
    private String dataset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the report into")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        ClaimDataset data = DatasetArgument.load(dataset);
        Report.Files files = Report.of(data).write(out);
        stdout.println("Wrote the report of " + data + " to " + out.toAbsolutePath());
        stdout.println("  " + files.charts().size() + " chart files (PNG and SVG) in " + out.resolve("charts").toAbsolutePath());
        stdout.println("  tables for spreadsheets: " + files.tables().stream().map(p -> p.getFileName().toString()).toList());
        stdout.println("Open " + files.index().toAbsolutePath().toUri());
        return 0;
    }
}
