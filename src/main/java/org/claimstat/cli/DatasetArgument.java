package org.claimstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.dataset.DatasetException;

/**
 * The {@code DIR|NAME} argument of the commands: a dataset folder, or the name of a bundled
 * dataset where the argument has no slash and is no folder. One place for how it is read and for
 * the exit codes when it cannot be: 1 when there is no such dataset, 2 when its files are bad, 4 when its claims.csv
 * is too large for the Java heap ({@link HeapNeed}). Commands
 * let {@link Unusable} go; {@link Main} prints its message and exits with its code.
 */
final class DatasetArgument {
    private DatasetArgument() {
    }

    /** Why a dataset argument could not be used: the message to print and the exit code. */
    static final class Unusable extends Exception {
        private final int exitCode;

        Unusable(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    /**
     * Reads the dataset the argument names.
     *
     * @throws Unusable with exit code 1 for no such dataset, 2 with every error for bad files
     */
    static ClaimDataset load(String argument) throws Unusable {
        if (argument.isBlank() || argument.indexOf('\0') >= 0) {
            throw new Unusable("DIR|NAME '" + argument + "' names no folder; expected a dataset folder or one of "
                    + ClaimDatasets.names(), ExitCodes.BAD_INPUT);
        }
        try {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                long need = HeapNeed.ofDataset(path);
                long max = Runtime.getRuntime().maxMemory();
                if (need > max) {
                    throw new Unusable("the dataset " + argument + " needs about " + HeapNeed.mebibytes(need)
                            + " of Java heap (" + HeapNeed.DATASET_FACTOR + " bytes per byte of claims.csv) and this"
                            + " Java has " + HeapNeed.mebibytes(max) + "; run it with more heap: java -Xmx"
                            + HeapNeed.xmx(need) + " -jar claimstat-cli.jar ...", ExitCodes.NO_MEMORY);
                }
                return ClaimDatasets.read(path);
            }
            if (!argument.contains("/") && !argument.contains("\\") && ClaimDatasets.isBundled(argument)) {
                return ClaimDatasets.load(argument);
            }
        } catch (DatasetException e) {
            throw new Unusable(e.getMessage(), 2);
        }
        throw new Unusable("no dataset folder or bundled dataset '" + argument + "'; expected a folder or one of "
                + ClaimDatasets.names(), 1);
    }
}
