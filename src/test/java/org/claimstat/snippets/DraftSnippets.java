package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimstat.draft.DatasetMerge;
import org.claimstat.draft.DraftResult;
import org.claimstat.draft.Drafter;
import org.claimstat.draft.MergeResult;

/** The draft package's Javadoc examples (files of examples/drafting); JavadocExamplesTest runs each region's method. */
final class DraftSnippets {
    private DraftSnippets() {
    }

    static void drafter() throws IOException {
        Path target = Files.createTempDirectory("claimstat-snippet");
        // @start region="drafter"
        DraftResult draft = Drafter.builder()
                .sources(Path.of("examples/drafting/sources.csv"))
                .build()
                .draft(List.of(Path.of("examples/drafting/wealthiest-eras-economy.txt"),
                        Path.of("examples/drafting/americansongwriter-eras-fed.html")));
        draft.problems().forEach(System.err::println);   // inputs that could not be drafted: none here
        draft.notes().forEach(System.err::println);      // what to check first
        DatasetMerge.write(draft.dataset(), target.resolve("eras"));
        // @end
        assertEquals(List.of(), draft.problems());
        assertTrue(DatasetMerge.holdsDataset(target.resolve("eras")));
    }

    static void merge() throws IOException {
        Path target = Files.createTempDirectory("claimstat-snippet");
        DatasetMerge.write(Drafter.builder().sources(Path.of("examples/drafting/sources.csv")).build()
                .draft(List.of(Path.of("examples/drafting/wealthiest-eras-economy.txt"))).dataset(), target.resolve("eras"));
        // @start region="merge"
        DraftResult draft = Drafter.standard().draft(List.of(Path.of("examples/drafting/thehindu-eras-explained.html")));
        MergeResult merged = DatasetMerge.merge(draft.dataset(), target.resolve("eras"));
        merged.addedClaims();   // [thehindu-eras-explained-4, ...]; merged.skipped(): those already there
        // @end
        assertEquals("thehindu-eras-explained-4", merged.addedClaims().get(0));
        assertEquals(draft.dataset().claims().size(), merged.addedClaims().size());
        assertEquals(List.of(), merged.skipped());
    }
}
