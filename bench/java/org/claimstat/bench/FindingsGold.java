package org.claimstat.bench;

import org.claimstat.check.FindingsScore;

/**
 * Prints how the checks score on each gold set with an {@code expected-findings.csv}
 * ({@code src/test/resources/draft/<set>/gold/}): expected findings found, reported conflicts that are real,
 * pairs the annotators call no conflict that are reported as conflicts, and non-info findings per check.
 *
 * <p>Run: {@code bench/run FindingsGold [--details]}; {@code --details} lists the missed findings and the false and
 * unjudged conflicts.
 */
public final class FindingsGold {
    private FindingsGold() {
    }

    /** Prints the figures. */
    public static void main(String[] args) {
        FindingsScore.main(args);
    }
}
