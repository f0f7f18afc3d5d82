package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scope, stale and containment findings on the annotators' real multi-outlet set
 * (src/test/resources/draft/channel-crossings/gold, judged by a person in its expected-findings.md):
 * the revisions of section 1.4 are found, every stale finding is one of them, and no scope error is
 * reported where the person found none.
 */
class ChannelCrossingsScopeTest {
    private static final Path GOLD = Path.of("src/test/resources/draft/channel-crossings/gold");
    /** The claims expected-findings.md §1.4 names as revised figures (stale, not misquoted). */
    private static final Set<String> REVISIONS = Set.of("thetimes-2023-01-02-01", "guardian-2023-09-03-13",
            "guardian-2023-09-03-12", "independent-2024-01-01-06", "thenational-2024-01-01-05",
            "thetimes-2023-01-02-08", "thetimes-2022-08-31-01", "standard-2024-11-01-16", "bbc-2023-08-11-03",
            "lbc-2023-08-11-03", "guardian-2023-09-03-06", "yahoo-2022-09-22-05", "independent-2022-08-23-08",
            "independent-2024-01-01-05", "thenational-2024-01-01-06");
    private static CheckReport report;

    @BeforeAll
    static void check() {
        ClaimDataset gold = ClaimDatasets.read(GOLD);
        report = Checks.defaults().only(List.of("stale", "scope", "part_whole")).run(gold);
    }

    private static List<List<String>> claims(String check) {
        return report.findings().stream().filter(f -> f.check().equals(check)).map(Finding::claims).toList();
    }

    @Test
    void revisedTotals_areFoundAsRevisions() {
        List<List<String>> stale = claims("stale");
        assertTrue(stale.contains(List.of("thetimes-2023-01-02-01", "guardian-2023-09-03-12")), stale.toString());
        assertTrue(stale.contains(List.of("independent-2022-08-23-08", "yahoo-2022-09-22-05")), stale.toString());
    }

    @Test
    void everyStaleFinding_isARevisionThePersonFound() {
        for (List<String> ids : claims("stale")) {
            assertTrue(REVISIONS.containsAll(ids), ids + " is not among the revisions of expected-findings.md 1.4");
        }
        assertTrue(report.findings().stream().filter(f -> f.check().equals("stale"))
                .allMatch(f -> f.severity() == Severity.INFO), "each figure was right when published: none is stale");
    }

    @Test
    void noScopeError_isReportedWhereThePersonFoundNone() {
        assertEquals(List.of(), claims("scope"));
    }

    @Test
    void theRevisedAugustTotal_breaksPeriodContainment() {
        assertTrue(claims("part_whole").contains(List.of("thetimes-2022-08-31-01", "standard-2024-11-01-16")),
                claims("part_whole").toString());
    }
}
