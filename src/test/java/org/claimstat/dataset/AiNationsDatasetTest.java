package org.claimstat.dataset;

import org.claimstat.Claim;
import org.claimstat.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AiNationsDatasetTest {

    private static final Path DIR = Path.of("datasets", "ai-nations");

    private static ClaimDataset dataset() throws Exception {
        return ClaimDatasets.read(DIR);
    }

    @Test
    void read_loadsEveryRow() throws Exception {
        ClaimDataset ds = dataset();
        assertEquals(94, ds.claims().size());
        assertEquals(31, ds.sources().size());
        assertEquals(13, ds.indicators().size());
        assertEquals(4, ds.rates().size());
    }

    @Test
    void writeThenRead_givesTheSameDataset(@TempDir Path tmp) throws Exception {
        ClaimDataset ds = dataset();
        ClaimDatasets.write(ds, tmp);
        ClaimDataset back = ClaimDatasets.read(tmp);
        assertEquals(ds.info(), back.info());
        assertEquals(ds.sources(), back.sources());
        assertEquals(ds.indicators(), back.indicators());
        assertEquals(ds.claims(), back.claims());
        assertEquals(ds.rates(), back.rates());
    }

    @Test
    void coverage_meetsTheIssueMinimums() throws Exception {
        ClaimDataset ds = dataset();
        Set<String> countries = ds.claims().stream().map(Claim::entity)
                .filter(e -> !e.equals("world")).collect(Collectors.toSet());
        assertTrue(ds.claims().size() >= 80, "claims: " + ds.claims().size());
        assertTrue(countries.size() >= 10, "countries: " + countries);
        assertTrue(countries.containsAll(List.of("US", "CN", "GB", "RU", "IN")), "countries: " + countries);
        assertTrue(ds.indicators().size() >= 5);
    }

    @Test
    void everyClaimSource_hasUrlAndPublicationDate() throws Exception {
        ClaimDataset ds = dataset();
        for (Claim c : ds.claims()) {
            Source s = ds.sourceOf(c);
            assertTrue(s.url().isPresent(), c.id() + " source " + s.id() + " has no url");
            assertTrue(s.published().isPresent(), c.id() + " source " + s.id() + " has no date");
            assertTrue(!c.claimant().isBlank(), c.id() + " has no claimant");
        }
    }

    @Test
    void russia_is31stOf83InThe2024TortoiseEdition() throws Exception {
        List<Claim> ru = dataset().claimsOf("tortoise_rank").stream()
                .filter(c -> c.entity().equals("RU")).toList();
        assertEquals(2, ru.size());
        for (Claim c : ru) {
            assertEquals("rank:83", c.unit().symbol());
            assertEquals(new BigDecimal("31"), c.quantity().number().orElseThrow());
            assertEquals("2024", c.period().start().orElseThrow().toString());
        }
    }

    @Test
    void usPrivateInvestment2024_isReportedBy4SourcesAt109_1Billion() throws Exception {
        List<Claim> us = dataset().claimsOf("private_ai_investment").stream()
                .filter(c -> c.entity().equals("US") && c.period().start().orElseThrow().toString().equals("2024"))
                .toList();
        assertEquals(4, us.size());
        assertTrue(us.stream().allMatch(c -> c.quantity().number().orElseThrow()
                .compareTo(new BigDecimal("109100000000")) == 0));
    }

    @Test
    void zdnetRewrites_shareOneIndependenceKey() throws Exception {
        ClaimDataset ds = dataset();
        assertEquals(ds.source("nosota-2023").orElseThrow().independenceKey(),
                ds.source("toprated-2023").orElseThrow().independenceKey());
    }

    @Test
    void indiaAiMission_keepsItsRupeeFigureAsWritten() throws Exception {
        Claim mint = dataset().claims().stream()
                .filter(c -> c.source().equals("livemint-2024")).findFirst().orElseThrow();
        assertEquals("INR", mint.unit().symbol());
        assertEquals("103720000000", mint.quantity().value().orElseThrow().toString());
    }
}
