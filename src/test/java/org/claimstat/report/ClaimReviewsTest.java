package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimstat.Aggregation;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReviewsTest {
    private static final ClaimReviews REVIEWS = ClaimReviews.of(
            new ClaimReviews.Reviewer("Example Fact Check", "https://factcheck.example"), LocalDate.of(2026, 12, 7));
    private static final Path TSC = Path.of(".ci", "schema", "node_modules", ".bin", "tsc");

    @TempDir
    Path dir;

    private static ClaimDataset conflicting() {
        return TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .source("s1", "CNews", "2022-04-05").source("s2", "HH", "2022-04-06")
                .claim("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "CNews", "s1")
                .claim("c2", "vac", "2022-03", "exact", "96000", "vacancy", "HH", "s2").build();
    }

    @Test
    void toJsonLd_reviewsEachClaimOfAConflict_withWhoWhereAndWhen() throws IOException {
        ClaimDataset data = conflicting();
        CheckReport report = Checks.defaults().only(List.of("conflict")).run(data);
        JsonNode reviews = new ObjectMapper().readTree(REVIEWS.toJsonLd(data, report));
        assertEquals(2, reviews.size());
        JsonNode first = reviews.get(0);
        assertEquals("ClaimReview", first.get("@type").asText());
        assertEquals("https://schema.org", first.get("@context").asText());
        assertEquals("2026-12-07", first.get("datePublished").asText());
        assertEquals("Example Fact Check", first.get("author").get("name").asText());
        assertEquals("Contradicted by other sources", first.get("reviewRating").get("alternateName").asText());
        assertEquals(report.findings().get(0).readableMessage(), first.get("reviewBody").asText());
        assertFalse(first.get("reviewBody").asText().contains("2022-03"), "the body a reader sees writes periods in words");
        JsonNode item = first.get("itemReviewed");
        assertEquals("CNews", item.get("author").get("name").asText());
        assertEquals("2022-04-05", item.get("appearance").get("datePublished").asText());
        assertEquals("HH", reviews.get(1).get("itemReviewed").get("author").get("name").asText());
    }

    @Test
    void toJsonLd_ofTheBundledDataset_namesTheMisdatedClaim() throws IOException {
        ClaimDataset data = ClaimDatasets.load("russia-ai");
        CheckReport report = Checks.defaults().only(List.of("dates")).run(data);
        JsonNode reviews = new ObjectMapper().readTree(REVIEWS.toJsonLd(data, report));
        assertEquals("Misdated", reviews.get(0).get("reviewRating").get("alternateName").asText());
        assertEquals(data.claims().stream().filter(c -> c.id().equals("c003-01")).findFirst().orElseThrow().quote(),
                reviews.get(0).get("claimReviewed").asText());
        assertTrue(reviews.get(0).get("itemReviewed").get("appearance").get("url").asText().startsWith("http"));
    }

    @Test
    void reportPage_embedsTheReviews_withNoStringFromDataClosingTheBlock() {
        ClaimDataset data = TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .source("s1", "</script><img src=x onerror=alert(1)>", "2022-04-05").source("s2", "HH", "2022-04-06")
                .claim("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "</script>", "s1")
                .claim("c2", "vac", "2022-03", "exact", "96000", "vacancy", "HH", "s2").build();
        String html = Report.of(data).html();
        int open = html.indexOf("<script type=\"application/ld+json\">");
        assertTrue(open > 0, "no JSON-LD block");
        String block = html.substring(open + 35, html.indexOf("</script>", open));
        assertTrue(block.contains("\"ClaimReview\""), block);
        assertFalse(block.contains("<"), block);
        assertTrue(html.indexOf("</head>") > open);
    }

    @Test
    void rating_ofAnUnknownCheck_followsItsSeverity() {
        assertEquals("Contradicted by related figures", ClaimReviews.rating("scope", Severity.CONFLICT));
        assertEquals("Inconsistent with related figures", ClaimReviews.rating("relations:wave_sum", Severity.CONFLICT));
        assertEquals("Needs context", ClaimReviews.rating("stale", Severity.WARNING));
    }

    @Test
    void toJsonLd_leavesOutAddressesThatAreNotWebAddresses() throws IOException {
        ClaimDataset data = ClaimDatasets.load("russia-ai");
        String json = REVIEWS.toJsonLd(data, Checks.defaults().run(data));
        assertFalse(json.contains("javascript:"));
        assertFalse(new ObjectMapper().readTree(json).isEmpty());
    }

    /**
     * Type-checks the JSON-LD of every finding of both bundled datasets against schema.org's own definitions, as
     * Google's schema-dts types them, with the TypeScript compiler: an unknown property, a wrong type or a misspelt
     * {@code @type} fails. Skipped where {@code .ci/schema} has not been installed ({@code .ci/run} installs it).
     */
    @Test
    void toJsonLd_typeChecksAgainstSchemaOrg() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(TSC), "skipped: " + TSC + " is not installed (run: npm ci --prefix .ci/schema)");
        StringBuilder ts = new StringBuilder("import type { ClaimReview, WithContext } from \"schema-dts\";\n");
        int n = 0;
        for (String name : List.of("russia-ai", "ai-nations")) {
            ClaimDataset data = ClaimDatasets.load(name);
            ts.append("export const reviews").append(n++).append(": WithContext<ClaimReview>[] = ")
                    .append(REVIEWS.toJsonLd(data, Checks.defaults().run(data))).append(";\n");
        }
        Path file = Path.of(".ci", "schema", "target-check.ts");
        Files.writeString(file, ts, StandardCharsets.UTF_8);
        try {
            List<String> command = new ArrayList<>(List.of(TSC.toString(), "--noEmit", "--strict", "--target", "es2020",
                    "--moduleResolution", "node", file.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tsc did not finish");
            assertEquals(0, p.exitValue(), output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void typeCheck_catchesAPropertySchemaOrgDoesNotHave() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(TSC), "skipped: " + TSC + " is not installed (run: npm ci --prefix .ci/schema)");
        Path file = Path.of(".ci", "schema", "target-bad.ts");
        Files.writeString(file, "import type { ClaimReview, WithContext } from \"schema-dts\";\n"
                + "export const r: WithContext<ClaimReview> = {\"@context\": \"https://schema.org\","
                + " \"@type\": \"ClaimReview\", \"claimReviewd\": \"typo\"};\n", StandardCharsets.UTF_8);
        try {
            Process p = new ProcessBuilder(TSC.toString(), "--noEmit", "--strict", "--moduleResolution", "node",
                    file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tsc did not finish");
            assertTrue(output.contains("claimReviewd"), output);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
