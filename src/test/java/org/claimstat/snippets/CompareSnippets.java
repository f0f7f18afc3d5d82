package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Claimants;
import org.claimstat.compare.Comparison;
import org.claimstat.compare.Comparisons;
import org.claimstat.compare.Conversion;
import org.claimstat.compare.Converter;
import org.claimstat.compare.Independence;
import org.claimstat.compare.RateTable;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;

/** The compare package's Javadoc examples; JavadocExamplesTest runs each region's method. */
final class CompareSnippets {
    private CompareSnippets() {
    }

    static void claimants() {
        // @start region="claimants"
        Claimants.keys(List.of("Rosstat", "Rosstat spokesperson Ivan Petrov", "CNews"));
        // {Rosstat=rosstat, Rosstat spokesperson Ivan Petrov=rosstat, CNews=cnews}
        // @end
        Map<String, String> keys = Claimants.keys(List.of("Rosstat", "Rosstat spokesperson Ivan Petrov", "CNews"));
        assertEquals(Map.of("Rosstat", "rosstat", "Rosstat spokesperson Ivan Petrov", "rosstat", "CNews", "cnews"), keys);
    }

    static void comparisons() {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        // @start region="comparisons"
        Comparison c = Comparisons.of(dataset).indicator("it_workers_emigrated").entity("RU").compare();
        c.toTable();   // a Tablesaw table, one row per claim
        c.toJson();
        // @end
        assertEquals(dataset.claimsOf("it_workers_emigrated").size(), c.toTable().rowCount());
        assertTrue(c.toJson().startsWith("{"));
    }

    static void rates() {
        ClaimDataset dataset = ClaimDatasets.load("ai-nations");
        // @start region="rates"
        RateTable rates = RateTable.of(dataset.rates(), 7);
        rates.find(Currency.getInstance("USD"), Currency.getInstance("RUB"), LocalDate.of(2024, 12, 20));
        // @end
        Optional<Conversion> found = rates.find(Currency.getInstance("USD"), Currency.getInstance("RUB"),
                LocalDate.of(2024, 12, 20));
        assertTrue(found.isPresent());
    }

    static void converter() {
        ClaimDataset dataset = ClaimDatasets.load("ai-nations");
        // @start region="converter"
        Converter converter = Converter.of(dataset);                       // the dataset's dated rates
        Claim claim = dataset.claims().get(0);
        Optional<Interval> inUsd = converter.convert(claim, dataset.sourceOf(claim), Unit.parse("USD"));
        // @end
        assertEquals(claim.unit().currency().isPresent(), inUsd.isPresent());
    }

    static void independence() {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        List<Claim> claims = dataset.claimsOf("it_workers_emigrated");
        // @start region="independence"
        List<Independence.Cluster> witnesses = Independence.witnesses(claims, dataset::source);
        // @end
        assertEquals(claims.size(), witnesses.stream().mapToInt(w -> w.claims().size()).sum());
    }
}
