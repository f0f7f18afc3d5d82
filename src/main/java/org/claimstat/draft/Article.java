package org.claimstat.draft;

import java.util.List;
import java.util.Objects;
import org.claimstat.Source;

/**
 * One article to draft claims from: its plain body text and what is known of where it was published.
 *
 * <p>Immutable and thread-safe. Built from a saved web page (body without page furniture, metadata from the page)
 * or from a text file with its row of a {@code sources.csv}.
 *
 * @param doc the document's name, the input file's name such as {@code meduza-261k.txt}
 * @param text the article's body as plain text, paragraphs separated by blank lines; offsets of drafted claims
 *     index into it
 * @param source the source row it becomes: publisher, title, url, published date, author, language as found
 * @param notes what the reader could not find or had to guess about the source, for the review notes
 */
public record Article(String doc, String text, Source source, List<String> notes) {

    /** Rejects nulls; copies {@code notes}. */
    public Article {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
    }
}
