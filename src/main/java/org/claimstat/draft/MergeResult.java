package org.claimstat.draft;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DatasetMerge} did to a dataset folder: the claims, sources and indicators it added, the drafted claims
 * and sources it skipped because the dataset already had them, and the drafted columns the folder's files had no
 * place for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dir the dataset folder
 * @param addedClaims the ids of the claims added, as written
 * @param addedSources the ids of the sources added
 * @param addedIndicators the ids of the indicators added
 * @param skipped the drafted claims and sources left out, each with what it duplicates
 * @param droppedColumns columns of the added rows that the existing files have no column for, as {@code file:column}
 */
public record MergeResult(Path dir, List<String> addedClaims, List<String> addedSources, List<String> addedIndicators,
                          List<Skip> skipped, List<String> droppedColumns) {
    /**
     * The {@link Skip#why()} of a drafted claim left out because it was drafted into the dataset before and a
     * reviewer has since deleted it from {@code claims.csv} (the draft log {@code drafted.csv} remembers it).
     */
    public static final String REMOVED_IN_REVIEW = "drafted before and removed in review";

    /**
     * A drafted claim or source the dataset already had.
     *
     * @param drafted the drafted record's id
     * @param existing the id of the record of the dataset it duplicates
     * @param why how they match, such as {@code same document and span}
     */
    public record Skip(String drafted, String existing, String why) {
        /** Rejects nulls. */
        public Skip {
            Objects.requireNonNull(drafted, "drafted");
            Objects.requireNonNull(existing, "existing");
            Objects.requireNonNull(why, "why");
        }
    }

    /** Rejects nulls; copies the lists. */
    public MergeResult {
        Objects.requireNonNull(dir, "dir");
        addedClaims = List.copyOf(addedClaims);
        addedSources = List.copyOf(addedSources);
        addedIndicators = List.copyOf(addedIndicators);
        skipped = List.copyOf(skipped);
        droppedColumns = List.copyOf(droppedColumns);
    }
}
