package org.claimstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimstat.Indicator;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.DatasetException;
import picocli.CommandLine;

/**
 * What the command line says when a command cannot do its work, one rule for all: bad data or a bad argument is a
 * message naming the file (line and column) or the argument and exit code 2; a file that cannot be read or written
 * is a message naming it and exit code 2; a heap too small is a message saying how much to give and exit code 4; and
 * only an error inside claimstat (a bug) is exit code 5, with a request to report it and its details written to a
 * file instead of a stack trace on the terminal.
 */
final class Failures {
    private Failures() {
    }

    /** The execution exception handler of picocli: prints what went wrong and returns the exit code. */
    static int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        int code;
        if (e instanceof DatasetArgument.Unusable unusable) {
            err.println(TerminalText.safe(unusable.getMessage()));
            code = unusable.exitCode();
        } else if (e instanceof DatasetException bad) {
            err.println(TerminalText.safe(bad.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println(TerminalText.safe(ioMessage(io)));
            code = ExitCodes.BAD_INPUT;
        } else {
            err.println(TerminalText.safe(internal(e, parsed)));
            code = ExitCodes.INTERNAL;
        }
        err.flush();
        return code;
    }

    /** Says which file could not be read or written and why, in one line. */
    static String ioMessage(IOException e) {
        if (e instanceof FileSystemException fs) {
            String why = fs.getReason() != null ? fs.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : e.getClass().getSimpleName();
            return "cannot read or write " + fs.getFile() + (fs.getOtherFile() != null ? " (" + fs.getOtherFile() + ")" : "")
                    + ": " + why;
        }
        return "cannot read or write a file: " + e.getMessage();
    }

    /**
     * Says of each argument that names an existing file or folder but starts with '-' (so was read as an option) how
     * to pass it: after {@code --}, or as {@code ./-name}.
     */
    static List<String> dashedFiles(String... args) {
        List<String> hints = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            try {
                if (arg.length() > 1 && arg.startsWith("-") && Files.exists(Path.of(arg))) {
                    hints.add("'" + arg + "' names a file but starts with '-', so it was read as an option; put -- before"
                            + " it ('-- " + arg + "') or write it as './" + arg + "'");
                }
            } catch (RuntimeException e) {
                // not a path this system can name: no file to hint at
            }
        }
        return hints;
    }

    /** Says that an indicator (or each of several) has no claims to compare or draw, and which ones have. */
    static String noClaims(ClaimDataset data, String indicator) {
        List<String> with = data.indicators().stream().map(Indicator::id).filter(i -> !data.claimsOf(i).isEmpty())
                .toList();
        return "indicator '" + indicator + "' has no claims in " + data + (with.isEmpty() ? ""
                : "; indicators with claims: " + String.join(", ", with.subList(0, Math.min(20, with.size())))
                + (with.size() > 20 ? " (and " + (with.size() - 20) + " more)" : ""));
    }

    /** Says that standard output could not take all of the output, so that a full disk is never a silent loss. */
    static String lostOutput() {
        return "claimstat could not write all of its output to standard output (a full disk, or a reader that"
                + " stopped reading); what was written is incomplete";
    }

    /** Writes the details of an internal error to a file and returns the line that asks to report it. */
    private static String internal(Exception e, CommandLine.ParseResult parsed) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String where;
        try {
            Path file = Files.createTempFile("claimstat-error-", ".txt");
            Files.writeString(file, "claimstat " + String.join(" ", parsed.originalArgs()) + "\n\n" + trace);
            where = "; details in " + file;
        } catch (IOException | RuntimeException io) {
            where = "";
        }
        return "claimstat failed inside (a bug, not your input's fault): " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where
                + ". Please report it with the command and its input.";
    }

    /** Says that the heap was too small for the input and how much to give, from the size of the files named. */
    static String outOfMemory(String... args) {
        long max = Runtime.getRuntime().maxMemory();
        long input = Stream.of(args).mapToLong(Failures::size).sum();
        long need = Math.max(2 * max, HeapNeed.perInputByte(args) * input);
        return "claimstat ran out of memory: a Java heap of " + HeapNeed.mebibytes(max) + " is too small for this input"
                + (input > 0 ? " (" + HeapNeed.mebibytes(input) + " of files)" : "") + ". Give it about "
                + HeapNeed.mebibytes(need) + ": java -Xmx" + HeapNeed.xmx(need) + " -jar claimstat-cli.jar ...";
    }

    /** Returns the bytes of the file or folder an argument names, 0 where it names none. */
    private static long size(String arg) {
        try {
            Path p = Path.of(arg);
            if (Files.isRegularFile(p)) {
                return Files.size(p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
