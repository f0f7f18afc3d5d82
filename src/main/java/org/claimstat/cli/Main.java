package org.claimstat.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code claimstat} command line: {@code java -jar target/claimstat-cli.jar COMMAND ...}.
 * Each command is a class of this package registered in {@code subcommands}.
 */
@Command(name = "claimstat", mixinStandardHelpOptions = true, version = "claimstat 0.1.0",
        description = "Sourced datasets of quoted numbers: show, extract, compare, check, chart, report.",
        subcommands = {CommandLine.HelpCommand.class, ShowCommand.class, ReportCommand.class, ExtractCommand.class,
            CheckCommand.class, CompareCommand.class, ChartCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        int code = run(args);
        if (System.out.checkError()) {
            System.err.println(Failures.lostOutput());
            code = code == ExitCodes.OK ? ExitCodes.BAD_INPUT : code;
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code, for tests and embedding. */
    public static int run(String... args) {
        return guarded(commandLine().setErr(safe(new OutputStreamWriter(System.err, Charset.defaultCharset()))), args);
    }

    /**
     * Runs the command line writing to the given streams and returns its exit code, for tests and
     * embedding: {@code Main.run(out, err, "show", "russia-ai")}.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return guarded(commandLine().setOut(out).setErr(safe(err)), args);
    }

    /** Standard error through {@link TerminalText#writer}: no message can carry an escape from its input. */
    private static PrintWriter safe(Writer err) {
        return new PrintWriter(TerminalText.writer(err), true);
    }

    /** Runs a command, turning a heap or stack too small for its input into a message and {@link ExitCodes#NO_MEMORY}. */
    private static int guarded(CommandLine command, String... args) {
        PrintWriter err = command.getErr();
        try {
            int code = command.execute(args);
            if (command.getOut().checkError()) {
                err.println(Failures.lostOutput());
                return code == ExitCodes.OK ? ExitCodes.BAD_INPUT : code;
            }
            return code;
        } catch (OutOfMemoryError e) {
            err.println(Failures.outOfMemory(args));
        } catch (StackOverflowError e) {
            err.println("claimstat ran out of stack on this input (nesting too deep); run it with a larger"
                    + " stack, such as java -Xss64m -jar claimstat-cli.jar ...");
        } finally {
            err.flush();
        }
        return ExitCodes.NO_MEMORY;
    }

    /** The command line, with one answer for every command to what went wrong. */
    private static CommandLine commandLine() {
        CommandLine command = new CommandLine(new Main()).setExecutionExceptionHandler(Failures::handle)
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .registerConverter(Path.class, Main::path);
        CommandLine.IParameterExceptionHandler usage = command.getParameterExceptionHandler();
        return command.setParameterExceptionHandler((e, args) -> {
            int code = usage.handleParseException(e, args);
            Failures.dashedFiles(args).forEach(e.getCommandLine().getErr()::println);
            return code;
        });
    }

    /**
     * Converts a file or folder argument: an empty one is refused (the empty path is the current folder, so
     * {@code --out ""} would write there), as is one the file system cannot name.
     */
    private static Path path(String argument) {
        if (argument.isBlank()) {
            throw new CommandLine.TypeConversionException("an empty path; expected the name of a file or folder");
        }
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a path this system can name: " + e.getReason());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
