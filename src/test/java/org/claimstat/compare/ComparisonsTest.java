package org.claimstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.claimstat.Aggregation;
import org.claimstat.Period;
import org.claimstat.PartialDate;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private static ClaimDataset emigrants() {
        return TestData.create().indicator("left", "person", Aggregation.FLOW)
                .source("s1", "A", "2022-05-01").wireSource("s2", "B", "2022-05-02", "AFP")
                .wireSource("s3", "C", "2022-05-03", "AFP").source("s4", "D", "2022-05-04").source("s5", "E", "2022-06-01")
                .source("s6", "F", "2022-06-02")
                .claim("c1", "left", "2022", "exact", "100000", "person", "Levada", "s1")
                .claim("c2", "left", "2022", "estimate", "200000", "person", "Officials", "s2")
                .claim("c3", "left", "2022", "estimate", "200000", "person", "Kremlin", "s3")
                .claim("c4", "left", "2022", "more_than", "150000", "person", "RAEC", "s4")
                .claim("c5", "left", "2022", "exact", "300000", "person", "Rosstat", "s5")
                .claim("c6", "left", "2022", "exact", "300000", "person", "Rosstat spokesperson", "s6").build();
    }

    @Test
    void compare_marksCopiesAndRepeatsAsNotIndependent() {
        Comparison c = Comparisons.of(emigrants()).indicator("left").compare();
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5", "c6"), c.rows().stream().map(Comparison.Row::claim).toList());
        assertEquals(List.of(true, true, false, true, true, false),
                c.rows().stream().map(Comparison.Row::independent).toList());
        assertEquals(Optional.of("c2"), c.rows().get(2).countsWith());
        assertEquals(Optional.of("c5"), c.rows().get(5).countsWith());
    }

    @Test
    void consensus_isTheMedianOfIndependentBoundedMidpoints_withIqrAndMad() {
        Comparison.Consensus k = Comparisons.of(emigrants()).indicator("left").compare().consensus().get(0);
        assertEquals(Period.of(PartialDate.ofYear(2022)), k.period());
        assertEquals(6, k.claims());
        assertEquals(4, k.independent());
        assertEquals(3, k.used());
        assertEquals(OptionalDouble.of(200000), k.median());
        assertEquals(OptionalDouble.of(100000), k.mad());
        assertEquals(OptionalDouble.of(100000), k.q1());
        assertEquals(OptionalDouble.of(300000), k.q3());
        assertEquals(OptionalDouble.of(200000), k.iqr());
    }

    @Test
    void pairs_giveOverlapAndMidpointRatio() {
        Comparison c = Comparisons.of(emigrants()).indicator("left").compare();
        assertEquals(15, c.pairs().size());
        Comparison.Pair first = c.pairs().get(0);
        assertEquals("c1", first.first());
        assertEquals("c2", first.second());
        assertEquals(false, first.overlap());
        assertEquals(OptionalDouble.of(2.0), first.ratio());
        assertEquals(OptionalDouble.empty(), c.pairs().get(2).ratio());
    }

    @Test
    void currencyClaims_areConvertedAtTheDatedRate_andAMissingRateNamesTheClaim() {
        TestData base = TestData.create().indicator("invest", "USD", Aggregation.STOCK)
                .source("s1", "RT", "2024-12-10").source("s2", "TASS", "2024-12-11")
                .claim("c1", "invest", "2030", "exact", "77000000000", "USD", "VTB", "s1")
                .claim("c2", "invest", "2030", "exact", "7000000000000", "RUB", "VTB", "s2");
        Comparison c = Comparisons.of(base.rate("2024-12-10", "USD", "RUB", "100").build()).indicator("invest").compare();
        assertEquals("[70000000000, 70000000000]", c.rows().get(1).interval().toString());
        ClaimDataset noRate = TestData.create().indicator("invest", "USD", Aggregation.STOCK)
                .source("s2", "TASS", "2024-12-11")
                .claim("c2", "invest", "2030", "exact", "7000000000000", "RUB", "VTB", "s2")
                .rate("2024-10-01", "USD", "RUB", "100").build();
        NoRateException e = assertThrows(NoRateException.class,
                () -> Comparisons.of(noRate).indicator("invest").rateToleranceDays(30).compare());
        assertEquals("claim c2: no RUB/USD rate (direct, inverted or crossed) within 30 days of 2024-12-11; add one to"
                + " rates.csv or widen the rate tolerance", e.getMessage());
    }

    @Test
    void timeUnits_areConvertedThroughIndriya() {
        ClaimDataset ds = TestData.create().indicator("lag", "month", Aggregation.DURATION)
                .source("s1", "A", "2024-12-01")
                .claim("c1", "lag", "2024", "exact", "1.5", "year", "A", "s1").build();
        assertEquals("[18, 18]", Comparisons.of(ds).indicator("lag").compare().rows().get(0).interval().toString());
    }

    @Test
    void incompatibleUnits_areRejected() {
        ClaimDataset ds = TestData.create().indicator("left", "person", Aggregation.FLOW)
                .source("s1", "A", "2024-12-01")
                .claim("c1", "left", "2024", "exact", "5", "vacancy", "A", "s1").build();
        assertEquals("claim c1 is in 'vacancy', which cannot be converted to 'person'", assertThrows(
                IllegalArgumentException.class, () -> Comparisons.of(ds).indicator("left").compare()).getMessage());
    }

    @Test
    void unknownIndicator_namesTheKnownOnes() {
        assertEquals("no indicator 'gone' in dataset test; expected one of [left]", assertThrows(
                IllegalArgumentException.class, () -> Comparisons.of(emigrants()).indicator("gone")).getMessage());
    }

    @Test
    void outputs_tableAndJson() {
        Comparison c = Comparisons.of(emigrants()).indicator("left").entity("RU").compare();
        assertEquals(List.of("claim", "period", "source", "publisher", "published", "claimant", "stated", "lower",
                "upper", "midpoint", "independent", "counts_with", "origin", "witness"), c.toTable().columnNames());
        assertEquals(6, c.toTable().rowCount());
        assertEquals(200000.0, c.consensusTable().doubleColumn("median").get(0));
        String json = c.toJson();
        assertTrue(json.startsWith("{\n  \"indicator\" : \"left\",\n  \"entity\" : \"RU\",\n  \"unit\" : \"person\",\n"
                + "  \"claims\" : [ {\n    \"claim\" : \"c1\","), json);
        assertTrue(json.contains("\"interval\" : \"(150000, +∞)\",\n    \"lower\" : 150000.0,\n    \"lower_closed\" : false,\n"
                + "    \"upper\" : null,\n    \"upper_closed\" : false,"), json);
        assertTrue(Comparison.toJson(List.of(c)).startsWith("[ {"));
    }

    @Test
    void flowsOverPeriodsOfDifferentLengths_areBroughtToAPerYearBasisAndSaySo() {
        // ai-nations: Russia's AI budget of 5.2 billion RUB for 2024 and about 26.49 billion for 2025-2027.
        ClaimDataset ds = TestData.create().indicator("funding", "RUB", Aggregation.FLOW)
                .source("s1", "TASS", "2024-03-01").source("s2", "Kommersant", "2024-09-30")
                .claim("year", "funding", "2024", "exact", "5200000000", "RUB", "Government", "s1")
                .claim("three", "funding", "2025..2027", "approximately", "26490000000", "RUB", "Ministry", "s2")
                .claim("quarter", "funding", "2024-01..2024-03", "exact", "1000000000", "RUB", "Ministry", "s2").build();
        Comparison c = Comparisons.of(ds).compare("funding").get(0);
        assertTrue(c.lengthsDiffer());
        assertEquals(Optional.of("The claims of this flow cover periods of different lengths (3 months, 1 year, 3 years):"
                + " compare them per year, not as stated."), c.perYearNote());
        Comparison.Row three = c.rows().stream().filter(r -> r.claim().equals("three")).findFirst().orElseThrow();
        assertEquals(26.49e9 / 3, c.perYear(three).orElseThrow().midpoint(), 1);
        Comparison.Row quarter = c.rows().stream().filter(r -> r.claim().equals("quarter")).findFirst().orElseThrow();
        assertEquals(4e9, c.perYear(quarter).orElseThrow().lower(), 1e-3);
        assertTrue(c.toJson().contains("\"per_year\""), c.toJson());
    }

    @Test
    void stocks_haveNoPerYearBasis() {
        Comparison c = Comparisons.of(emigrants()).indicator("left").compare();
        assertTrue(c.perYearNote().isEmpty());
        ClaimDataset stock = TestData.create().indicator("vac", "vacancy", Aggregation.STOCK).source("s1", "A", "2022-05-01")
                .claim("c1", "vac", "2022", "exact", "100", "vacancy", "A", "s1")
                .claim("c2", "vac", "2022-03", "exact", "90", "vacancy", "B", "s1").build();
        Comparison s = Comparisons.of(stock).compare("vac").get(0);
        assertTrue(s.perYear(s.rows().get(0)).isEmpty());
        assertTrue(!s.lengthsDiffer());
    }
}
