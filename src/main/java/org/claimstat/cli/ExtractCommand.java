package org.claimstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.claimstat.extract.ClaimExtractor;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimstat extract FILE... [--format json|table] [--year YEAR] [--to-dataset DIR]}: finds the
 * quantities and dates of text files and prints them, or writes a draft dataset for review.
 *
 * <p>JSON is a list of mention objects with at least {@code doc, start, end, text, value, lower,
 * upper, hedge, unit, counted, boilerplate} (see {@code docs/extract.md}). A summary of
 * mixed-script words and boilerplate goes to standard error.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find the quantities, hedges, units and dates in text files.")
public final class ExtractCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { json, table }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files; the file name without extension names the document.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--year", description = "Year given to dates written without one (\"December 30\").")
    private Integer year;

    @Option(names = "--to-dataset", paramLabel = "DIR", description = "Also write a draft dataset of the article mentions to DIR.")
    private Path toDataset;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ClaimExtractor.Builder builder = ClaimExtractor.builder();
        if (year != null) {
            builder.year(year);
        }
        ClaimExtractor extractor = builder.build();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, files.size(), System.console() != null);
        List<Extraction> extractions = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": no such file");
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            extractions.add(extractor.extract(docName(file), text));
            read.add(file);
            progress.step(file);
        }
        progress.done();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(MentionJson.write(extractions));
        } else {
            out.print(MentionTable.write(extractions));
        }
        out.flush();
        summarize(err, extractions);
        if (toDataset != null) {
            int claims = DraftDataset.write(extractions, read, toDataset);
            err.println("wrote a draft dataset of " + claims + (claims == 1 ? " claim" : " claims") + " to " + toDataset);
            leftOut(err, extractions);
        }
        err.flush();
        return 0;
    }

    /**
     * Says which mentions the draft dataset leaves out and why, so that none goes missing unseen: dates without a
     * year (no claim until a year is known) and mentions in boilerplate (not the article's claims).
     */
    private static void leftOut(PrintWriter err, List<Extraction> extractions) {
        List<String> yearless = new ArrayList<>();
        int boilerplate = 0;
        for (Extraction x : extractions) {
            for (Mention m : x.mentions()) {
                if (m.boilerplate()) {
                    boilerplate++;
                } else if (m.quantity().isEmpty()) {
                    yearless.add(x.doc() + " " + m.start() + " '" + m.text() + "'");
                }
            }
        }
        if (!yearless.isEmpty()) {
            err.println("left out " + yearless.size() + (yearless.size() == 1 ? " date" : " dates")
                    + " without a year (give --year YEAR to keep them): " + String.join(", ", yearless));
        }
        if (boilerplate > 0) {
            err.println("left out " + boilerplate + (boilerplate == 1 ? " mention" : " mentions")
                    + " in boilerplate (flagged so in the mentions printed)");
        }
    }

    static String docName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void summarize(PrintWriter err, List<Extraction> extractions) {
        for (Extraction x : extractions) {
            if (!x.mixedScript().isEmpty()) {
                String words = x.mixedScript().stream().map(Extraction.MixedScriptWord::word).distinct().limit(8)
                        .collect(Collectors.joining(", "));
                String scripts = x.mixedScript().stream().map(Extraction.MixedScriptWord::scripts).distinct()
                        .collect(Collectors.joining("; "));
                err.println(x.doc() + ": " + x.mixedScript().size() + " words mix scripts (" + scripts
                        + "), read as normalised: " + words
                        + (x.mixedScript().size() > 8 ? ", ..." : ""));
            }
            long flagged = x.mentions().stream().filter(Mention::boilerplate).count();
            if (!x.boilerplate().isEmpty()) {
                err.println(x.doc() + ": " + x.boilerplate().size() + " boilerplate lines ("
                        + x.boilerplate().stream().map(b -> b.reason().code()).distinct().collect(Collectors.joining(", "))
                        + "), " + flagged + " of " + x.mentions().size() + " mentions in them");
            }
        }
    }

    /** A progress line on a terminal's standard error; silent when output is not a terminal. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean shown;
        private int done;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.shown = terminal && total > 1;
        }

        void step(Path file) {
            done++;
            if (shown) {
                err.print("\rextract " + done + "/" + total + " " + file.getFileName() + "    ");
                err.flush();
            }
        }

        void done() {
            if (shown) {
                err.println();
            }
        }
    }
}
