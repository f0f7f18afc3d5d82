package org.claimstat.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.DatasetInfo;

/** Datasets built in code for the chart and report tests: a realistic one and a hostile one. */
public final class SampleDatasets {
    private SampleDatasets() {
    }

    /** Emigration counts (one syndicated pair, open ends, a range), vacancies spanning orders of magnitude, an event date, ranks by edition. */
    public static ClaimDataset sample() {
        List<Source> sources = List.of(
                source("s1", "Reuters", "Tech workers leave", "https://example.org/reuters", "2022-12-20", null),
                source("s2", "Le Monde", "Exode des informaticiens", "https://example.org/lemonde", "2023-01-05", "AFP"),
                source("s3", "France 24", "IT exodus", "https://example.org/f24", "2023-01-05", "AFP"),
                source("s4", "Ministry of Digital Development", "Statement", "https://example.org/mincifry", "2022-12-21", null),
                source("s5", "Novaya Gazeta", "How many left", "https://example.org/novaya", "2023-03-02", null),
                source("s6", "RBC", "Survey of firms", "https://example.org/rbc", "2022-11-15", null),
                source("s7", "Oxford Insights", "Government AI Readiness Index", "https://example.org/oxford", "2023-12-06", null));
        Unit vacancy = Unit.parse("vacancy");
        List<Indicator> indicators = List.of(
                Indicator.of("it_emigrants", "IT workers who left Russia", Unit.PERSON, Aggregation.FLOW, "People in IT jobs who emigrated"),
                Indicator.of("it_vacancies", "Open IT vacancies", vacancy, Aggregation.STOCK, "Vacancies on job sites"),
                Indicator.of("law_signed", "AI law signed", Unit.DATE, Aggregation.DATE, "When the law was signed"),
                Indicator.of("ai_rank", "AI readiness rank", Unit.rank(193), Aggregation.RANK, "Rank in an index"));
        List<Claim> claims = new ArrayList<>();
        Period y2022 = Period.of(PartialDate.ofYear(2022));
        claims.add(claim("c1", "it_emigrants", "RU", y2022, Quantity.of(dec("100000"), Hedge.ESTIMATE, Unit.PERSON), "Reuters analysts", "s1", "an estimated 100,000"));
        claims.add(claim("c2", "it_emigrants", "RU", y2022, Quantity.of(dec("100000"), Hedge.APPROXIMATELY, Unit.PERSON), "RAEC", "s2", "about 100,000"));
        claims.add(claim("c3", "it_emigrants", "RU", y2022, Quantity.of(dec("100000"), Hedge.APPROXIMATELY, Unit.PERSON), "RAEC", "s3", "about 100,000"));
        claims.add(claim("c4", "it_emigrants", "RU", y2022, Quantity.of(dec("150000"), Hedge.MORE_THAN, Unit.PERSON), "ministry", "s4", "more than 150,000"));
        claims.add(claim("c5", "it_emigrants", "RU", y2022, Quantity.of(dec("170000"), Hedge.UP_TO, Unit.PERSON), "an expert", "s5", "up to 170,000"));
        claims.add(claim("c6", "it_emigrants", "RU", y2022, Quantity.range(dec("50000"), dec("70000"), Unit.PERSON), "RBC survey", "s6", "50,000 to 70,000"));
        claims.add(claim("c7", "it_vacancies", "RU", Period.of(PartialDate.ofMonth(2022, 3)), Quantity.of(dec("95000"), Hedge.NEARLY, vacancy), "hh.ru", "s6", "nearly 95,000"));
        claims.add(claim("c8", "it_vacancies", "RU", Period.of(PartialDate.ofMonth(2022, 3)), Quantity.exact(dec("1200"), vacancy), "a recruiter", "s1", "1,200"));
        claims.add(claim("c9", "it_vacancies", "RU", Period.of(PartialDate.ofMonth(2022, 3)), Quantity.of(dec("300000"), Hedge.APPROXIMATELY, vacancy), "hh.ru", "s5", "some 300,000"));
        claims.add(claim("c10", "law_signed", "RU", Period.of(PartialDate.ofYear(2024)), Quantity.date(PartialDate.parse("2024-02-15"), Hedge.EXACT), "Kremlin", "s5", "signed on 15 February"));
        claims.add(claim("c11", "law_signed", "RU", Period.of(PartialDate.ofYear(2024)), Quantity.date(PartialDate.parse("2024-03"), Hedge.APPROXIMATELY), "TASS", "s6", "in about March"));
        claims.add(claim("c12", "ai_rank", "RU", Period.of(PartialDate.ofYear(2021)), Quantity.exact(dec("38"), Unit.rank(160)), "Oxford Insights", "s7", "38th"));
        claims.add(claim("c13", "ai_rank", "RU", Period.of(PartialDate.ofYear(2022)), Quantity.exact(dec("31"), Unit.rank(181)), "Oxford Insights", "s7", "31st"));
        claims.add(claim("c14", "ai_rank", "RU", Period.of(PartialDate.ofYear(2023)), Quantity.exact(dec("38"), Unit.rank(193)), "Oxford Insights", "s7", "38th of 193"));
        claims.add(claim("c15", "ai_rank", "KZ", Period.of(PartialDate.ofYear(2022)), Quantity.exact(dec("76"), Unit.rank(181)), "Oxford Insights", "s7", "76th"));
        claims.add(claim("c16", "ai_rank", "KZ", Period.of(PartialDate.ofYear(2023)), Quantity.exact(dec("72"), Unit.rank(193)), "Oxford Insights", "s7", "72nd"));
        return ClaimDataset.of(new DatasetInfo("sample", "Sample: Russian IT emigration", "Built in code for tests.", List.of("CC-BY-4.0")),
                sources, indicators, claims, List.of(), List.of());
    }

