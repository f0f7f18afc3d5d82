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
 * {@code claimstat extract FILE... [--format json|table] [--year YEAR] [--to-dataset DIR [--merge]
 * [--sources FILE] [--indicators FILE]]}: finds the quantities and dates of text files and prints them, or drafts
 * a dataset of whole claims for review from text files and saved web pages ({@link DraftCommand}).
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

    @Option(names = "--to-dataset", paramLabel = "DIR", description = "Also draft a dataset of whole claims into DIR"
            + " (a new folder, or one without a dataset; see --merge). HTML pages are read with their metadata.")
    private Path toDataset;

    @Option(names = "--merge", description = "With --to-dataset: add to the dataset in DIR only the claims and"
            + " sources it does not have yet, keeping every byte of what is there.")
    private boolean merge;

    @Option(names = "--sources", paramLabel = "FILE", description = "With --to-dataset: a sources.csv whose"
            + " document column names each text file; its rows become the draft's sources.")
    private Path sources;

    @Option(names = "--indicators", paramLabel = "FILE", description = "With --to-dataset: an indicators.csv"
            + " (optional keywords column) to group claims under where they fit.")
    private Path indicators;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (toDataset != null) {
            return new DraftCommand(spec.commandLine(), format == Format.json).run(files, toDataset, merge, sources,
                    indicators, year);
        }
        ClaimExtractor.Builder builder = ClaimExtractor.builder();
        if (year != null) {
            builder.year(year);
        }
        ClaimExtractor extractor = builder.build();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, files.size(), System.console() != null);
        List<Extraction> extractions = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": no such file");
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            extractions.add(extractor.extract(docName(file), text));
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
        err.flush();
        return 0;
    }

    static String docName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static void summarize(PrintWriter err, List<Extraction> extractions) {
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
