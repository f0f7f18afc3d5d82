package org.claimstat.draft;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.extract.ClaimExtractor;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/** Drafts the fields of one number of a short text, as the drafter does for each mention of an article. */
final class FieldsTestSupport {
    private FieldsTestSupport() {
    }

    /** Returns the source of an article of {@code publisher} published on {@code published}, copying {@code wire}. */
    static Source source(String publisher, String published, String wire) {
        return new Source("s1", publisher, "title", Optional.empty(), Optional.of(PartialDate.parse(published)),
                Optional.empty(), Optional.of("en"), Optional.ofNullable(wire), Optional.empty(), Map.of());
    }

    /** Returns the fields of the mention whose text contains {@code number} (its first) in {@code text}. */
    static ClaimFields fields(String text, Source source, String number) {
        Article article = new Article("doc.txt", text, source, List.of());
        Extraction x = ClaimExtractor.standard().extract("doc.txt", text);
        int at = text.indexOf(number);
        Mention m = x.mentions().stream().filter(o -> o.start() <= at && at < o.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no mention of '" + number + "' in: " + x.mentions()));
        return Fields.read(article, x, m);
    }

    /** Returns the fields of the amount in brackets after {@code number} in {@code text} (its conversion). */
    static ClaimFields conversion(String text, String number) {
        Article article = new Article("doc.txt", text, source("Example Post", "2024-10-26", null), List.of());
        Extraction x = ClaimExtractor.standard().extract("doc.txt", text);
        int at = text.indexOf(number);
        Mention m = x.mentions().stream().filter(o -> o.start() <= at && at < o.end()).findFirst()
                .flatMap(Mention::secondary).orElseThrow(() -> new AssertionError("no conversion after '" + number + "'"));
        return Fields.read(article, x, m);
    }

    /** Returns the fields of {@code number} in {@code text}, published by "Example Post" on {@code published}. */
    static ClaimFields fields(String text, String published, String number) {
        return fields(text, source("Example Post", published, null), number);
    }
}
