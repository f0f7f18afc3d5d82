package org.claimstat.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.claimstat.Aggregation;
import org.claimstat.Interval;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Unit;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The claims of one indicator and entity lined up by period in one unit: each claim's interval,
 * source and independence, pairwise overlap and midpoint ratio within a period, and per period a
 * consensus (median of independent sources) and spread (IQR and MAD). Made by {@link Comparisons}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the indicator id
 * @param entity the entity
 * @param unit the unit every interval is in
 * @param rows one per claim, by period, then publication date, then id
 * @param pairs the claims of one period two by two (for periods of at most
 *     {@link Comparisons#MAX_PAIRED_CLAIMS} claims)
 * @param consensus one per period
 * @param aggregation how the indicator's figures aggregate: for a {@link Aggregation#FLOW} over periods of
 *     different lengths, {@link #perYear} brings each claim to a per-year basis
 */
public record Comparison(String indicator, String entity, Unit unit, List<Row> rows, List<Pair> pairs,
                         List<Consensus> consensus, Aggregation aggregation) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Rejects nulls; copies the lists. */
    public Comparison {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(unit, "unit");
        rows = List.copyOf(rows);
        pairs = List.copyOf(pairs);
        consensus = List.copyOf(consensus);
        Objects.requireNonNull(aggregation, "aggregation");
    }

    /** Returns a comparison of an indicator that is not a flow ({@link Aggregation#STOCK}): no per-year basis. */
    public Comparison(String indicator, String entity, Unit unit, List<Row> rows, List<Pair> pairs,
                      List<Consensus> consensus) {
        this(indicator, entity, unit, rows, pairs, consensus, Aggregation.STOCK);
    }

    /**
     * Returns the row's interval per year, for a flow over a period with both ends (a five-year budget
     * of 10,372 crore is 2,074.4 crore a year; a month's arrivals are twelve times as many a year);
     * empty for other indicators and open periods. Whole months count as twelfths of a year, other
     * lengths as days over 365.25.
     */
    public Optional<Interval> perYear(Row row) {
        return years(row.period()).map(y -> scale(row.interval(), 1 / y));
    }

    /**
     * Returns true for a flow whose claims cover periods of different lengths: their stated figures do
     * not compare, their {@link #perYear} figures do.
     */
    public boolean lengthsDiffer() {
        return rows.stream().map(r -> years(r.period())).flatMap(Optional::stream).distinct().count() > 1;
    }

    /** Returns, where {@link #lengthsDiffer()}, a sentence saying so and naming the lengths; else empty. */
    public Optional<String> perYearNote() {
        if (!lengthsDiffer()) {
            return Optional.empty();
        }
        List<String> lengths = rows.stream().map(r -> years(r.period())).flatMap(Optional::stream).distinct().sorted()
                .map(Comparison::lengthInWords).toList();
        return Optional.of("The claims of this flow cover periods of different lengths (" + String.join(", ", lengths)
                + "): compare them per year, not as stated.");
    }

    private Optional<Double> years(Period period) {
        if (aggregation != Aggregation.FLOW || period.start().isEmpty() || period.end().isEmpty()) {
            return Optional.empty();
        }
        java.time.LocalDate first = period.firstDay();
        java.time.LocalDate afterLast = period.lastDay().plusDays(1);
        java.time.Period p = java.time.Period.between(first, afterLast);
        if (p.getDays() == 0) {
            return Optional.of(p.toTotalMonths() / 12.0);
        }
        return Optional.of(java.time.temporal.ChronoUnit.DAYS.between(first, afterLast) / 365.25);
    }

    private static String lengthInWords(double years) {
        double months = years * 12;
        if (Math.abs(months - Math.rint(months)) < 1e-9) {
            long m = Math.round(months);
            return m % 12 == 0 ? (m == 12 ? "1 year" : m / 12 + " years") : (m == 1 ? "1 month" : m + " months");
        }
        long days = Math.round(years * 365.25);
        return days == 1 ? "1 day" : days + " days";
    }

    private static Interval scale(Interval i, double factor) {
        return new Interval(i.lower() * factor, i.lowerClosed(), i.upper() * factor, i.upperClosed());
    }

    /**
     * One claim in the comparison.
     *
     * @param claim the claim id
     * @param period the period it is about
     * @param source the source id
     * @param publisher the source's publisher
     * @param published the source's publication date, if known
     * @param claimant who stated it
     * @param stated the quantity as stated, such as {@code nearly 95000 vacancy}
     * @param interval what it means, in the comparison's unit
     * @param independent whether it counts as an independent witness: the representative of a witness of
     *     known origin (a claim with no claimant and no attribution is not)
     * @param countsWith the claim it counts as one with, where it is a copy
     * @param origin who its witness is (a claimant or an attributed name), empty where unknown
     * @param witness why the claims of its witness count as one, in words, or why it is not counted
     */
    public record Row(String claim, Period period, String source, String publisher, Optional<PartialDate> published,
                      String claimant, String stated, Interval interval, boolean independent,
                      Optional<String> countsWith, String origin, String witness) {
        /** Rejects nulls. */
        public Row {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(witness, "witness");
        }

        /** Returns true where the claim's origin is known (a claimant, or an attribution in its quote). */
        public boolean originKnown() {
            return !origin.isEmpty();
        }
    }

    /**
     * Two claims of one period.
     *
     * @param first the first claim's id, in row order
     * @param second the second claim's id
     * @param period their period
     * @param overlap whether both can hold
     * @param ratio the second's midpoint divided by the first's, empty where an interval is
     *     unbounded or the first midpoint is 0
     */
    public record Pair(String first, String second, Period period, boolean overlap, OptionalDouble ratio) {
    }

    /**
     * The consensus of one period: statistics of the midpoints of its independent, bounded claims.
     *
     * @param period the period
     * @param claims how many claims it holds
     * @param independent how many of them are independent
     * @param used how many independent claims have a bounded interval and enter the statistics
     * @param median the median midpoint
     * @param q1 the first quartile (Commons Math {@code Percentile}, its default estimator)
     * @param q3 the third quartile
     * @param mad the median absolute deviation from the median (unscaled)
     */
    public record Consensus(Period period, int claims, int independent, int used, OptionalDouble median,
                            OptionalDouble q1, OptionalDouble q3, OptionalDouble mad) {
        /** Returns the interquartile range, q3 minus q1. */
        public OptionalDouble iqr() {
            return q1.isPresent() ? OptionalDouble.of(q3.getAsDouble() - q1.getAsDouble()) : OptionalDouble.empty();
        }
    }

    /**
     * Returns the rows as a table: claim, period, source, publisher, published, claimant, stated, lower, upper,
     * midpoint, independent, counts_with, origin, witness.
     */
    public Table toTable() {
        Table t = Table.create(indicator + " " + entity + " in " + unit);
        t.addColumns(StringColumn.create("claim", rows.stream().map(Row::claim)),
                StringColumn.create("period", rows.stream().map(r -> r.period().toString())),
                StringColumn.create("source", rows.stream().map(Row::source)),
                StringColumn.create("publisher", rows.stream().map(Row::publisher)),
                StringColumn.create("published", rows.stream().map(r -> r.published().map(Object::toString).orElse(""))),
                StringColumn.create("claimant", rows.stream().map(Row::claimant)),
                StringColumn.create("stated", rows.stream().map(Row::stated)),
                DoubleColumn.create("lower", rows.stream().mapToDouble(r -> r.interval().lower())),
                DoubleColumn.create("upper", rows.stream().mapToDouble(r -> r.interval().upper())),
                DoubleColumn.create("midpoint", rows.stream().mapToDouble(r -> r.interval().midpoint())),
                BooleanColumn.create("independent", rows.stream().map(Row::independent).toList()),
                StringColumn.create("counts_with", rows.stream().map(r -> r.countsWith().orElse(""))),
                StringColumn.create("origin", rows.stream().map(Row::origin)),
                StringColumn.create("witness", rows.stream().map(Row::witness)));
        return t;
    }

    /** Returns the consensus per period as a table: period, claims, independent, used, median, q1, q3, iqr, mad. */
    public Table consensusTable() {
        Table t = Table.create(indicator + " " + entity + " consensus");
        t.addColumns(StringColumn.create("period", consensus.stream().map(c -> c.period().toString())),
                IntColumn.create("claims", consensus.stream().mapToInt(Consensus::claims).toArray()),
                IntColumn.create("independent", consensus.stream().mapToInt(Consensus::independent).toArray()),
                IntColumn.create("used", consensus.stream().mapToInt(Consensus::used).toArray()),
                DoubleColumn.create("median", consensus.stream().mapToDouble(c -> c.median().orElse(Double.NaN))),
                DoubleColumn.create("q1", consensus.stream().mapToDouble(c -> c.q1().orElse(Double.NaN))),
                DoubleColumn.create("q3", consensus.stream().mapToDouble(c -> c.q3().orElse(Double.NaN))),
                DoubleColumn.create("iqr", consensus.stream().mapToDouble(c -> c.iqr().orElse(Double.NaN))),
                DoubleColumn.create("mad", consensus.stream().mapToDouble(c -> c.mad().orElse(Double.NaN))));
        return t;
    }

    /** Returns the pairs as a table: first, second, period, overlap, ratio. */
    public Table pairsTable() {
        Table t = Table.create(indicator + " " + entity + " pairs");
        t.addColumns(StringColumn.create("first", pairs.stream().map(Pair::first)),
                StringColumn.create("second", pairs.stream().map(Pair::second)),
                StringColumn.create("period", pairs.stream().map(p -> p.period().toString())),
                BooleanColumn.create("overlap", pairs.stream().map(Pair::overlap).toList()),
                DoubleColumn.create("ratio", pairs.stream().mapToDouble(p -> p.ratio().orElse(Double.NaN))));
        return t;
    }

    /**
     * Returns the comparison as a JSON object with {@code indicator, entity, unit, claims, pairs,
     * consensus}; an unbounded interval end is {@code null}, an absent statistic is {@code null}.
     */
    public String toJson() {
        ObjectNode root = toJsonNode(JSON);
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write comparison as JSON", e);
        }
    }

    /** Returns several comparisons as a JSON array of the objects {@link #toJson()} writes. */
    public static String toJson(List<Comparison> comparisons) {
        ArrayNode array = JSON.createArrayNode();
        comparisons.forEach(c -> array.add(c.toJsonNode(JSON)));
        try {
            return JSON.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write comparisons as JSON", e);
        }
    }

    private ObjectNode toJsonNode(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("indicator", indicator).put("entity", entity).put("unit", unit.toString());
        ArrayNode claims = root.putArray("claims");
        for (Row r : rows) {
            ObjectNode o = claims.addObject();
            o.put("claim", r.claim()).put("period", r.period().toString()).put("source", r.source())
                    .put("publisher", r.publisher()).put("published", r.published().map(Object::toString).orElse(null))
                    .put("claimant", r.claimant()).put("stated", r.stated());
            putInterval(o, r.interval());
            o.put("independent", r.independent()).put("counts_with", r.countsWith().orElse(null));
            o.put("origin", r.origin().isEmpty() ? null : r.origin()).put("origin_known", r.originKnown())
                    .put("witness", r.witness());
            Optional<Interval> perYear = perYear(r);
            if (perYear.isPresent()) {
                ObjectNode y = o.putObject("per_year");
                putInterval(y, perYear.get());
            }
        }
        root.put("per_year_note", perYearNote().orElse(null));
        ArrayNode pairArray = root.putArray("pairs");
        for (Pair p : pairs) {
            ObjectNode o = pairArray.addObject().put("first", p.first()).put("second", p.second())
                    .put("period", p.period().toString()).put("overlap", p.overlap());
            putOptional(o, "ratio", p.ratio());
        }
        ArrayNode cons = root.putArray("consensus");
        for (Consensus c : consensus) {
            ObjectNode o = cons.addObject().put("period", c.period().toString()).put("claims", c.claims())
                    .put("independent", c.independent()).put("used", c.used());
            putOptional(o, "median", c.median());
            putOptional(o, "q1", c.q1());
            putOptional(o, "q3", c.q3());
            putOptional(o, "iqr", c.iqr());
            putOptional(o, "mad", c.mad());
        }
        return root;
    }

    private static void putInterval(ObjectNode o, Interval i) {
        o.put("interval", i.toString());
        putOptional(o, "lower", i.hasLower() ? OptionalDouble.of(i.lower()) : OptionalDouble.empty());
        o.put("lower_closed", i.lowerClosed());
        putOptional(o, "upper", i.hasUpper() ? OptionalDouble.of(i.upper()) : OptionalDouble.empty());
        o.put("upper_closed", i.upperClosed());
    }

    private static void putOptional(ObjectNode o, String field, OptionalDouble v) {
        if (v.isPresent()) {
            o.put(field, v.getAsDouble());
        } else {
            o.putNull(field);
        }
    }
}
