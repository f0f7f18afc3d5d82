package org.claimstat.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.check.Checks;
import org.claimstat.compare.RateTable;
import org.claimstat.dataset.ClaimDataset;

/**
 * Runs claimstat's checks on a Spark frame of claims, calling the very same {@link
 * org.claimstat.check.Check} functions as {@link Checks#run} does in memory, and giving the same
 * findings and counts. The entry point of this package.
 *
 * <p>The claims frame has the columns of {@code claims.csv} (names configurable with {@link
 * ClaimColumns}); every other column reaches the checks as an extra column. The indicators,
 * sources, rates and relations are small: they are collected on the driver and broadcast. Claims
 * are grouped with {@code groupByKey(...).flatMapSortedGroups(...)} by indicator and entity (and
 * by entity for relations, by source for text hygiene), sorted by period.
 *
 * <p><b>Memory:</b> one group must fit in an executor's memory, about 0.5 KB per claim: the claims
 * of one indicator and entity when a check that needs the whole group runs ({@code part_whole},
 * {@code same_figure}, {@code dates}, {@code stale} (a claimant's cumulative series spans periods), your own
 * checks), the claims of one entity for relations, of
 * one source for text hygiene, of the indicators relations link (across entities) for
 * {@code scope} and relations across entities. The checks {@code conflict, outlier, syndication,
 * copies, currency, bounds}
 * stream through a group one period at a time, so alone they only need the claims of one period.
 *
 * <p>Immutable and thread-safe; Spark is an optional dependency that only this package needs.
 *
 * {@snippet class=org.claimstat.spark.SparkSnippets region=sparkChecks}
 */
public final class SparkChecks {
    private final ContextRows context;
    private final ChecksRecipe recipe;
    private final ClaimColumns columns;

    private SparkChecks(ContextRows context, ChecksRecipe recipe, ClaimColumns columns) {
        this.context = context;
        this.recipe = recipe;
        this.columns = columns;
    }

    /**
     * Makes the {@link Checks} to run; it is called once on the driver and once in each executor,
     * so it must be serializable: a lambda or method reference such as {@code Checks::defaults} is.
     */
    @FunctionalInterface
    public interface ChecksRecipe extends Serializable {
        /** Returns the checks to run. */
        Checks get();
    }

    /** Returns a builder with every built-in check, the standard column names and no context yet. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the checks over {@code claims}; nothing is computed until the first of
     * {@link SparkCheckRun#findings()}'s actions or {@link SparkCheckRun#checks()}.
     *
     * @throws IllegalArgumentException naming missing or mistyped columns
     */
    public SparkCheckRun run(Dataset<Row> claims) {
        Objects.requireNonNull(claims, "claims");
        StructType schema = claims.schema();
        ClaimRows inputReader = ClaimRows.reader(schema, columns, 0);
        Plan plan = new Plan(context, recipe);
        Plan.Resolved resolved = plan.resolved();
        Broadcast<Plan> shared = JavaSparkContext.fromSparkContext(claims.sparkSession().sparkContext()).broadcast(plan);
        StructType passSchema = Passes.schema(schema);
        Dataset<Row> passes = claims.flatMap(new Passes(shared, inputReader, schema.fields().length),
                Encoders.row(passSchema));
        Column[] order = {column(columns.column("indicator")), column(Passes.START), column(Passes.END),
            column(columns.column("id"))};
        Dataset<Row> outcomes = passes.groupByKey(new GroupKey(), Encoders.STRING())
                .flatMapSortedGroups(order, new GroupChecks(shared, ClaimRows.reader(passSchema, columns, Passes.PREFIX)),
                        Encoders.row(GroupChecks.OUTCOMES))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new SparkCheckRun(outcomes, resolved.all(), shared);
    }

    /**
     * Returns in-memory claims as a frame in the columns of {@code claims.csv} (all strings, empty
     * cells null), followed by their extra columns in the order first met.
     */
    public static Dataset<Row> frame(SparkSession spark, List<Claim> claims) {
        Set<String> extra = new LinkedHashSet<>();
        claims.forEach(c -> extra.addAll(c.extra().keySet()));
        List<String> extraColumns = List.copyOf(extra);
        List<Row> rows = new ArrayList<>(claims.size());
        claims.forEach(c -> rows.add(ClaimRows.row(c, extraColumns)));
        return spark.createDataFrame(rows, ClaimRows.schema(extraColumns));
    }

    /** Returns the schema {@link #frame} uses: the columns of {@code claims.csv}, then {@code extraColumns}. */
    public static StructType schema(List<String> extraColumns) {
        return ClaimRows.schema(List.copyOf(extraColumns));
    }

