package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class DatesCheckTest {

    private static TestData order() {
        return TestData.create().indicator("order_date", "date", Aggregation.DATE)
                .source("s1", "A", "2025-01-02").source("s2", "B", "2025-02-01").source("s3", "C", "2025-01-03");
    }

    @Test
    void december30_conflictsWithJanuary2025() {
        ClaimDataset ds = order()
                .claim("c1", "order_date", "", "exact", "2024-12-30", "date", "Kremlin", "s1")
                .claim("c2", "order_date", "", "exact", "2025-01", "date", "Blog", "s2").build();
        CheckReport report = Run.report(ds, "dates");
        assertEquals(List.of("c1 (2024-12-30, [2024-12-30, 2024-12-30]) and c2 (2025-01, [2025-01-01, 2025-01-31])"
                + " cannot both date order_date for RU: the first ends 2024-12-30, before the second starts 2025-01-01."),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(new CheckRun("dates", new DatesCheck().description(), 1, 0, 1), Run.run(report, "dates"));
    }

    @Test
    void monthsAfterAnchor_agreesWithADateInTheElapsedMonth() {
        ClaimDataset ds = order()
                .claim("c1", "order_date", "", "exact", "2024-12-30", "date", "Kremlin", "s1")
                .claimWith("c3", "order_date", "", "exact", "2024-12", "date", "Business Insider", "s3",
                        "34 months after", Map.of("date_expression", "34 months after 2022-02-24")).build();
        assertEquals(List.of(), Run.messages(ds, "dates"));
    }

    @Test
    void monthsAfterAnchor_conflictsWithADateOutsideIt() {
        ClaimDataset ds = order()
                .claim("c1", "order_date", "", "exact", "2024-11-30", "date", "Kremlin", "s1")
                .claimWith("c3", "order_date", "", "exact", "2024-12", "date", "Business Insider", "s3",
                        "34 months after", Map.of("date_expression", "34 months after 2022-02-24")).build();
        assertEquals(List.of("c1 (2024-11-30, [2024-11-30, 2024-11-30]) and c3 (2024-12, [2024-12-01, 2024-12-31])"
                + " cannot both date order_date for RU: the first ends 2024-11-30, before the second starts 2024-12-01.",
                "c1 (2024-11-30, [2024-11-30, 2024-11-30]) and c3's \"34 months after 2022-02-24\""
                + " ([2024-12-24, 2025-01-23]) cannot both date order_date for RU: the first ends 2024-11-30, before the"
                + " second starts 2024-12-24."), Run.messages(ds, "dates"));
    }

    @Test
    void durationBetweenTwoEvents_mustFitTheWholeMonthsElapsed() {
        TestData data = TestData.create().indicator("invasion", "date", Aggregation.DATE)
                .indicator("order_date", "date", Aggregation.DATE).indicator("months_since", "month", Aggregation.DURATION)
                .source("s1", "A", "2025-01-02")
                .claim("e1", "invasion", "2022-02-24", "exact", "2022-02-24", "date", "A", "s1")
                .claim("e2", "order_date", "2024-12-30", "exact", "2024-12-30", "date", "A", "s1");
        ClaimDataset fits = data.claimWith("d1", "months_since", "2024-12-30", "exact", "34", "month", "A", "s1", "34 months",
                Map.of("from_event", "e1", "to_event", "e2")).build();
        CheckReport report = Run.report(fits, "dates");
        assertEquals(List.of(), report.findings());
        assertEquals(new CheckRun("dates", new DatesCheck().description(), 1, 1, 0), Run.run(report, "dates"));
        ClaimDataset off = data.claimWith("d2", "months_since", "2024-12-30", "exact", "36", "month", "A", "s1", "36",
                Map.of("from_event", "e1", "to_event", "e2")).build();
        assertEquals(List.of("d2 (exact 36 month: [36, 36]) counts the months from e1 ([2022-02-24, 2022-02-24]) to e2"
                + " ([2024-12-30, 2024-12-30]), but 34 to 34 whole months lie between those dates."),
                Run.messages(off, "dates"));
    }

    @Test
    void durationNamingAMissingEvent_isAWarning() {
        ClaimDataset ds = TestData.create().indicator("months_since", "month", Aggregation.DURATION)
                .source("s1", "A", "2025-01-02")
                .claimWith("d1", "months_since", "2024-12", "exact", "34", "month", "A", "s1", "34 months",
                        Map.of("from_event", "e9", "to_event", "e2")).build();
        assertEquals(List.of("Claim d1 counts from from_event 'e9' to to_event 'e2', but 'e9' is no date claim of"
                + " entity RU."), Run.messages(ds, "dates"));
    }

    @Test
    void unreadableExpression_isAWarning() {
        ClaimDataset ds = order().claimWith("c1", "order_date", "", "exact", "2024-12", "date", "X", "s1", "q",
                Map.of("date_expression", "three years later")).build();
        assertEquals(List.of("Claim c1 has date_expression 'three years later', which is not of the form N"
                + " days|weeks|months|years after|before YYYY[-MM[-DD]]."), Run.messages(ds, "dates"));
    }
}