    /** Findings about {@link #sample()} of every severity, and one text finding. */
    public static List<Finding> sampleFindings() {
        return List.of(
                new Finding("conflict", Severity.CONFLICT, List.of("c6", "c4"), "50,000 to 70,000 (c6) and more than 150,000 (c4) cannot both hold"),
                new Finding("outlier", Severity.WARNING, List.of("c8"), "1,200 (c8) is 4.2 MADs below the median 95,000 on a log scale"),
                new Finding("syndication", Severity.INFO, List.of("c2", "c3"), "c2 and c3 are copies of one AFP story"),
                new Finding("text-mixed-scripts", Severity.WARNING, List.of("c5"), "the quote of c5 mixes Latin and Cyrillic letters"));
    }

    /** What ran to make {@link #sampleFindings()}. */
    public static List<CheckRun> sampleRuns() {
        return List.of(new CheckRun("conflict", "intervals that cannot both hold", 15, 14, 1),
                new CheckRun("outlier", "robust outliers among independent sources", 3, 2, 1),
                new CheckRun("syndication", "copies of one wire story", 6, 5, 1),
                new CheckRun("text-mixed-scripts", "words mixing scripts", 16, 15, 1),
                new CheckRun("bounds", "shares, ranks and counts within their bounds", 16, 16, 0));
    }

    /** A dataset whose every text field tries to break out of HTML, Markdown or a spreadsheet. */
    public static ClaimDataset hostile() {
        String evil = "<script>alert('x')</script> \"q\" & 'a' | *b* =cmd|' /C calc'!A0";
        Source s = new Source("s<1>", evil, "<img src=x onerror=alert(1)>", Optional.of("javascript:alert(document.cookie)"),
                Optional.of(PartialDate.parse("2023-01-02")), Optional.of(evil), Optional.empty(), Optional.of("<b>AFP</b>"),
                Optional.empty(), Map.of());
        Source ok = new Source("s2", "=HYPERLINK(\"http://evil\")", "fine", Optional.of("https://example.org/a?b=1&c=2"),
                Optional.of(PartialDate.parse("2023-01-03")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        Indicator ind = Indicator.of("x<script>", "<script>alert('label')</script>", Unit.PERSON, Aggregation.STOCK, evil);
        List<Claim> claims = List.of(
                claim("c\"1'><script>", ind.id(), "<RU>", Period.of(PartialDate.ofYear(2022)), Quantity.exact(dec("10"), Unit.PERSON), "+SUM(A1)", s.id(), evil),
                claim("c2", ind.id(), "@RU", Period.of(PartialDate.ofYear(2022)), Quantity.exact(dec("-12"), Unit.PERSON), "-2+3", ok.id(), "</textarea><svg onload=alert(1)>"));
        return ClaimDataset.of(new DatasetInfo("hostile", "<script>alert('title')</script>", evil, List.of("<i>lic</i>")),
                List.of(s, ok), List.of(ind), claims, List.of(), List.of());
    }

    /** A finding about {@link #hostile()} whose message is hostile too. */
    public static List<Finding> hostileFindings() {
        return List.of(new Finding("<check>", Severity.CONFLICT, List.of("c\"1'><script>", "c2"), "<script>alert('finding')</script> & more"));
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static Source source(String id, String publisher, String title, String url, String published, String wire) {
        return new Source(id, publisher, title, Optional.of(url), Optional.of(PartialDate.parse(published)), Optional.empty(),
                Optional.of("en"), Optional.ofNullable(wire), Optional.empty(), Map.of());
    }

    private static Claim claim(String id, String indicator, String entity, Period period, Quantity q, String claimant,
                               String source, String quote) {
        ClaimKind kind = q.unit().kind() == Unit.Kind.DATE ? ClaimKind.EVENT : ClaimKind.STATEMENT;
        return Claim.of(id, indicator, entity, period, q, kind, claimant, source, quote);
    }
}
