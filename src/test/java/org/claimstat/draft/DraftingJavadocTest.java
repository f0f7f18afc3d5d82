package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Javadoc examples of {@link Drafter} and {@link DatasetMerge}, as written there but for the output folder. */
class DraftingJavadocTest {
    @TempDir
    Path tmp;

    @Test
    void drafterAndMergeExamples_runAsWritten() {
        Path eras = tmp.resolve("eras");
        DraftResult draft = Drafter.builder()
                .sources(Path.of("examples/drafting/sources.csv"))
                .build()
                .draft(List.of(Path.of("examples/drafting/wealthiest-eras-economy.txt"),
                        Path.of("examples/drafting/americansongwriter-eras-fed.html")));
        draft.problems().forEach(System.err::println);
        draft.notes().forEach(System.err::println);
        DatasetMerge.write(draft.dataset(), eras);
        assertEquals(List.of(), draft.problems());

        DraftResult next = Drafter.standard().draft(List.of(Path.of("examples/drafting/thehindu-eras-explained.html")));
        MergeResult merged = DatasetMerge.merge(next.dataset(), eras);
        assertEquals(next.dataset().claims().size(), merged.addedClaims().size());
        assertTrue(merged.addedClaims().get(0).startsWith("thehindu-eras-explained-"), merged.addedClaims().toString());
        assertEquals(List.of(), merged.skipped());
    }
}
