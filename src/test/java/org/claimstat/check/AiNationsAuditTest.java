package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimstat.Claim;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;

/**
 * The audit of the bundled ai-nations (issue 18): the checks name each kind of error on a copy of
 * the rows as they were before the fix (src/test/resources/ai-nations-before), and the fixed
 * dataset no longer has them.
 */
class AiNationsAuditTest {
    private static final ClaimDataset BEFORE = ClaimDatasets.read(Path.of("src/test/resources/ai-nations-before"));
    private static final ClaimDataset AFTER = ClaimDatasets.read(Path.of("datasets/ai-nations"));

    private static List<List<String>> found(ClaimDataset ds, String check) {
        return Checks.defaults().only(List.of(check)).run(ds).findings().stream().map(Finding::claims).toList();
    }

    /**
     * Whether a conflict or a copies finding names all of {@code ids}: since claims of one claimant are one witness,
     * their disagreement is a "misquoted copy" (copies) rather than a conflict between sources.
     */
    private static boolean namedTogether(ClaimDataset ds, String... ids) {
        return Checks.defaults().only(List.of("conflict", "copies")).run(ds).findings().stream()
                .anyMatch(f -> f.claims().containsAll(List.of(ids)));
    }

    @Test
    void ranksFiledUnderTheEditionsNameYear_conflictWithThatYearsEdition() {
        assertTrue(namedTogether(BEFORE, "n002", "n012"), "54 and 62 countries for 2020");
        assertTrue(found(BEFORE, "same_figure").contains(List.of("n001", "n002")), "54 countries in 2019 and 2020");
        assertTrue(found(AFTER, "conflict").stream().noneMatch(ids -> ids.contains("n002") || ids.contains("n009")));
        assertEquals("2019-12", AFTER.claims().stream().filter(c -> c.id().equals("n009")).findFirst().orElseThrow()
                .extra().get("edition"));
    }

    @Test
    void modelCountsFiledUnderTheFollowingYear_conflictWithThatYearsCount() {
        assertTrue(namedTogether(BEFORE, "n049", "n044"), "61 and 40 US models for 2024");
        assertTrue(found(BEFORE, "stale").stream().anyMatch(ids -> ids.contains("n044")));
        assertTrue(found(AFTER, "conflict").stream().noneMatch(ids -> ids.contains("n044")));
    }

    @Test
    void copiesOfOneReport_countOnceWithOrWithoutDerivedFrom() {
        assertTrue(found(BEFORE, "syndication").stream().anyMatch(ids -> ids.containsAll(List.of("n086", "n089"))));
        assertEquals("Business Standard", AFTER.source("ibef-2023").orElseThrow().derivedFrom().orElseThrow());
    }

    @Test
    void countsOffByOneAgainstTheList_conflictWithTheListsOwnCounts() {
        List<Claim> claims = new ArrayList<>(BEFORE.claims());
        AFTER.claims().stream().filter(c -> c.source().equals("mynavi-2015")).forEach(claims::add);
        ClaimDataset withList = ClaimDataset.of(AFTER.info(), AFTER.sources(), BEFORE.indicators(), claims,
                BEFORE.rates(), BEFORE.relations());
        assertTrue(namedTogether(withList, "n071", "n092") && namedTogether(withList, "n094", "n073"));
        assertTrue(namedTogether(AFTER, "n071", "n092") && namedTogether(AFTER, "n094", "n073"),
                "the outlet's table stays as written, its disagreement with the list reported");
    }

    @Test
    void readinessRanksOfTwoMethods_areNoLongerOneIndicator() {
        assertEquals(List.of("rank:194", "rank:160"), BEFORE.claimsOf("gairi_rank").stream()
                .map(c -> c.unit().symbol()).distinct().sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(List.of("rank:160"), AFTER.claimsOf("gairi_rank").stream().map(c -> c.unit().symbol()).distinct()
                .toList());
        assertEquals(2, AFTER.claimsOf("gairi_2019_rank").size());
    }

    @Test
    void theFiveYearOutlay_coversFiveYears() {
        Claim mint = AFTER.claims().stream().filter(c -> c.id().equals("n077")).findFirst().orElseThrow();
        assertEquals("2024-04..2029-03", mint.period().toString());
        assertTrue(BEFORE.claims().stream().filter(c -> c.id().equals("n077")).findFirst().orElseThrow().period()
                .end().isEmpty(), "before: an open period");
    }
}
