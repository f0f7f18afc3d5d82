package org.claimstat;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where claims were published: an outlet's article, a report, a press release. Two sources that
 * share {@link #derivedFrom()} (a wire service such as AFP) are one source, not two.
 *
 * <p>Immutable and thread-safe. Text fields keep exactly what the dataset file held.
 *
 * @param id the identifier claims refer to
 * @param publisher the outlet or body that published it
 * @param title the title of the piece
 * @param url where it can be read, if known
 * @param published the publication date, to the precision known
 * @param author the author, if named
 * @param language the language tag (BCP 47, such as {@code en}), if known
 * @param derivedFrom the wire service or source this one copies, if any
 * @param document the local text file the claims were read from, if any
 * @param extra further columns of the dataset file, in file order, kept for a lossless round trip
 */
public record Source(String id, String publisher, String title, Optional<String> url, Optional<PartialDate> published,
                     Optional<String> author, Optional<String> language, Optional<String> derivedFrom,
                     Optional<String> document, Map<String, String> extra) {

    /** Rejects nulls and a blank id; copies {@code extra}. */
    public Source {
        Ids.require(id, "source id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(derivedFrom, "derivedFrom");
        Objects.requireNonNull(document, "document");
        extra = Ids.copyOrdered(extra);
    }

    /** Returns a source with only an id, publisher, title and publication date. */
    public static Source of(String id, String publisher, String title, PartialDate published) {
        return new Source(id, publisher, title, Optional.empty(), Optional.of(published), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** Returns the key that groups copies of one story: the wire service if any, else this id. */
    public String independenceKey() {
        return derivedFrom.orElse(id);
    }

    /** Returns a copy of this source that copies {@code wire}. */
    public Source withDerivedFrom(String wire) {
        return new Source(id, publisher, title, url, published, author, language, Optional.of(wire), document, extra);
    }
}
