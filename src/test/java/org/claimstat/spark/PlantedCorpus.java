package org.claimstat.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.DatasetInfo;

/**
 * A generated claims corpus with planted trouble, each claim a pure function of its index (so a
 * Spark job can generate the same claims as a loop). Every entity gets {@value #PER_ENTITY} claims
 * in six cells of ten:
 * <ol start="0">
 *   <li>emigrants in 2022, about 100,000 or an estimated 120,000 from ten sources (two copies of one
 *       AFP story giving AFP's "about 100,000": syndication); every 4th entity has an exact 400,000 (a
 *       conflict and an outlier)</li>
 *   <li>emigrants per month of 2022; every 5th entity has a month of 300,000 (part exceeds whole);
 *       every 3rd has the Ministry of Labour's 2022 figure given for 2023 (same figure, different time)</li>
 *   <li>vacancies in March 2023, "nearly 95,000"; every 6th entity has an exact 96,000 (conflict)</li>
 *   <li>remote share in 2023 in percent; every 9th entity has 120 percent (bounds)</li>
 *   <li>a budget in USD with one figure in EUR; every 4th entity (offset 1) has a EUR figure that
 *       does not match the dated rate (currency)</li>
 *   <li>wave1 + wave2 &lt;= total (broken for every 8th entity), launch dates with date arithmetic
 *       (a late date for every 10th entity), and claims for 2021</li>
 * </ol>
 * Sources {@code s007, s057, ...} record mixed-script words and {@code s008, s058, ...} boilerplate
 * (text hygiene).
 */
public final class PlantedCorpus {
    /** Claims per entity. */
    public static final int PER_ENTITY = 60;
    /** The extra claim column the dates check reads. */
    public static final List<String> EXTRA = List.of("date_expression");
    private static final int CELL = 10;
    private static final int SOURCES = 500;
    private static final Unit VACANCY = Unit.count("vacancy");
    private static final Unit USD = Unit.parse("USD");
    private static final Unit EUR = Unit.parse("EUR");
    private static final Period Y2021 = Period.of(PartialDate.ofYear(2021));
    private static final Period Y2022 = Period.of(PartialDate.ofYear(2022));
    private static final Period Y2023 = Period.of(PartialDate.ofYear(2023));
    private static final Period MARCH_2023 = Period.of(PartialDate.ofMonth(2023, 3));

    private PlantedCorpus() {
    }

