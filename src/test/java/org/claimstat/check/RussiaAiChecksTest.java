package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;

/**
 * The checks on the bundled russia-ai dataset find what a careful reader of the five seed
 * articles finds, and nothing else: the Russia-China AI directive dated both 30 December 2024
 * (the Kremlin post, document 003) and January 2025 (document 001); Vedyakhin's "six to nine
 * months" given for two different months (documents 000 and 003 report one statement); the mixed
 * scripts of document 002; and each document's boilerplate, as info. The "34 months after" the
 * invasion fits the dates it counts between, and no figure breaks its bounds.
 */
class RussiaAiChecksTest {

    private static final ClaimDataset RUSSIA_AI = ClaimDatasets.load("russia-ai");

    private static List<String> summary(CheckReport report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity)
                .map(f -> f.check() + " " + String.join(" ", f.claims())).toList();
    }

    @Test
    void conflicts_areTheTwoDatesOfTheChinaDirective() {
        CheckReport report = Checks.defaults().run(RUSSIA_AI);
        assertEquals(List.of("dates c003-01 c001-04"), summary(report, Severity.CONFLICT));
        assertEquals("c003-01 (2024-12-30, [2024-12-30, 2024-12-30]) and c001-04 (2025-01, [2025-01-01, 2025-01-31])"
                + " cannot both date event_china_ai_directive for RU: the first ends 2024-12-30, before the second"
                + " starts 2025-01-01.", report.findings().get(0).message());
    }

    @Test
    void warnings_areTheRepeatedGapAndTheMixedScripts() {
        CheckReport report = Checks.defaults().run(RUSSIA_AI);
        assertEquals(List.of("same_figure c000-04 c003-05",
                "text_hygiene c002-01 c002-02 c002-03 c002-04 c002-05 c002-06"), summary(report, Severity.WARNING));
        assertEquals("Alexander Vedyakhin gives the same figure, 6 to 9 months, for ai_lag_behind_us_china, RU in different"
                + " periods: 2024-12 (c000-04), 2025-01 (c003-05); one of them may be misreported.",
                report.findings().get(1).message());
    }

    @Test
    void info_isEachDocumentsBoilerplate() {
        CheckReport report = Checks.defaults().run(RUSSIA_AI);
        assertEquals(List.of("text_hygiene c000-01 c000-02 c000-03 c000-04 c000-05",
                "text_hygiene c001-01 c001-02 c001-03 c001-04",
                "text_hygiene c002-01 c002-02 c002-03 c002-04 c002-05 c002-06",
                "text_hygiene c003-01 c003-02 c003-03 c003-04 c003-05 c003-06 c003-07 c003-08 c003-09",
                "text_hygiene c004-01"), summary(report, Severity.INFO));
    }

    @Test
    void checksThatFoundNothing_stillSayWhatTheyExamined() {
        CheckReport report = Checks.defaults().run(RUSSIA_AI);
        assertEquals(new CheckRun("dates", new DatesCheck().description(), 3, 2, 1), Run.run(report, "dates"));
        assertEquals(new CheckRun("bounds", new BoundsCheck().description(), 6, 6, 0), Run.run(report, "bounds"));
        assertEquals(new CheckRun("syndication", new SyndicationCheck().description(), 1, 1, 0),
                Run.run(report, "syndication"));
    }
}
