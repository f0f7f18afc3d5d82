package org.claimstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
 *
 * <p>The report is written beside the folder first and moved into place once whole, so a failure leaves nothing
 * half-written. It is never written into a dataset folder (its {@code claims.csv} would replace the dataset's) nor
 * onto a file. Exit code 0 on success, 1 where there is no such dataset, 2 where its files hold bad data or the
 * report cannot be written there.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML report of a dataset (a folder, or the name of a bundled dataset such as russia-ai).")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR|NAME", description = "a dataset folder, or a bundled dataset's name")
    private String dataset;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "folder to write the report into (not a dataset folder)")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String refusal = refusal();
        if (refusal != null) {
            err.println(TerminalText.safe(refusal));
            return ExitCodes.BAD_INPUT;
        }
        ClaimDataset data = DatasetArgument.load(dataset);
        Path target = out.toAbsolutePath().normalize();
        Path parent = Files.createDirectories(target.getParent());
        // Not createTempDirectory: its folder is private (0700) and, moved into place, the report would be too.
        Path staging = Files.createDirectory(parent.resolve("." + target.getFileName() + ".claimstat-"
                + java.util.UUID.randomUUID()));
        Report.Files files;
        try {
            files = Report.of(data).write(staging);
            String clash = clash(staging, target);
            if (clash != null) {
                err.println(TerminalText.safe(clash));
                return ExitCodes.BAD_INPUT;
            }
            moveInto(staging, target);
        } finally {
            deleteTree(staging);
        }
        stdout.println("Wrote the report of " + data + " to " + target);
        stdout.println("  " + files.charts().size() + " chart files (PNG and SVG) in " + target.resolve("charts"));
        stdout.println("  tables for spreadsheets: " + files.tables().stream().map(p -> p.getFileName().toString()).toList());
        stdout.println("Open " + target.resolve("index.html").toUri());
        return ExitCodes.OK;
    }

    /** Returns why {@code --out} cannot take the report, or null where it can. */
    private String refusal() {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return "--out " + out + " is a file, not a folder; give a folder for the report";
        }
        Path source = Path.of(dataset).toAbsolutePath().normalize();
        if (Files.isDirectory(source) && (target.equals(source) || target.startsWith(source))) {
            return "--out " + out + " is the dataset's own folder (or inside it): the report's claims.csv would replace"
                    + " the dataset's; give another folder";
        }
        if (Files.exists(target.resolve("datapackage.json"))) {
            return "--out " + out + " holds a dataset (datapackage.json): the report's claims.csv would replace its"
                    + " claims; give another folder";
        }
        return null;
    }

    /**
     * Returns why the staged report cannot replace what {@code target} holds, or null where it can: files of the
     * report's names are replaced only where they are an earlier claimstat report (its index.html says so), never a
     * user's own files that happen to have those names.
     */
    private static String clash(Path staging, Path target) throws IOException {
        if (!Files.isDirectory(target) || earlierReport(target.resolve("index.html"))) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            List<String> taken = walk.filter(Files::isRegularFile).map(f -> staging.relativize(f).toString())
                    .filter(name -> Files.exists(target.resolve(name))).sorted().limit(5).toList();
            return taken.isEmpty() ? null : "--out " + target + " already holds " + String.join(", ", taken)
                    + ", not of an earlier claimstat report; nothing was written. Give a new or empty folder, or move"
                    + " those files away";
        }
    }

    private static boolean earlierReport(Path index) throws IOException {
        if (!Files.isRegularFile(index)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(index, StandardCharsets.UTF_8).limit(20)) {
            return lines.anyMatch(line -> line.contains("claimstat"));
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Moves each file of the staged report into {@code target}, replacing only the files of a report of the same names. */
    private static void moveInto(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            Files.createDirectory(staging);  // so that the caller's clean-up finds what it expects
            return;
        }
        List<Path> staged;
        try (Stream<Path> walk = Files.walk(staging)) {
            staged = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : staged) {
            Path to = target.resolve(staging.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.move(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
