package org.claimstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * {@code claimstat extract FILE... [--format json|table] [--year YEAR] [--charset NAME] [--to-dataset DIR [--merge]
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

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Text files, UTF-8 unless --charset says otherwise; the file name without extension names the"
                    + " document.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--year", description = "Year given to dates written without one (\"December 30\"), 1 to 9999.")
    private Integer year;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "The encoding of the files (such as windows-1252 or ISO-8859-1); bytes not of it are read as"
                    + " U+FFFD with a warning. Without it a file that is not valid UTF-8 is refused.")
    private String charset;

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

    /**
     * Reads the files one by one and writes each one's mentions as they are found, so that memory is bounded by the
     * largest file: a file that is missing, unreadable or not text is reported and the others still read; a failure
     * inside the extractor is reported with its document, offset and text and every other mention still written.
     * Exit code 0, or 2 where an option is bad or a file was refused (after every other file was written).
     */
    @Override
    public Integer call() throws IOException {
        Optional<String> draftingOnly = merge ? Optional.of("--merge") : sources != null ? Optional.of("--sources")
                : indicators != null ? Optional.of("--indicators") : Optional.empty();
        if (toDataset == null && draftingOnly.isPresent()) {
            spec.commandLine().getErr().println(draftingOnly.get() + " works only with --to-dataset DIR; give the"
                    + " folder to draft into, or leave " + draftingOnly.get() + " out");
            return ExitCodes.BAD_INPUT;
        }
        files = readOnce(files, spec.commandLine().getErr());
        if (toDataset != null) {
            if (year != null && (year < 1 || year > 9999)) {
                spec.commandLine().getErr().println("--year must be 1 to 9999, was " + year);
                return ExitCodes.BAD_INPUT;
            }
            return new DraftCommand(spec.commandLine(), format == Format.json).run(files, toDataset, merge, sources,
                    indicators, year);
        }
        PrintWriter err = spec.commandLine().getErr();
        ClaimExtractor.Builder builder = ClaimExtractor.builder();
        Optional<Charset> encoding;
        try {
            if (year != null) {
                builder.year(year);
            }
            encoding = Optional.ofNullable(charset).map(Charset::forName);
        } catch (IllegalArgumentException e) {
            err.println(year != null && (year < 1 || year > 9999) ? "--year must be 1 to 9999, was " + year
                    : "unknown --charset '" + charset + "'; expected a name such as UTF-8, windows-1252 or ISO-8859-1");
            err.flush();
            return 2;
        }
        ClaimExtractor extractor = builder.build();
        TextInput input = new TextInput(encoding, err);
        PrintWriter out = spec.commandLine().getOut();
        MentionOutput output = format == Format.json ? new MentionJson(out) : new MentionTable(out);
        Progress progress = new Progress(err, files.size(), System.console() != null);
        boolean refused = false;
        output.start();
        for (Path file : files) {
            Optional<String> text = input.read(file);
            if (text.isEmpty()) {
                refused = true;
                continue;
            }
            Summary summary = new Summary(docName(file));
            extractor.extract(summary.doc, text.get(), part -> {
                output.write(part.extraction(), part.offset());
                summary.add(part.extraction(), part.offset());
            });
            summary.print(err);
            progress.step(file);
        }
        output.end();
        progress.done();
        if (refused) {
            err.println("some files were not read (see above); the mentions of the others were written");
        }
        err.flush();
        return refused ? 2 : 0;
    }

    /**
     * Returns the files without the ones given again (the same file by another name, or through a link), saying so:
     * drafted twice, one article became two sources with the same claims.
     */
    private static List<Path> readOnce(List<Path> files, PrintWriter err) {
        java.util.Map<Path, Path> first = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            Path same;
            try {
                same = file.toRealPath();
            } catch (IOException | RuntimeException e) {
                same = file.toAbsolutePath().normalize();
            }
            Path before = first.putIfAbsent(same, file);
            if (before != null) {
                err.println(TerminalText.safe(file + " is " + before + " again; read once"));
            }
        }
        return List.copyOf(first.values());
    }

    static String docName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Says on standard error what {@link Summary} says of each whole extraction (the drafting path). */
    static void summarize(PrintWriter err, List<Extraction> extractions) {
        for (Extraction x : extractions) {
            Summary summary = new Summary(x.doc());
            summary.add(x, 0);
            summary.print(err);
        }
    }

    /** What {@code extract} says on standard error about one document, gathered over its parts. */
    private static final class Summary {
        private final String doc;
        private final Set<String> scripts = new LinkedHashSet<>();
        private final Set<String> words = new LinkedHashSet<>();
        private final Set<String> reasons = new LinkedHashSet<>();
        private final List<String> failures = new ArrayList<>();
        private int mixed;
        private int boilerplate;
        private long flagged;
        private long mentions;

        Summary(String doc) {
            this.doc = doc;
        }

        void add(Extraction x, int offset) {
            mixed += x.mixedScript().size();
            for (Extraction.MixedScriptWord w : x.mixedScript()) {
                scripts.add(w.scripts());
                if (words.size() < 9) {
                    words.add(w.word());
                }
            }
            boilerplate += x.boilerplate().size();
            x.boilerplate().forEach(b -> reasons.add(b.reason().code()));
            flagged += x.mentions().stream().filter(Mention::boilerplate).count();
            mentions += x.mentions().size();
            for (Extraction.Failure f : x.failures()) {
                failures.add(doc + ":" + (offset + f.start()) + ": could not read '" + f.text() + "': " + f.message());
            }
        }

        void print(PrintWriter err) {
            if (mixed > 0) {
                err.println(TerminalText.safe(doc + ": " + mixed + " words mix scripts (" + String.join("; ", scripts)
                        + "), read as normalised: " + words.stream().limit(8).collect(Collectors.joining(", "))
                        + (words.size() > 8 ? ", ..." : "")));
            }
            if (boilerplate > 0) {
                err.println(TerminalText.safe(doc + ": " + boilerplate + " boilerplate lines (" + String.join(", ", reasons)
                        + "), " + flagged + " of " + mentions + " mentions in them"));
            }
            for (String f : failures) {
                err.println(TerminalText.safe(f + " (an error inside claimstat: please report it; the document's other"
                        + " mentions were read)"));
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
