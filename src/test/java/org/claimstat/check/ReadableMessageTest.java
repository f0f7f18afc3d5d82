package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A finding's message for readers: interval notation in words, quotes untouched; JSON keeps the raw message. */
class ReadableMessageTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            its interval (0, 1000000] is outside                | its interval above 0, at most 1 million is outside
            (intervals [47.5, 48.5] and [55.5, 56.5])           | (intervals 47.5 to 48.5 and 55.5 to 56.5)
            allows (-∞, 45] and (40, +∞)                        | allows at most 45 and above 40
            [100205, 100215] vs [100713, 100718]                | 100,205 to 100,215 vs 100,713 to 100,718
            is [100213500, 100213500] exactly                   | is 100,213,500 exactly
            is [100213000, 100213000] exactly                   | is 100.213 million exactly
            [2500000000, 3000000000)                            | at least 2.5 billion, below 3 billion
            ends [2024-12-24, 2025-01-23]                       | ends 24 Dec 2024 to 23 Jan 2025
            for flood_deaths, LY, 2023-09-10..2023-09-16.       | for flood_deaths, LY, 10 to 16 Sep 2023.
            within 2023-09-10..2023-10-02 and 2023-09..2024-03  | within 10 Sep to 2 Oct 2023 and Sep 2023 to Mar 2024
            from 2022..2024 or 2023-09-10.. or ..2024-05-01     | from 2022 to 2024 or from 10 Sep 2023 or up to 1 May 2024
            for vac, RU, 2022-03: 2022-13 is no month          | for vac, RU, Mar 2022: 2022-13 is no month
            pledgetimes-2023-09-16-04 on 2023-09-16 (a-2023-09-10..2023-09-11) | pledgetimes-2023-09-16-04 on 16 Sep 2023 (a-2023-09-10..2023-09-11)
            (-∞, +∞) and [-36, -32.4675]                        | any value and -36 to -32.4675
            "keeps [1, 2] in a quote" but not [1, 2]            | "keeps [1, 2] in a quote" but not 1 to 2
            no interval here, [click](x) or (see 2022)          | no interval here, [click](x) or (see 2022)
            """)
    void readableMessage_writesIntervalsInWords(String message, String readable) {
        Finding f = new Finding("x", Severity.INFO, List.of(), message);
        assertEquals(readable, f.readableMessage());
        assertEquals(message, f.message());
    }

    @Test
    void checksOfARealDataset_readWithoutIntervalNotation_whileJsonKeepsIt() {
        CheckReport report = Checks.defaults().run(ClaimDatasets.read(Path.of("src/test/resources/draft/channel-crossings/gold")));
        List<Finding> withIntervals = report.findings().stream().filter(f -> f.message().contains("(intervals [")).toList();
        assertFalse(withIntervals.isEmpty(), "conflicts give their intervals");
        for (Finding f : withIntervals) {
            String outsideQuotes = f.readableMessage().replaceAll("\"[^\"]*\"", "");
            assertFalse(outsideQuotes.matches("(?s).*[\\[(]-?[0-9.]+, -?[0-9.]+[\\])].*"), f.readableMessage());
            assertTrue(outsideQuotes.contains(" to "), f.readableMessage());
        }
        assertTrue(report.toJson().contains("(intervals ["), "JSON keeps the raw message");
        assertFalse(report.toMarkdown().contains("(intervals ["), "Markdown reads in words");
    }
}
