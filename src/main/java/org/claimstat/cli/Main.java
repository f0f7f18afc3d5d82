package org.claimstat.cli;

import java.io.PrintWriter;
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
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Runs the command line writing to the given streams and returns its exit code, for tests and
     * embedding: {@code Main.run(out, err, "show", "russia-ai")}.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    /** The command line, with one answer for every command to a dataset argument it cannot use. */
    private static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(Main::unusableDataset);
    }

    /**
     * Prints why a command's {@code DIR|NAME} argument cannot be used and returns its exit code: 1 for no such
     * dataset, 2 for bad files ({@link DatasetArgument}). Any other exception goes on to picocli as before.
     */
    private static int unusableDataset(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof DatasetArgument.Unusable unusable) {
            command.getErr().println(unusable.getMessage());
            command.getErr().flush();
            return unusable.exitCode();
        }
        throw e;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
