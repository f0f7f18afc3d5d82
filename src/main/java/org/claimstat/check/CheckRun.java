package org.claimstat.check;

import java.util.Objects;

/**
 * What one check did in a run: how many claims or groups it looked at, how many passed, and how
 * many findings it made, so silence can be told apart from not having looked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param check the stable id of the check (or of the relation, for declared relations)
 * @param description what the check tests, in words
 * @param examined how many claims, pairs or groups it looked at
 * @param passed how many of those passed
 * @param findings how many findings it made
 */
public record CheckRun(String check, String description, long examined, long passed, long findings) {

    /** Rejects nulls and negative counts. */
    public CheckRun {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(description, "description");
        if (examined < 0 || passed < 0 || findings < 0 || passed > examined) {
            throw new IllegalArgumentException("bad counts for check " + check + ": examined " + examined
                    + ", passed " + passed + ", findings " + findings);
        }
    }
}
