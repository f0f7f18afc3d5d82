package org.claimstat.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.Unit;

/**
 * Builds a {@link ClaimDataset} by hand, one line per source, indicator and claim, for a notebook
 * or a test: {@link ClaimDataset#builder(String)} starts one. Strings are read as in the dataset
 * files and in prose ({@link Quantity#parse(String)}, {@link Period#parse(String)}); every id is
 * checked when {@link #build()} puts the parts together.
 *
 * <p>Not thread-safe; the dataset it builds is immutable.
 *
 * {@snippet class=org.claimstat.snippets.DatasetSnippets region=builder}
 */
public final class ClaimDatasetBuilder {
    private final String name;
    private String title;
    private String description = "";
    private final List<String> licenses = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Rate> rates = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    ClaimDatasetBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = name;
    }

    /** Sets the title and description of the dataset; by default the title is its name and there is no description. */
    public ClaimDatasetBuilder title(String title, String description) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        return this;
    }

    /** Adds a licence name, such as {@code CC-BY-4.0}. */
    public ClaimDatasetBuilder license(String license) {
        licenses.add(Objects.requireNonNull(license, "license"));
        return this;
    }

    /** Adds a source. */
    public ClaimDatasetBuilder source(Source source) {
        sources.add(Objects.requireNonNull(source, "source"));
        return this;
    }

    /** Adds a source published on {@code published}, an ISO date of year, month or day precision. */
    public ClaimDatasetBuilder source(String id, String publisher, String title, String published) {
        return source(Source.of(id, publisher, title, PartialDate.parse(published)));
    }

    /** Adds an indicator. */
    public ClaimDatasetBuilder indicator(Indicator indicator) {
        indicators.add(Objects.requireNonNull(indicator, "indicator"));
        return this;
    }

    /**
     * Adds an indicator in {@code unit} (as in files: {@code vacancy}, {@code USD}, {@code percent},
     * {@code month}, {@code rank:83}), its aggregation following the unit: a share for percent, a rank,
     * a duration for time, a date, otherwise a stock.
     */
    public ClaimDatasetBuilder indicator(String id, String label, String unit) {
        Unit u = Unit.parse(unit);
        return indicator(Indicator.of(id, label, u, aggregationOf(u), ""));
    }

    private static Aggregation aggregationOf(Unit unit) {
        return switch (unit.kind()) {
            case PERCENT -> Aggregation.SHARE;
            case RANK -> Aggregation.RANK;
            case TIME -> Aggregation.DURATION;
            case DATE -> Aggregation.DATE;
            default -> Aggregation.STOCK;
        };
    }

    /** Adds a claim. */
    public ClaimDatasetBuilder claim(Claim claim) {
        claims.add(Objects.requireNonNull(claim, "claim"));
        return this;
    }

    /** Adds a claim made as {@link Claim#of(String, String, String, String, String, String)} makes it. */
    public ClaimDatasetBuilder claim(String id, String indicator, String entity, String period, String quantity,
                                     String source) {
        return claim(Claim.of(id, indicator, entity, period, quantity, source));
    }

    /** Adds a dated exchange rate: on {@code date}, 1 {@code base} = {@code rate} {@code quote}, from {@code source}. */
    public ClaimDatasetBuilder rate(String date, String base, String quote, String rate, String source) {
        rates.add(Rate.of(LocalDate.parse(date), base, quote, new BigDecimal(rate), source));
        return this;
    }

    /** Adds a relation between indicators, such as {@code wave1 + wave2 <= total}. */
    public ClaimDatasetBuilder relation(String id, String expression) {
        relations.add(Relation.of(id, expression, ""));
        return this;
    }

    /**
     * Returns the dataset.
     *
     * @throws IllegalArgumentException listing every duplicate id and every claim that names a missing
     *     source or indicator
     */
    public ClaimDataset build() {
        return ClaimDataset.of(new DatasetInfo(name, title, description, licenses), sources, indicators, claims, rates,
                relations);
    }
}
