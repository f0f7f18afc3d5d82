package org.claimstat.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimstat.dataset.ClaimDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimstat show DIR|NAME [--format table|json] [--indicator ID]}: prints a dataset's
 * claims as an aligned table or as JSON. Exit code 0 on success, 1 where there is no such dataset,
 * 2 where its files hold bad data (every error is printed to standard error) or there is no such indicator.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints the claims of a dataset folder or bundled dataset as an aligned table or as JSON.")
final class ShowCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TABLE, JSON }

    @Parameters(index = "0", paramLabel = "DIR|NAME",
            description = "A dataset folder, or the name of a bundled dataset such as russia-ai.")
    private String dataset;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            converter = FormatConverter.class, description = "table (default) or json.")
    private Format format;

    @Option(names = "--indicator", paramLabel = "ID", description = "Only the claims about this indicator.")
    private Optional<String> indicator;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws DatasetArgument.Unusable {
        PrintWriter out = spec.commandLine().getOut();
        ClaimDataset data = DatasetArgument.load(dataset);
        if (indicator.isPresent() && data.indicator(indicator.get()).isEmpty()) {
            spec.commandLine().getErr().println(TerminalText.safe("no indicator '" + indicator.get() + "' in " + data
                    + "; expected one of " + data.indicators().stream().map(i -> i.id()).limit(20).toList()
                    + (data.indicators().size() > 20 ? " (and " + (data.indicators().size() - 20) + " more)" : "")));
            return ExitCodes.BAD_INPUT;
        }
        ClaimDataset shown = indicator.map(data::withIndicator).orElse(data);
        if (format == Format.JSON) {
            out.println(JsonText.inert(ClaimJson.of(shown)));
        } else {
            out.print(ClaimText.of(shown));
        }
        out.flush();
        return 0;
    }

    /** Reads {@code table} or {@code json} in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected table or json, was '" + value + "'");
        }
    }
}
