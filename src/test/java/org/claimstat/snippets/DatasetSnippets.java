package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;

/** The dataset package's Javadoc examples; JavadocExamplesTest runs each region's method. */
final class DatasetSnippets {
    private DatasetSnippets() {
    }

    static void datasets() throws IOException {
        Path dir = Files.createTempDirectory("claimstat-snippet");
        ClaimDatasets.write(ClaimDatasets.load("ai-nations"), dir.resolve("mine"));
        // @start region="datasets"
        ClaimDataset russia = ClaimDatasets.load("russia-ai");
        ClaimDataset mine = ClaimDatasets.read(dir.resolve("mine"));
        ClaimDatasets.write(russia.withIndicator("it_workers_emigrated"), dir.resolve("emigration"));
        // @end
        assertEquals(russia.withIndicator("it_workers_emigrated").claims(),
                ClaimDatasets.read(dir.resolve("emigration")).claims());
        assertTrue(mine.claims().size() > 0);
    }

    static void dataset() {
        // @start region="dataset"
        ClaimDataset all = ClaimDatasets.load("russia-ai");
        ClaimDataset emigration = all.filter(c -> c.indicator().equals("it_workers_emigrated"));
        // @end
        assertEquals(all.claimsOf("it_workers_emigrated"), emigration.claims());
        assertTrue(emigration.claims().size() > 0);
    }

    static void builder() {
        // @start region="builder"
        ClaimDataset data = ClaimDataset.builder("it-exodus")
                .source("s1", "CNews", "IT sector loses staff", "2024-12-24")
                .indicator("it_vacancies", "Open IT vacancies", "vacancy")
                .claim("c1", "it_vacancies", "RU", "2024-12", "nearly 95,000 vacancies", "s1")
                .build();
        // @end
        assertEquals("(90000, 95000]", data.claims().get(0).interval().toString());
    }
}
