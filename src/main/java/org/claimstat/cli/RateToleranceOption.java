package org.claimstat.cli;

import org.claimstat.compare.RateTable;
import picocli.CommandLine.Option;

/** The {@code --rate-tolerance} option of the commands that convert currencies (check, compare), declared once. */
final class RateToleranceOption {
    @Option(names = "--rate-tolerance", paramLabel = "DAYS", defaultValue = "" + RateTable.DEFAULT_TOLERANCE_DAYS,
            description = "How many days an exchange rate may lie from a claim's date (default: ${DEFAULT-VALUE}).")
    private int days;

    /** Returns how many days an exchange rate may lie from a claim's date. */
    int days() {
        return days;
    }
}
