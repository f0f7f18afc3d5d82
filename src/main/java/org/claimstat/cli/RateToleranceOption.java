package org.claimstat.cli;

import org.claimstat.compare.RateTable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --rate-tolerance} option of the commands that convert currencies (check, compare), declared once. */
final class RateToleranceOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private int days = RateTable.DEFAULT_TOLERANCE_DAYS;

    /** Sets the tolerance, refusing a negative number of days as a bad argument (exit 2) naming the option. */
    @Option(names = "--rate-tolerance", paramLabel = "DAYS", defaultValue = "" + RateTable.DEFAULT_TOLERANCE_DAYS,
            description = "How many days an exchange rate may lie from a claim's date (default: ${DEFAULT-VALUE}).")
    void days(int days) {
        if (days < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rate-tolerance must be 0 or more days, was " + days);
        }
        this.days = days;
    }

    /** Returns how many days an exchange rate may lie from a claim's date. */
    int days() {
        return days;
    }
}