    /** Returns a claim as a row of {@link #schema(List)}, for frames built in a job. */
    public static Row row(Claim claim, List<String> extraColumns) {
        return ClaimRows.row(claim, extraColumns);
    }

    private static Column column(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }

    /** Keys a pass row by its grouping and group key. */
    private static final class GroupKey implements MapFunction<Row, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String call(Row row) {
            return row.getInt(0) + ":" + row.getString(1);
        }
    }

    /**
     * Collects the settings of a {@link SparkChecks}. Context parts come from a {@link ClaimDataset}
     * (its claims are ignored), from lists, or from small frames in the columns of
     * {@code indicators.csv}, {@code sources.csv}, {@code rates.csv} and {@code relations.csv}
     * (collected to the driver). Not thread-safe.
     */
    public static final class Builder {
        private List<Indicator> indicators = List.of();
        private List<Source> sources = List.of();
        private List<Rate> rates = List.of();
        private List<Relation> relations = List.of();
        private ChecksRecipe recipe = Checks::defaults;
        private ClaimColumns columns = ClaimColumns.standard();
        private int rateToleranceDays = RateTable.DEFAULT_TOLERANCE_DAYS;

        private Builder() {
        }

        /** Takes indicators, sources, rates and relations from {@code dataset}. */
        public Builder context(ClaimDataset dataset) {
            return indicators(dataset.indicators()).sources(dataset.sources()).rates(dataset.rates())
                    .relations(dataset.relations());
        }

        /** Sets the indicators. */
        public Builder indicators(List<Indicator> indicators) {
            this.indicators = List.copyOf(indicators);
            return this;
        }

        /** Sets the indicators from a frame with the columns of {@code indicators.csv}. */
        public Builder indicators(Dataset<Row> frame) {
            return indicators(ContextRows.indicators(ContextRows.collect(frame, "indicators", ContextRows.INDICATOR,
                    List.of("description"))));
        }

        /** Sets the sources. */
        public Builder sources(List<Source> sources) {
            this.sources = List.copyOf(sources);
            return this;
        }

        /** Sets the sources from a frame with the columns of {@code sources.csv}. */
        public Builder sources(Dataset<Row> frame) {
            return sources(ContextRows.sources(ContextRows.collect(frame, "sources", ContextRows.SOURCE,
                    List.of("url", "published", "author", "language", "derived_from", "document"))));
        }

        /** Sets the dated exchange rates. */
        public Builder rates(List<Rate> rates) {
            this.rates = List.copyOf(rates);
            return this;
        }

        /** Sets the rates from a frame with the columns of {@code rates.csv}. */
        public Builder rates(Dataset<Row> frame) {
            return rates(ContextRows.rates(ContextRows.collect(frame, "rates", ContextRows.RATE, List.of())));
        }

        /** Sets the declared relations. */
        public Builder relations(List<Relation> relations) {
            this.relations = List.copyOf(relations);
            return this;
        }

        /** Sets the relations from a frame with the columns of {@code relations.csv}. */
        public Builder relations(Dataset<Row> frame) {
            return relations(ContextRows.relations(ContextRows.collect(frame, "relations", ContextRows.RELATION,
                    List.of("description"))));
        }

        /** Sets the checks to run, by default {@code Checks::defaults}. */
        public Builder checks(ChecksRecipe recipe) {
            this.recipe = Objects.requireNonNull(recipe, "recipe");
            return this;
        }

        /** Sets where the claim fields are read from, by default {@link ClaimColumns#standard()}. */
        public Builder columns(ClaimColumns columns) {
            this.columns = Objects.requireNonNull(columns, "columns");
            return this;
        }

        /**
         * Sets how many days a rate may lie from a claim's date, as {@link Checks#rateToleranceDays}
         * does in memory; by default {@value RateTable#DEFAULT_TOLERANCE_DAYS}.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder rateToleranceDays(int days) {
            RateTable.of(List.of(), days);
            this.rateToleranceDays = days;
            return this;
        }

        /**
         * Returns the configured checks, resolving them once against the context.
         *
         * @throws IllegalArgumentException if a relation cannot be read, a chosen relation does not
         *     exist, or there are no indicators or sources
         */
        public SparkChecks build() {
            if (indicators.isEmpty() || sources.isEmpty()) {
                throw new IllegalArgumentException("Spark checks need the dataset's indicators and sources; found "
                        + indicators.size() + " indicators and " + sources.size() + " sources");
            }
            ContextRows context = ContextRows.of(indicators, sources, rates, relations, rateToleranceDays);
            new Plan(context, recipe).resolved();
            return new SparkChecks(context, recipe, columns);
        }
    }
}
