package org.claimstat.draft;

import java.util.List;
import java.util.Objects;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * What {@link Drafter#draft} made of some articles: a draft {@link ClaimDataset} for a person to review, the notes
 * that tell the reviewer what to check first, the inputs that could not be drafted, and the extractions the claims
 * were drafted from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset the draft: one source per article, one claim per quantity mention of the article text, with the
 *     extra claim columns {@code doc_start}, {@code doc_end} and {@code draft_notes}
 * @param notes the fields guessed or left empty, and the mentions left out (boilerplate, dates without a year)
 * @param problems the inputs that could not be drafted (unreadable file, bytes that are not UTF-8, no source row,
 *     a bad sources or indicators file), each naming the file and where; the other inputs were still drafted
 * @param extractions the extraction of each drafted article, in input order
 * @param leftOut the mentions of the extractions that made no claim: in boilerplate, or dates without a year and
 *     no publication date to take one from
 */
public record DraftResult(ClaimDataset dataset, List<ReviewNote> notes, List<ReviewNote> problems,
                          List<Extraction> extractions, List<Mention> leftOut) {

    /** Rejects nulls; copies the lists. */
    public DraftResult {
        Objects.requireNonNull(dataset, "dataset");
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
        extractions = List.copyOf(extractions);
        leftOut = List.copyOf(leftOut);
    }

    /** Returns true where every input was drafted. */
    public boolean complete() {
        return problems.isEmpty();
    }
}
