package org.claimstat.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimstat.Aggregation;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.check.CheckContext;

/**
 * The dataset's indicators, sources, rates and relations as rows of text in the columns of their
 * CSV files (extra columns appended as name, value pairs), so they travel to executors by Java
 * serialization and become a {@link CheckContext} there. Immutable once built.
 */
final class ContextRows implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> INDICATOR = List.of("id", "label", "unit", "aggregation", "description");
    static final List<String> SOURCE = List.of("id", "publisher", "title", "url", "published", "author", "language",
            "derived_from", "document");
    static final List<String> RATE = List.of("date", "base", "quote", "rate", "source");
    static final List<String> RELATION = List.of("id", "expression", "description");

    private final String[][] indicators;
    private final String[][] sources;
    private final String[][] rates;
    private final String[][] relations;
    private final int rateToleranceDays;

    private ContextRows(String[][] indicators, String[][] sources, String[][] rates, String[][] relations,
                        int rateToleranceDays) {
        this.indicators = indicators;
        this.sources = sources;
        this.rates = rates;
        this.relations = relations;
        this.rateToleranceDays = rateToleranceDays;
    }

    static ContextRows of(List<Indicator> indicators, List<Source> sources, List<Rate> rates, List<Relation> relations,
                          int rateToleranceDays) {
        return new ContextRows(
                indicators.stream().map(i -> cells(i.extra(), i.id(), i.label(), i.unit().toString(),
                        i.aggregation().code(), i.description())).toArray(String[][]::new),
                sources.stream().map(s -> cells(s.extra(), s.id(), s.publisher(), s.title(), s.url().orElse(""),
                        s.published().map(Object::toString).orElse(""), s.author().orElse(""), s.language().orElse(""),
                        s.derivedFrom().orElse(""), s.document().orElse(""))).toArray(String[][]::new),
                rates.stream().map(r -> cells(r.extra(), r.date().toString(), r.base().getCurrencyCode(),
                        r.quote().getCurrencyCode(), r.rate().toPlainString(), r.source())).toArray(String[][]::new),
                relations.stream().map(r -> cells(r.extra(), r.id(), r.expression(), r.description()))
                        .toArray(String[][]::new),
                rateToleranceDays);
    }

    /** Returns the context these rows describe. */
    CheckContext context() {
        return CheckContext.of(read(indicators, INDICATOR, ContextRows::indicator), read(sources, SOURCE, ContextRows::source),
                read(rates, RATE, ContextRows::rate), read(relations, RELATION, ContextRows::relation), rateToleranceDays);
    }

    /**
     * Reads a small frame (collected to the driver) in the columns of one of the CSV files: each
     * row's named columns in order, then every other column as extra.
     *
     * @throws IllegalArgumentException naming the missing columns
     */
    static List<String[]> collect(Dataset<Row> frame, String file, List<String> columns, List<String> optional) {
        List<String> names = Arrays.asList(frame.columns());
        List<String> missing = columns.stream().filter(c -> !names.contains(c) && !optional.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + " frame lacks column(s) " + String.join(", ", missing)
                    + " (columns: " + String.join(", ", names) + ")");
        }
        List<String[]> out = new ArrayList<>();
        for (Row r : frame.collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(names.contains(c) ? ClaimRows.text(r, names.indexOf(c)) : "");
            }
            for (int k = 0; k < names.size(); k++) {
                if (!columns.contains(names.get(k))) {
                    cells.add(names.get(k));
                    cells.add(ClaimRows.text(r, k));
                }
            }
            out.add(cells.toArray(String[]::new));
        }
        return out;
    }

    static List<Indicator> indicators(List<String[]> rows) {
        return read(rows.toArray(String[][]::new), INDICATOR, ContextRows::indicator);
    }

    static List<Source> sources(List<String[]> rows) {
        return read(rows.toArray(String[][]::new), SOURCE, ContextRows::source);
    }

    static List<Rate> rates(List<String[]> rows) {
        return read(rows.toArray(String[][]::new), RATE, ContextRows::rate);
    }

    static List<Relation> relations(List<String[]> rows) {
        return read(rows.toArray(String[][]::new), RELATION, ContextRows::relation);
    }

    private interface Reader<T> {
        T read(String[] cells, Map<String, String> extra);
    }

    private static <T> List<T> read(String[][] rows, List<String> columns, Reader<T> reader) {
        List<T> out = new ArrayList<>(rows.length);
        for (String[] r : rows) {
            Map<String, String> extra = new LinkedHashMap<>();
            for (int k = columns.size(); k + 1 < r.length; k += 2) {
                extra.put(r[k], r[k + 1]);
            }
            try {
                out.add(reader.read(r, extra));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad row " + Arrays.toString(Arrays.copyOf(r, columns.size()))
                        + " for columns " + columns + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static Indicator indicator(String[] r, Map<String, String> extra) {
        return new Indicator(r[0], r[1], Unit.parse(r[2]), Aggregation.parse(r[3]), r[4], extra);
    }

    private static Source source(String[] r, Map<String, String> extra) {
        return new Source(r[0], r[1], r[2], opt(r[3]), opt(r[4]).map(PartialDate::parse), opt(r[5]), opt(r[6]),
                opt(r[7]), opt(r[8]), extra);
    }

    private static Rate rate(String[] r, Map<String, String> extra) {
        return new Rate(LocalDate.parse(r[0]), Currency.getInstance(r[1]), Currency.getInstance(r[2]),
                new BigDecimal(r[3]), r[4], extra);
    }

    private static Relation relation(String[] r, Map<String, String> extra) {
        return new Relation(r[0], r[1], r[2], extra);
    }

    private static Optional<String> opt(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String[] cells(Map<String, String> extra, String... fixed) {
        String[] out = Arrays.copyOf(fixed, fixed.length + 2 * extra.size());
        int k = fixed.length;
        for (Map.Entry<String, String> e : extra.entrySet()) {
            out[k++] = e.getKey();
            out[k++] = e.getValue();
        }
        return out;
    }
}
