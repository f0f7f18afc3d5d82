package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class TextHygieneCheckTest {

    @Test
    void recordedMixedScriptsAndBoilerplate_andAMixedQuote_areReported() {
        ClaimDataset ds = TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .sourceWith("s1", "Daily Express", "2022-05-01",
                        Map.of("mixed_script_words", "212", "boilerplate", "author bio in French; comment form"))
                .claimWith("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "CNews", "s1",
                        "nearly 95,000 v\u0430cancies", Map.of()).build();
        CheckReport report = Run.report(ds, "text_hygiene");
        assertEquals(List.of("Source s1 (Daily Express) has 212 words that mix scripts, so its quotes may not be found by"
                        + " searching the text; check claims c1 against the original.",
                "Source s1 (Daily Express) carries text that is not part of the article (author bio in French; comment"
                        + " form); check that claims c1 come from the article itself.",
                "The quote of claim c1 has 1 word mixing scripts (v\u0430cancies), so it cannot be found by searching for"
                        + " it as typed."), report.findings().stream().map(Finding::message).toList());
        assertEquals(List.of(Severity.WARNING, Severity.INFO, Severity.WARNING),
                report.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void scriptsColumnNamingTwoScripts_isAWarning() {
        ClaimDataset ds = TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .sourceWith("s1", "", "2022-05-01", Map.of("scripts", "Latin+Cyrillic"))
                .claim("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "CNews", "s1").build();
        assertEquals(List.of("Source s1 (\"Story s1\") mixes scripts (Latin+Cyrillic), so its quotes may not be"
                + " found by searching the text; check claims c1 against the original."), Run.messages(ds, "text_hygiene"));
    }

    @Test
    void cleanSource_withZeroMixedWords_isSilent() {
        ClaimDataset ds = TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .sourceWith("s1", "CNews", "2022-05-01", Map.of("mixed_script_words", "0", "boilerplate", ""))
                .claimWith("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "CNews", "s1",
                        "почти 95 000 vacancies", Map.of()).build();
        CheckReport report = Run.report(ds, "text_hygiene");
        assertEquals(List.of(), report.findings());
        assertEquals(new CheckRun("text_hygiene", new TextHygieneCheck().description(), 2, 2, 0),
                Run.run(report, "text_hygiene"));
    }
}
