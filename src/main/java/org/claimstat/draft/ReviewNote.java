package org.claimstat.draft;

import java.util.Objects;

/**
 * One thing a reviewer of a draft should look at: a field the drafter guessed or left empty, a mention it left out,
 * or an input it could not read.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives {@code doc claim field: message}, leaving out what is
 * empty, such as {@code lbc.html published: no publication date in the page's metadata; left empty}.
 *
 * @param doc the input file's name, such as {@code meduza-261k.txt}
 * @param claim the id of the drafted claim concerned, empty where the note is about the document or its source
 * @param field the field concerned ({@code published}, {@code period}, {@code claimant}, ...) or what the note is
 *     about ({@code file}, {@code source}, {@code left out})
 * @param message what was found, guessed or missing
 */
public record ReviewNote(String doc, String claim, String field, String message) {

    /** Rejects nulls. */
    public ReviewNote {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(doc);
        if (!claim.isEmpty()) {
            s.append(' ').append(claim);
        }
        return s.append(' ').append(field).append(": ").append(message).toString();
    }
}