    /** Returns a dataset of the first {@code n} claims with the corpus's context. */
    public static ClaimDataset dataset(int n) {
        List<Claim> claims = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            claims.add(claim(i));
        }
        return withClaims(claims);
    }

    /** Returns a dataset of {@code claims} with the corpus's indicators, sources, rates and relations. */
    public static ClaimDataset withClaims(List<Claim> claims) {
        return ClaimDataset.of(new DatasetInfo("planted", "Planted corpus", "generated", List.of()), sources(),
                indicators(), claims, rates(), relations());
    }

    /** Returns the indicators. */
    public static List<Indicator> indicators() {
        return List.of(
                Indicator.of("emigrants", "Emigrants", Unit.PERSON, Aggregation.FLOW, ""),
                Indicator.of("vacancies", "Open vacancies", VACANCY, Aggregation.STOCK, ""),
                Indicator.of("remote_share", "Share working remotely", Unit.PERCENT, Aggregation.SHARE, ""),
                Indicator.of("budget", "Budget", USD, Aggregation.FLOW, ""),
                Indicator.of("wave1", "First wave", Unit.PERSON, Aggregation.FLOW, ""),
                Indicator.of("wave2", "Second wave", Unit.PERSON, Aggregation.FLOW, ""),
                Indicator.of("total", "Both waves", Unit.PERSON, Aggregation.FLOW, ""),
                Indicator.of("launch", "Launch date", Unit.DATE, Aggregation.DATE, ""));
    }

    /** Returns the sources: every tenth (offset 1) copies AFP; some record text hygiene. */
    public static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (int s = 0; s < SOURCES; s++) {
            PartialDate published = PartialDate.of(LocalDate.of(2022, 1, 1).plusDays(s * 3L % 1000));
            Map<String, String> extra = Map.of("mixed_script_words", s % 50 == 7 ? "2" : "0",
                    "boilerplate", s % 50 == 8 ? "comment form" : "");
            sources.add(new Source(source(s), "Outlet " + s, "Article " + s, Optional.empty(), Optional.of(published),
                    Optional.empty(), Optional.of("en"), s % 10 == 1 ? Optional.of("AFP") : Optional.empty(),
                    Optional.empty(), new java.util.TreeMap<>(extra)));
        }
        return sources;
    }

    /** Returns USD to EUR rates every five days, 1 USD = 0.92 EUR. */
    public static List<Rate> rates() {
        List<Rate> rates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2021, 12, 1); d.isBefore(LocalDate.of(2025, 2, 1)); d = d.plusDays(5)) {
            rates.add(Rate.of(d, "USD", "EUR", new BigDecimal("0.92"), "ecb"));
        }
        return rates;
    }

    /** Returns the one relation, {@code waves: wave1 + wave2 <= total}. */
    public static List<Relation> relations() {
        return List.of(Relation.of("waves", "wave1 + wave2 <= total", "the waves are part of the total"));
    }

    /** Returns claim {@code i}. */
    public static Claim claim(long i) {
        long e = i / PER_ENTITY;
        int cell = (int) (i / CELL % (PER_ENTITY / CELL));
        int k = (int) (i % CELL);
        String entity = "E" + e;
        String source = source((int) ((e * 37 + cell * 11 + k * 7) % SOURCES));
        return switch (cell) {
            case 0 -> emigrants(i, e, k, entity, source);
            case 1 -> monthly(i, e, k, entity, source);
            case 2 -> claim(i, "vacancies", entity, MARCH_2023, e % 6 == 0 && k == 1 ? exact("96000", VACANCY)
                    : Quantity.of(new BigDecimal("95000"), Hedge.NEARLY, VACANCY), "Job board " + k, source);
            case 3 -> claim(i, "remote_share", entity, Y2023, exact(e % 9 == 0 && k == 2 ? "120" : String.valueOf(40 + k),
                    Unit.PERCENT), "Survey " + k, source);
            case 4 -> budget(i, e, k, entity, source);
            default -> waves(i, e, k, entity, source);
        };
    }

    private static Claim emigrants(long i, long e, int k, String entity, String source) {
        if (k >= 8) {
            source = source((int) (10 * ((e + k) % 50) + 1));
        }
        Quantity q = e % 4 == 0 && k == 3 ? exact("400000", Unit.PERSON)
                : k == 0 ? exact("120000", Unit.PERSON)
                : k % 2 == 0 || k >= 8 ? Quantity.of(new BigDecimal("100000"), Hedge.APPROXIMATELY, Unit.PERSON)
                : Quantity.of(new BigDecimal("120000"), Hedge.ESTIMATE, Unit.PERSON);
        String claimant = k == 0 ? "Ministry of Labour" : k >= 8 ? "AFP" : "Analyst " + k;
        return claim(i, "emigrants", entity, Y2022, q, claimant, source);
    }

    private static Claim monthly(long i, long e, int k, String entity, String source) {
        if (e % 3 == 0 && k == 0) {
            return claim(i, "emigrants", entity, Y2023, exact("120000", Unit.PERSON), "Ministry of Labour", source);
        }
        Quantity q = e % 5 == 0 && k == 5 ? exact("300000", Unit.PERSON)
                : Quantity.of(new BigDecimal("5000"), Hedge.APPROXIMATELY, Unit.PERSON);
        return claim(i, "emigrants", entity, Period.of(PartialDate.ofMonth(2022, k + 1)), q, "Regional office " + k,
                source);
    }

    private static Claim budget(long i, long e, int k, String entity, String source) {
        if (k == 9) {
            String eur = e % 4 == 1 ? "9000000000" : "4600000000";
            return claim(i, "budget", entity, Y2023, Quantity.of(new BigDecimal(eur), Hedge.APPROXIMATELY, EUR),
                    "Finance ministry", source);
        }
        return claim(i, "budget", entity, Y2023, Quantity.of(new BigDecimal("5000000000"), Hedge.APPROXIMATELY, USD),
                "Analyst " + k, source);
    }

    private static Claim waves(long i, long e, int k, String entity, String source) {
        return switch (k) {
            case 0 -> claim(i, "wave1", entity, Y2022, exact("50000", Unit.PERSON), "Ministry", source);
            case 1 -> claim(i, "wave2", entity, Y2022, exact("40000", Unit.PERSON), "Ministry", source);
            case 2 -> claim(i, "total", entity, Y2022, exact(e % 8 == 0 ? "80000" : "100000", Unit.PERSON), "Ministry",
                    source);
            case 3, 4, 5 -> launch(i, e, k, entity, source);
            default -> claim(i, "emigrants", entity, Y2021, Quantity.of(new BigDecimal("80000"), Hedge.ESTIMATE,
                    Unit.PERSON), "Analyst " + k, source);
        };
    }

    private static Claim launch(long i, long e, int k, String entity, String source) {
        String date = e % 10 == 0 && k == 4 ? "2025-01" : "2024-12";
        Quantity q = new Quantity(Optional.of(Value.of(PartialDate.parse(date))), Hedge.EXACT, Optional.empty(),
                Optional.empty(), Unit.DATE);
        Map<String, String> extra = k == 3 ? Map.of("date_expression", "34 months after 2022-02-24") : Map.of();
        return new Claim("c" + i, "launch", entity, Period.UNSPECIFIED, q, ClaimKind.EVENT, "Agency " + k, source,
                "quote " + i, extra);
    }

    private static Claim claim(long i, String indicator, String entity, Period period, Quantity q, String claimant,
                               String source) {
        return Claim.of("c" + i, indicator, entity, period, q, ClaimKind.STATEMENT, claimant, source, "quote " + i);
    }

    private static Quantity exact(String value, Unit unit) {
        return Quantity.exact(new BigDecimal(value), unit);
    }

    private static String source(int s) {
        return String.format("s%03d", s);
    }
}
