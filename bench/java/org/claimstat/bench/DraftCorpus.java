package org.claimstat.bench;

import org.claimstat.draft.DraftScore;

/**
 * Prints the drafter's scores on the evaluation corpus ({@code src/test/resources/draft/}): per set and split,
 * recall, precision, the share of matched claims with each field right, and indicator-grouping pair F1.
 *
 * <p>Run: {@code bench/run DraftCorpus}.
 */
public final class DraftCorpus {
    private DraftCorpus() {
    }

    /** Prints the table. */
    public static void main(String[] args) {
        System.out.print(DraftScore.table());
    }
}
