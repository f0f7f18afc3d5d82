package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks scored against the expected findings annotators wrote for each gold set
 * ({@code gold/expected-findings.csv}, encoding {@code expected-findings.md}): the floors below are what the checks
 * reach today; a change that finds less, or calls more copies and agreeing hedges conflicts, fails here.
 */
class FindingsGoldTest {

    /** Per set: expected findings found at least, false conflicts at most, non-info findings at most. */
    private record Floor(int found, int falseConflicts, int nonInfo) {
    }

    private static final Map<String, Floor> FLOORS = Map.ofEntries(
            Map.entry("channel-crossings", new Floor(7, 0, 16)),  // 16: a loose bound (stale), "more than 300" landed yesterday against 424
            Map.entry("derna-floods", new Floor(13, 3, 37)),  // 37: "more than 2,300" and "more than 2,000" against "more than 5,300" the same day (loose bounds)
            Map.entry("money-pledges", new Floor(9, 0, 33)),  // 33: four loose bounds (stale): "up to" GBP 60 million (USD 75.89 million), "up to" USD 75 and 60 million
            Map.entry("ukraine-reconstruction", new Floor(10, 0, 29)),  // 29: the misdated "Wednesday (March 23)" and one loose bound; 27: the misquoted copy USD 441 bn (of 411 bn) is no longer hidden by an open-ended figure
            Map.entry("venezuela-exodus", new Floor(3, 1, 5)),
            // Blind sets of the ninth session, measured once at main 54af37f before any change made for them.
            Map.entry("press-freedom-ranks", new Floor(1, 0, 11)),
            Map.entry("sudan-displacement", new Floor(6, 0, 13)),  // 4 blind; 6 with NearbyStocks, designed on venezuela-exodus and the pattern sudan's annotator reported,
            Map.entry("turkiye-quake-cost", new Floor(16, 0, 64)),  // 64: two loose bounds ("passed 35,000" against 42,310); "nearly" and "more than" 36,000 agree
            // Blind sets of the tenth session, measured once at main 8e79a77 (checks as at 586588a) before any change.
            Map.entry("pakistan-floods-2022", new Floor(7, 5, 34)),
            Map.entry("paris-olympics-cost", new Floor(16, 0, 74)),
            Map.entry("rohingya-refugees", new Floor(5, 1, 14)));  // eleventh session: false conflicts 2 -> 1 (two sides of one number agree), details unread

    @Test
    void everyGoldSetWithAFixture_holdsItsFloors() {
        List<Path> sets = FindingsScore.sets();
        assertEquals(FLOORS.keySet(), sets.stream().map(p -> p.getFileName().toString())
                .collect(java.util.stream.Collectors.toSet()), "each fixture has floors");
        for (Path set : sets) {
            FindingsScore.Score s = FindingsScore.score(set);
            Floor floor = FLOORS.get(s.set());
            assertTrue(s.found() >= floor.found(), s.line() + "\nmissed " + s.missed());
            assertTrue(s.falseConflicts() <= floor.falseConflicts(), s.line() + "\nfalse " + s.wrong());
            int nonInfo = s.findings().values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(nonInfo <= floor.nonInfo(), s.line());
        }
    }

    @Test
    void score_countsFoundMissedRealAndFalseConflicts() {
        List<FindingsScore.Row> rows = List.of(
                row(2, "find", "conflict", "a", "b"),
                row(3, "find", "stale", "c", ""),
                row(4, "no_conflict", "*", "d e", ""),
                row(5, "allow", "relations", "f", "g"));
        List<Finding> findings = List.of(
                new Finding("conflict", Severity.CONFLICT, List.of("b", "a"), "a against b"),
                new Finding("part_whole", Severity.CONFLICT, List.of("d", "e"), "d above e"),
                new Finding("relations:x", Severity.CONFLICT, List.of("f", "g"), "f and g break x"),
                new Finding("conflict", Severity.CONFLICT, List.of("d", "h"), "d against h"),
                new Finding("copies", Severity.INFO, List.of("c"), "c copies"));
        FindingsScore.Score s = FindingsScore.score("t", rows, findings);
        assertEquals(2, s.expected());
        assertEquals(1, s.found(), "the stale row needs a stale finding, not a copies one");
        assertEquals(List.of("3: note"), s.missed());
        assertEquals(4, s.conflicts());
        assertEquals(2, s.real(), "the conflict of a and b, and the allowed relation");
        assertEquals(1, s.falseConflicts());
        assertEquals(List.of("conflict: d h"), s.unjudged());
        assertEquals(1, s.broken());
    }

    @Test
    void noConflictRowWithoutAgainst_isBrokenOnlyByAConflictAmongItsOwnClaims() {
        FindingsScore.Row within = row(2, "no_conflict", "*", "a b", "");
        assertTrue(within.matches(new Finding("conflict", Severity.CONFLICT, List.of("a", "b"), "m")));
        assertFalse(within.matches(new Finding("relations:r", Severity.CONFLICT, List.of("a", "b", "z"), "m")));
    }

    @Test
    void noConflictRow_isNotBrokenByOneFigureAgainstSeveralTotalsThatIncludeBothOfItsClaims() {
        FindingsScore.Row rising = row(2, "no_conflict", "*", "w1", "w2");
        assertTrue(rising.matches(new Finding("part_whole", Severity.CONFLICT, List.of("w1", "w2"), "m")));
        assertFalse(rising.matches(new Finding("part_whole", Severity.CONFLICT, List.of("p", "w1", "w2"), "p above w1"
                + " and w2")), "the finding compares p with each total, not the totals with each other");
    }

    @Test
    void rows_nameTheLineOfABadExpectation(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("expected-findings.csv");
        Files.writeString(csv, "item,expect,checks,claims,against,note\n1,find,conflict,a,,n\n2,maybe,conflict,a,,n\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FindingsScore.rows(csv));
        assertTrue(e.getMessage().contains("line 3: expect must be find, allow or no_conflict, was 'maybe'"),
                e.getMessage());
    }

    private static FindingsScore.Row row(int line, String expect, String checks, String claims, String against) {
        return new FindingsScore.Row(line, String.valueOf(line), FindingsScore.Expect.valueOf(expect.toUpperCase(
                java.util.Locale.ROOT)), java.util.Set.of(checks.split("\\|")), set(claims), set(against), "note");
    }

    private static java.util.Set<String> set(String words) {
        return words.isBlank() ? java.util.Set.of() : java.util.Set.of(words.split(" "));
    }
}
