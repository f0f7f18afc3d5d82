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
    void everyStaleFindingButALooseBound_isARevisionThePersonFound() {
        List<Finding> revisions = report.findings().stream().filter(f -> f.check().equals("stale"))
                .filter(f -> !f.message().startsWith("Loose bound")).toList();
        for (Finding f : revisions) {
            assertTrue(REVISIONS.containsAll(f.claims()), f.claims() + " is not among the revisions of expected-findings.md 1.4");
        }
        assertTrue(revisions.stream().allMatch(f -> f.severity() == Severity.INFO),
                "each figure was right when published: none is stale");
    }

    @Test
    void theOnlyLooseBound_isADayCountWrittenTheDayAfter() {
        // "More than 300 asylum seekers landed yesterday" (Daily Mail, 26 Oct 2024) when the Home Office's count of that
        // day was 424 (ITV, 26 Oct 2024). The Times' "more than 400" and "at least nine boats" of 10 August 2023 were
        // written while the day was still being counted: partial counts, not loose bounds.
        List<List<String>> loose = report.findings().stream().filter(f -> f.message().startsWith("Loose bound"))
                .map(Finding::claims).toList();
        assertEquals(List.of(List.of("dailymail-2024-10-26-01", "itv-2024-10-26-07")), loose);
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
