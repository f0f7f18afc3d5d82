package org.claimstat.bench;

import org.claimstat.draft.DraftScore;

/**
 * Prints the drafter's scores on the evaluation corpus ({@code src/test/resources/draft/}): per set and split,
 * recall, precision, the share of matched claims with each field right, and indicator-grouping pair F1.
 *
 * <p>Run: {@code bench/run DraftCorpus}; {@code bench/run DraftCorpus --errors SET [dev|holdout|all]} lists the
 * gold claims one set's draft missed and the fields it got wrong (gold, then drafted).
 */
public final class DraftCorpus {
    private DraftCorpus() {
    }

    /** Prints the table. */
    public static void main(String[] args) {
        DraftScore.main(args);
    }
}
