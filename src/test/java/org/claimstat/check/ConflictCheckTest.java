package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class ConflictCheckTest {

    private static TestData vacancies() {
        return TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .source("s1", "CNews", "2022-04-05").source("s2", "Other", "2022-04-06").source("s3", "Third", "2022-04-07");
    }

    @Test
    void nearly95000_conflictsWith96000() {
        ClaimDataset ds = vacancies()
                .claim("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "CNews", "s1")
                .claim("c2", "vac", "2022-03", "exact", "96000", "vacancy", "HH", "s2").build();
        CheckReport report = Run.report(ds, "conflict");
        assertEquals(List.of("c1, almost 95,000 vacancies (CNews, 5 Apr 2022: \"quote of c1\") against c2, 96,000 vacancies (Other,"
                + " 6 Apr 2022: \"quote of c2\"): both cannot hold for vac, RU, 2022-03. The first allows at most 95,000"
                + " vacancies, the second at least 95,500 vacancies (intervals (90000, 95000] and [95500, 96500])."
                + " They are different witnesses: CNews, and HH."),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(List.of("c1", "c2"), report.findings().get(0).claims());
        assertEquals(Severity.CONFLICT, report.findings().get(0).severity());
        assertEquals(new CheckRun("conflict", new ConflictCheck().description(), 1, 0, 1), Run.run(report, "conflict"));
    }

    @Test
    void about100000_doesNotConflictWithMoreThan100000() {
        ClaimDataset ds = vacancies()
                .claim("c1", "vac", "2022-03", "approximately", "100000", "vacancy", "A", "s1")
                .claim("c2", "vac", "2022-03", "more_than", "100000", "vacancy", "B", "s2").build();
        CheckReport report = Run.report(ds, "conflict");
        assertEquals(List.of(), report.findings());
        assertEquals(new CheckRun("conflict", new ConflictCheck().description(), 1, 1, 0), Run.run(report, "conflict"));
    }

    @Test
    void differentPeriods_doNotConflict() {
        ClaimDataset ds = vacancies()
                .claim("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "A", "s1")
                .claim("c2", "vac", "2022-04", "exact", "96000", "vacancy", "B", "s2").build();
        assertEquals(List.of(), Run.messages(ds, "conflict"));
    }

    @Test
    void threeDisjointClaims_nameEachWithTheLowest_andTheMiddleWithTheHighestToo() {
        ClaimDataset ds = vacancies()
                .claim("c1", "vac", "2022", "exact", "10", "vacancy", "A", "s1")
                .claim("c2", "vac", "2022", "exact", "20", "vacancy", "B", "s2")
                .claim("c3", "vac", "2022", "exact", "30", "vacancy", "C", "s3").build();
        assertEquals(List.of(List.of("c1", "c2"), List.of("c1", "c3"), List.of("c2", "c3")),
                Run.report(ds, "conflict").findings().stream().map(Finding::claims).toList());
    }

    @Test
    void compatibleTimeUnits_areConvertedBeforeComparing() {
        ClaimDataset ds = TestData.create().indicator("lag", "month", Aggregation.DURATION)
                .source("s1", "A", "2024-12-01").source("s2", "B", "2024-12-02")
                .claim("c1", "lag", "2024", "range", "6..9", "month", "A", "s1")
                .claim("c2", "lag", "2024", "exact", "2", "year", "B", "s2").build();
        assertEquals(List.of("c1, 6 to 9 months (A, 1 Dec 2024: \"quote of c1\") against c2, 2 years (B, 2 Dec 2024: \"quote of c2\"):"
                + " both cannot hold for lag, RU, 2024. The first allows at most 9 months, the second at least 24 months"
                + " (intervals [6, 9] and [24, 24]). They are different witnesses: a source of unknown origin (no"
                + " claimant, and the quote attributes the figure to no one), so not counted as independent, and B."), Run.messages(ds, "conflict"));
    }

    @Test
    void aCountOfPartOfADay_isALowerBoundOfTheDaysTotal() {
        // The National, 10 Aug 2023 (https://www.thenationalnews.com/world/uk-news/2023/08/10/): "A further 250 migrants
        // were brought to shore in Kent on Thursday morning"; the Home Office's count for the whole day was 755.
        ClaimDataset ds = TestData.create().indicator("arrivals", "person", Aggregation.FLOW)
                .source("s1", "The National", "2023-08-10").source("s2", "BBC News", "2023-08-11")
                .claimWith("morning", "arrivals", "2023-08-10", "exact", "250", "person", "news reports", "s1",
                        "A further 250 migrants were brought to shore in Kent on Thursday morning.", java.util.Map.of())
                .claimWith("day", "arrivals", "2023-08-10", "exact", "755", "person", "Home Office", "s2",
                        "755 people were detected crossing in 14 boats on Thursday.", java.util.Map.of())
                .claimWith("low", "arrivals", "2023-08-10", "exact", "180", "person", "Coastguard", "s2",
                        "180 people were rescued on Thursday.", java.util.Map.of()).build();
        CheckReport report = Run.report(ds, "conflict");
        assertEquals(List.of(List.of("low", "morning"), List.of("low", "day")),
                report.findings().stream().map(Finding::claims).toList(),
                "the morning's 250 is no conflict with the day's 755; a whole-day 180 is below both");
    }

    @Test
    void aThirdAsAPercentage_isReadAsLooselyAsTheWords() {
        // The Independent, 1 Jan 2024: crossings "fall by a third"; AP: "down 36%" (29,437 against 45,774 is -35.7%).
        ClaimDataset ds = TestData.create().signedIndicator("change", "percent", Aggregation.SHARE)
                .source("s1", "The Independent", "2024-01-01").source("s2", "AP", "2024-01-01")
                .claim("third", "change", "2023", "approximately", "-33.3", "percent", "The Independent", "s1")
                .claim("ap", "change", "2023", "exact", "-36", "percent", "AP", "s2")
                .claim("tenth", "change", "2023", "approximately", "-10.5", "percent", "Other", "s1").build();
        CheckReport report = Run.report(ds, "conflict");
        assertEquals(List.of(List.of("ap", "tenth"), List.of("third", "tenth")),
                report.findings().stream().map(Finding::claims).toList());
    }

    private static TestData pledges() {
        return TestData.create().indicator("pledge", "USD", Aggregation.FLOW)
                .source("s1", "Belga", "2023-11-30").source("s2", "Reuters", "2023-11-30")
                .source("s3", "Gulf News", "2023-11-30").source("s4", "AGBI", "2023-11-30");
    }

    @Test
    void oneFigureAgainstSeveralCopiesOfAnother_isOneConflict() {
        ClaimDataset ds = pledges()
                .claim("odd", "pledge", "2023-11-30", "exact", "24500000", "USD", "Belga", "s1")
                .claim("a", "pledge", "2023-11-30", "exact", "17500000", "USD", "Reuters", "s2")
                .claim("b", "pledge", "2023-11-30", "exact", "17500000", "USD", "Gulf News", "s3")
                .claim("c", "pledge", "2023-11-30", "exact", "17500000", "USD", "AGBI", "s4").build();
        CheckReport report = Run.report(ds, "conflict");
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding f = report.findings().get(0);
        assertEquals(List.of("odd", "a", "b", "c"), f.claims());
        assertEquals("odd, USD 24,500,000 (Belga, 30 Nov 2023: \"quote of odd\") against 3 witnesses that give USD"
                + " 17,500,000: a, USD 17,500,000 (Reuters, 30 Nov 2023: \"quote of a\"); b, USD 17,500,000 (Gulf News,"
                + " 30 Nov 2023: \"quote of b\"); c, USD 17,500,000 (AGBI, 30 Nov 2023: \"quote of c\"). The first and each"
                + " of the others cannot both hold for pledge, RU, 2023-11-30. The first allows at least USD 24,250,000,"
                + " the others at most USD 17,750,000 (intervals [24250000, 24750000] and [17250000, 17750000]). They are"
                + " different witnesses: Belga, against Reuters; Gulf News; AGBI.", f.message());
    }

    @Test
    void oneSourcesConversionAtItsOwnRate_isNoConflictWithAnothersConversion() {
        ClaimDataset ds = pledges()
                .claim("eur", "pledge", "2023-11-30", "exact", "100000000", "EUR", "Argus", "s1")
                .claim("usd", "pledge", "2023-11-30", "exact", "108700000", "USD", "Argus", "s1")
                .claim("reuters", "pledge", "2023-11-30", "exact", "108910000", "USD", "Reuters", "s2")
                .claim("misquote", "pledge", "2023-11-30", "exact", "99000000", "USD", "AGBI", "s4").build();
        CheckReport report = Run.report(ds, "conflict");
        assertEquals(List.of(List.of("misquote", "usd"), List.of("misquote", "reuters")), report.findings().stream()
                .map(Finding::claims).toList(), "108.7 and 108.91 million are one EUR 100 million at two rates, no"
                + " conflict; USD 99 million conflicts with both");
    }
}
