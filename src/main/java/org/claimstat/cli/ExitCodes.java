package org.claimstat.cli;

/** The exit codes of every {@code claimstat} command, documented in the README. */
final class ExitCodes {
    /** Done. */
    static final int OK = 0;
    /** No such dataset folder or bundled dataset. */
    static final int NO_DATASET = 1;
    /** Bad data or a bad argument: one line per problem naming file, line and column, or the argument. */
    static final int BAD_INPUT = 2;
    /** {@code check --fail-on}: a finding at least that serious. */
    static final int FINDINGS = 3;
    /** The Java heap (or stack) was too small for the input; the message says how much to give. */
    static final int NO_MEMORY = 4;
    /** An error inside claimstat (a bug): a one-line message asking to report it, details in a file. */
    static final int INTERNAL = 5;

    private ExitCodes() {
    }
}
