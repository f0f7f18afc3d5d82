package org.claimstat.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;

/** The Spark package's Javadoc examples; JavadocExamplesTest runs each region's method on the tests' local session. */
final class SparkSnippets {
    private SparkSnippets() {
    }

    static void sparkChecks() throws IOException {
        SparkSession spark = LocalSpark.session();
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        Path dir = Files.createTempDirectory("claimstat-snippet");
        String claimsParquet = dir.resolve("claims.parquet").toString();
        String findingsParquet = dir.resolve("findings.parquet").toString();
        SparkChecks.frame(spark, dataset.claims()).write().parquet(claimsParquet);
        // @start region="sparkChecks"
        SparkChecks checks = SparkChecks.builder()
                .context(dataset)                                   // indicators, sources, rates, relations
                .checks(() -> Checks.defaults().only(List.of("conflict", "outlier")))
                .build();
        try (SparkCheckRun run = checks.run(spark.read().parquet(claimsParquet))) {
            run.findings().write().parquet(findingsParquet);
            run.checks().forEach(System.out::println);
        }
        // @end
        long inMemory = Checks.defaults().only(List.of("conflict", "outlier")).run(dataset).findings().size();
        assertEquals(inMemory, spark.read().parquet(findingsParquet).count());
    }

    static void claimColumns() {
        // @start region="claimColumns"
        ClaimColumns columns = ClaimColumns.standard().rename("id", "claim_id").rename("value", "amount");
        // @end
        assertEquals("claim_id", columns.column("id"));
        assertEquals("amount", columns.column("value"));
        assertEquals("indicator", columns.column("indicator"));
    }
}
