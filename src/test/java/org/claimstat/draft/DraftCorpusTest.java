package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drafts every set of the evaluation corpus and holds the dev figures above floors a little under what was measured
 * (see {@link DraftScore}); prints the whole table, holdout included. Raise a floor when the drafter gets better.
 */
class DraftCorpusTest {
    /** Dev floors per set: recall, precision (measured 2026-12-07: 0.969, 0.977; 1.000, 1.000; 0.958, 0.885). */
    private static final Map<String, double[]> SET_FLOORS = Map.of(
            "channel-crossings", new double[] {0.95, 0.96},
            "money-pledges", new double[] {0.98, 0.98},
            "derna-floods", new double[] {0.93, 0.86});
    /** The sets developed on from the start, whose dev figures taken together hold {@link #FIELD_FLOORS}. */
    private static final List<String> FIRST_SETS = List.of("channel-crossings", "money-pledges");
    /**
     * Dev floors of derna-floods' fields, a set mended on its dev half after it was scored blind (measured 2026-12-07:
     * hedge 0.957, unit 1.000, entity 0.478 (its gold codes Derna as LY-DR, which the drafter does not try), period
     * 0.848, claimant 0.457 (0.587 after the claimant work of the same day), kind 0.978, quote 1.000, grouping 1.000).
     */
    private static final Map<String, Double> DERNA_FIELD_FLOORS = Map.of("hedge", 0.93, "unit", 0.97, "entity", 0.45,
            "period", 0.83, "claimant", 0.55, "kind", 0.95, "quote", 0.98);
    private static final double DERNA_GROUPING_FLOOR = 0.95;
    /**
     * Dev floors of the sets with floors above taken together, by field (measured 2026-12-07: hedge 0.970, unit 0.990, entity 0.836, period
     * 0.884, claimant 0.836, kind 0.981, quote 1.000).
     */
    private static final Map<String, Double> FIELD_FLOORS = Map.of("hedge", 0.95, "unit", 0.97, "entity", 0.82,
            "period", 0.86, "claimant", 0.82, "kind", 0.96, "quote", 0.98);
    /** Measured 0.908. */
    private static final double GROUPING_FLOOR = 0.89;

    @Test
    void draftsOfTheCorpusSets_matchTheGoldAboveTheDevFloors() {
        List<Path> sets = DraftScore.sets();
        assertFalse(sets.isEmpty(), "no corpus sets under " + DraftScore.CORPUS);
        System.out.print(DraftScore.table());
        for (Path set : sets) {
            double[] floor = SET_FLOORS.get(set.getFileName().toString());
            if (floor == null) {
                continue;
            }
            DraftScore.Score dev = DraftScore.score(set).get(0);
            assertTrue(dev.recall() >= floor[0], set + " dev recall " + dev.recall() + " < " + floor[0]);
            assertTrue(dev.precision() >= floor[1], set + " dev precision " + dev.precision() + " < " + floor[1]);
        }
        // The field floors hold for the sets the drafter was developed on from the start taken together; derna-floods,
        // split later and mended on its dev half, has floors of its own; the blind sets are printed above, never floored.
        DraftScore.Score all = DraftScore.total(sets.stream()
                .filter(s -> FIRST_SETS.contains(s.getFileName().toString())).toList(), "dev");
        FIELD_FLOORS.forEach((field, floor) -> assertTrue(all.fields().get(field) >= floor,
                "dev " + field + " " + all.fields().get(field) + " < " + floor));
        assertTrue(all.groupingF1() >= GROUPING_FLOOR, "dev grouping F1 " + all.groupingF1() + " < " + GROUPING_FLOOR);
        for (Path derna : sets.stream().filter(s -> s.getFileName().toString().equals("derna-floods")).toList()) {
            DraftScore.Score dev = DraftScore.score(derna).get(0);
            DERNA_FIELD_FLOORS.forEach((field, floor) -> assertTrue(dev.fields().get(field) >= floor,
                    "derna-floods dev " + field + " " + dev.fields().get(field) + " < " + floor));
            assertTrue(dev.groupingF1() >= DERNA_GROUPING_FLOOR, "derna-floods dev grouping F1 " + dev.groupingF1()
                    + " < " + DERNA_GROUPING_FLOOR);
        }
    }
}
