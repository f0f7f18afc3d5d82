package org.claimstat.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Unit;
import org.claimstat.check.Check;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.check.ClaimGroup;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkChecksTest {
    private static final SparkSession SPARK = LocalSpark.session();

    private static SparkCheckRun onSpark(ClaimDataset data, SparkChecks.ChecksRecipe recipe) {
        return SparkChecks.builder().context(data).checks(recipe).build().run(SparkChecks.frame(SPARK, data.claims()));
    }

    private static TreeSet<String> sorted(List<Finding> findings) {
        return findings.stream().map(f -> f.check() + " | " + f.severity() + " | " + f.claims() + " | " + f.message())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertSame(CheckReport memory, CheckReport spark) {
        assertEquals(memory.findings().size(), spark.findings().size(), "number of findings");
        assertEquals(sorted(memory.findings()), sorted(spark.findings()));
        assertEquals(memory.checks(), spark.checks());
    }

    @Test
    void run_findsWhatMemoryFindsOnAPlantedCorpus() {
        int entities = 60;
        ClaimDataset data = PlantedCorpus.dataset(entities * PlantedCorpus.PER_ENTITY);
        CheckReport memory = Checks.defaults().run(data);
        try (SparkCheckRun run = onSpark(data, Checks::defaults)) {
            assertSame(memory, run.report());
        }
        Map<String, Set<String>> planted = new TreeMap<>();
        for (int e = 0; e < entities; e++) {
            plant(planted, "conflict", e % 4 == 0, e, 3);
            plant(planted, "conflict", e % 6 == 0, e, 21);
            plant(planted, "outlier", e % 4 == 0, e, 3);
            plant(planted, "part_whole", e % 5 == 0, e, 15);
            plant(planted, "same_figure", e % 3 == 0, e, 10);
            plant(planted, "bounds", e % 9 == 0, e, 32);
            plant(planted, "currency", e % 4 == 1, e, 49);
            plant(planted, "relations:waves", e % 8 == 0, e, 52);
            plant(planted, "dates", e % 10 == 0, e, 54);
            plant(planted, "syndication", true, e, 8);
            plant(planted, "syndication", true, e, 9);
        }
        for (String check : planted.keySet()) {
            Set<String> named = new TreeSet<>();
            memory.findings().stream().filter(f -> f.check().equals(check)).forEach(f -> named.addAll(f.claims()));
            assertTrue(named.containsAll(planted.get(check)), check + " names every planted claim");
        }
        for (String check : List.of("part_whole", "same_figure", "bounds", "currency", "relations:waves", "dates",
                "syndication")) {
            assertTrue(memory.findings().stream().filter(f -> f.check().equals(check))
                    .allMatch(f -> f.claims().stream().anyMatch(planted.get(check)::contains)), check + " raises no false alarm");
        }
        assertEquals(20, memory.findings().stream().filter(f -> f.check().equals("text_hygiene")).count(),
                "one finding for each of the 20 sources with mixed scripts or boilerplate");
    }

    @Test
    void run_findsRelationsAcrossEntitiesAndPeriodsAsMemoryDoes() {
        ClaimDataset planted = PlantedCorpus.dataset(12 * PlantedCorpus.PER_ENTITY);
        List<org.claimstat.Relation> relations = new ArrayList<>(planted.relations());
        relations.add(org.claimstat.Relation.of("across", "total[E1] + total[E2] <= total[E0]", "tally"));
        relations.add(org.claimstat.Relation.of("within", "wave1[E3] <= emigrants[E3]", "one entity, named"));
        relations.add(org.claimstat.Relation.of("month", "emigrants <= emigrants[enclosing] / 2", "enclosing"));
        ClaimDataset data = ClaimDataset.of(planted.info(), planted.sources(), planted.indicators(), planted.claims(),
                planted.rates(), relations);
        CheckReport memory = Checks.defaults().run(data);
        try (SparkCheckRun run = onSpark(data, Checks::defaults)) {
            assertSame(memory, run.report());
        }
        assertEquals(List.of("c112", "c172", "c52"), memory.findings().stream()
                .filter(f -> f.check().equals("relations:across")).flatMap(f -> f.claims().stream()).toList(),
                "the totals of E1 and E2 (100000 each) exceed E0's 80000");
        assertTrue(memory.findings().stream().anyMatch(f -> f.check().equals("relations:month")));
    }

    private static void plant(Map<String, Set<String>> planted, String check, boolean when, int entity, int offset) {
        if (when) {
            planted.computeIfAbsent(check, c -> new TreeSet<>()).add("c" + (entity * PlantedCorpus.PER_ENTITY + offset));
        }
    }

    @Test
    void findings_writeToParquetWithTheirColumns(@TempDir Path dir) {
        ClaimDataset data = PlantedCorpus.dataset(6 * PlantedCorpus.PER_ENTITY);
        try (SparkCheckRun run = onSpark(data, () -> Checks.defaults().only(List.of("conflict", "bounds")))) {
            run.findings().write().parquet(dir.resolve("findings").toString());
            Dataset<Row> back = SPARK.read().parquet(dir.resolve("findings").toString());
            assertEquals("struct<check:string,severity:string,claims:array<string>,message:string>",
                    back.schema().simpleString());
            assertEquals(run.report().findings().size(), back.count());
            assertEquals(List.of("bounds", "conflict"), back.select("check").distinct().orderBy("check")
                    .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        }
    }

    @Test
    void run_streamsAGroupOfManyClaimsThroughThePeriodLocalChecks() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            int month = i % 240;
            String value = i % 997 == 0 ? "900000" : String.valueOf(1000 + i % 7 * 10);
            claims.add(Claim.of("g" + i, "emigrants", "E0", Period.of(PartialDate.ofMonth(2000 + month / 12,
                    month % 12 + 1)), Quantity.exact(new BigDecimal(value), Unit.PERSON), ClaimKind.STATEMENT,
                    i % 997 == 0 ? "Outlier desk" : "Analyst " + i % 13, String.format("s%03d", i % 500), "quote " + i));
        }
        ClaimDataset data = PlantedCorpus.withClaims(claims);
        SparkChecks.ChecksRecipe recipe = () -> Checks.defaults().only(List.of("conflict", "outlier", "part_whole"));
        CheckReport memory = recipe.get().run(data);
        try (SparkCheckRun run = onSpark(data, recipe)) {
            assertSame(memory, run.report());
        }
        assertTrue(memory.count(Severity.CONFLICT) > 0, "the planted 900000s conflict");
    }

    @Test
    void run_readsRenamedAndDecimalColumns() {
        ClaimDataset data = PlantedCorpus.dataset(12 * PlantedCorpus.PER_ENTITY);
        ClaimDataset numbers = data.filter(c -> c.unit().kind() != Unit.Kind.DATE);
        Dataset<Row> frame = SparkChecks.frame(SPARK, numbers.claims())
                .withColumnRenamed("id", "claim_id")
                .withColumn("value", functions.col("value").cast(DataTypes.createDecimalType(20, 0)));
        SparkChecks checks = SparkChecks.builder().context(data).columns(ClaimColumns.standard().rename("id", "claim_id"))
                .checks(() -> Checks.defaults().only(List.of("conflict", "dates", "same_figure"))).build();
        assertEquals(DataTypes.createDecimalType(20, 0), frame.schema().apply("value").dataType());
        CheckReport memory = Checks.defaults().only(List.of("conflict", "dates", "same_figure")).run(numbers);
        try (SparkCheckRun run = checks.run(frame)) {
            assertSame(memory, run.report());
        }
    }

    @Test
    void run_rejectsMissingAndFloatingPointColumns() {
        ClaimDataset data = PlantedCorpus.dataset(PlantedCorpus.PER_ENTITY);
        SparkChecks checks = SparkChecks.builder().context(data).build();
        Dataset<Row> frame = SparkChecks.frame(SPARK, data.claims());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> checks.run(
                frame.drop("quote").withColumn("value", functions.col("value").cast(DataTypes.DoubleType))));
        assertEquals("cannot read claims: column 'value' has type double; expected string, decimal or integer"
                + " (floating point loses the written precision; cast it to string or decimal); no column 'quote' for"
                + " field quote (columns: id, indicator, entity, period_start, period_end, value, lower, upper, unit,"
                + " hedge, kind, claimant, source, date_expression)", e.getMessage());
    }

    @Test
    void run_failsOnABadRowNamingClaimColumnAndValue() {
        ClaimDataset data = PlantedCorpus.dataset(PlantedCorpus.PER_ENTITY);
        Dataset<Row> frame = SparkChecks.frame(SPARK, data.claims()).withColumn("value",
                functions.when(functions.col("id").equalTo("c3"), functions.lit("1,000")).otherwise(functions.col("value")));
        try (SparkCheckRun run = SparkChecks.builder().context(data).build().run(frame)) {
            Exception e = assertThrows(Exception.class, () -> run.findings().count());
            assertTrue(e.getMessage().contains("claim 'c3', column value = '1,000': bad number '1,000'; expected a plain"
                    + " decimal such as 200000 or 7.25 (no separators, no exponent)"), e.getMessage());
        }
    }

    @Test
    void run_runsYourOwnCheckOnExecutors() {
        ClaimDataset data = PlantedCorpus.dataset(6 * PlantedCorpus.PER_ENTITY);
        SparkChecks.ChecksRecipe recipe = () -> Checks.defaults().with(new RoundCheck()).only(List.of("round"));
        CheckReport memory = recipe.get().run(data);
        try (SparkCheckRun run = onSpark(data, recipe)) {
            assertSame(memory, run.report());
        }
        // per entity the 2022 figure 120000 and the three waves; 400000 for entities 0 and 4, the
        // misreported 120000 for 0 and 3, the part 300000 for 0 and 5
        assertEquals(6 * 4 + 2 + 2 + 2, memory.findings().size());
    }

    /** Flags exact figures that are multiples of 10,000. */
    private static final class RoundCheck implements Check {
        @Override
        public String id() {
            return "round";
        }

        @Override
        public String description() {
            return "Exact multiples of 10,000.";
        }

        @Override
        public Outcome run(ClaimGroup group, org.claimstat.check.CheckContext context) {
            List<Finding> found = new ArrayList<>();
            for (Claim c : group.claims()) {
                boolean round = c.quantity().hedge() == Hedge.EXACT && c.quantity().number()
                        .map(n -> n.remainder(BigDecimal.valueOf(10_000)).signum() == 0).orElse(false);
                if (round) {
                    found.add(new Finding("round", Severity.INFO, List.of(c.id()), c.id() + " is round."));
                }
            }
            return new Outcome(group.claims().size(), group.claims().size() - found.size(), found);
        }
    }
}
