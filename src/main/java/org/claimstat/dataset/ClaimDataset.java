package org.claimstat.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Period;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import tech.tablesaw.api.Table;

/**
 * A sourced dataset of claims: its description, sources, indicators, claims, and optionally dated
 * exchange rates and relations between indicators. Every claim names a source and an indicator
 * that the dataset holds, and ids are unique.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.DatasetSnippets region=dataset}
 */
public final class ClaimDataset {
    private final DatasetInfo info;
    private final Map<String, Source> sources;
    private final Map<String, Indicator> indicators;
    private final List<Claim> claims;
    private final List<Rate> rates;
    private final List<Relation> relations;

    private ClaimDataset(DatasetInfo info, Map<String, Source> sources, Map<String, Indicator> indicators,
                         List<Claim> claims, List<Rate> rates, List<Relation> relations) {
        this.info = info;
        this.sources = sources;
        this.indicators = indicators;
        this.claims = claims;
        this.rates = rates;
        this.relations = relations;
    }

    /**
     * Returns a dataset of the given parts.
     *
     * @throws IllegalArgumentException listing every duplicate id and every claim that names a
     *     missing source or indicator
     */
    public static ClaimDataset of(DatasetInfo info, List<Source> sources, List<Indicator> indicators,
                                  List<Claim> claims, List<Rate> rates, List<Relation> relations) {
        Objects.requireNonNull(info, "info");
        List<String> problems = new ArrayList<>();
        Map<String, Source> sourceMap = index(sources, Source::id, "source", problems);
        Map<String, Indicator> indicatorMap = index(indicators, Indicator::id, "indicator", problems);
        index(claims, Claim::id, "claim", problems);
        index(relations, Relation::id, "relation", problems);
        for (Claim c : claims) {
            if (!sourceMap.containsKey(c.source())) {
                problems.add("claim " + c.id() + " names source '" + c.source() + "', which is not in the dataset");
            }
            if (!indicatorMap.containsKey(c.indicator())) {
                problems.add("claim " + c.id() + " names indicator '" + c.indicator() + "', which is not in the dataset");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new ClaimDataset(info, sourceMap, indicatorMap, List.copyOf(claims), List.copyOf(rates),
                List.copyOf(relations));
    }

    /**
     * Returns a builder for a dataset made by hand in code or a notebook ({@link ClaimDatasetBuilder}).
     *
     * @param name the dataset's name, as in {@code datapackage.json}
     * @return an empty builder
     */
    public static ClaimDatasetBuilder builder(String name) {
        return new ClaimDatasetBuilder(name);
    }

    /**
     * Returns a dataset of parts the reader has already checked (unique ids, resolved references),
     * without checking them again; the claims are kept as the reader's columns, not copied.
     */
    static ClaimDataset ofChecked(DatasetInfo info, List<Source> sources, List<Indicator> indicators,
                                  ClaimColumns claims, List<Rate> rates, List<Relation> relations) {
        List<String> unexpected = new ArrayList<>();
        ClaimDataset dataset = new ClaimDataset(info, index(sources, Source::id, "source", unexpected),
                index(indicators, Indicator::id, "indicator", unexpected), claims, List.copyOf(rates),
                List.copyOf(relations));
        if (!unexpected.isEmpty()) {
            throw new IllegalStateException("reader let through: " + String.join("; ", unexpected));
        }
        return dataset;
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> id, String what,
                                            List<String> problems) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                problems.add("duplicate " + what + " id '" + id.apply(item) + "'");
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Returns the dataset's name, title, description and licences. */
    public DatasetInfo info() {
        return info;
    }

    /** Returns the sources in file order. */
    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    /** Returns the indicators in file order. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    /**
     * Returns the claims in file order, as an unmodifiable list. A dataset read from files keeps its
     * claims column by column and builds each {@link Claim} when the list hands it out (equal
     * claims on every call, nothing cached), so holding a million claims costs little; every field
     * was validated when the files were read.
     */
    public List<Claim> claims() {
        return claims;
    }

    /** Returns the dated exchange rates, empty where the dataset has none. */
    public List<Rate> rates() {
        return rates;
    }

    /** Returns the declared relations between indicators, empty where the dataset has none. */
    public List<Relation> relations() {
        return relations;
    }

    /** Returns the source with this id. */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Returns the indicator with this id. */
    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    /** Returns the source of a claim of this dataset. */
    public Source sourceOf(Claim claim) {
        return source(claim.source()).orElseThrow(
                () -> new IllegalArgumentException("claim " + claim.id() + " is not of this dataset"));
    }

    /** Returns the indicator of a claim of this dataset. */
    public Indicator indicatorOf(Claim claim) {
        return indicator(claim.indicator()).orElseThrow(
                () -> new IllegalArgumentException("claim " + claim.id() + " is not of this dataset"));
    }

    /** Returns the claims about one indicator, in file order. */
    public List<Claim> claimsOf(String indicatorId) {
        if (claims instanceof ClaimColumns columns) {
            return columns.ofIndicator(indicatorId);
        }
        return claims.stream().filter(c -> c.indicator().equals(indicatorId)).toList();
    }

    /**
     * Returns a dataset holding the claims that match; sources, indicators, rates and relations
     * are kept whole so the result stays valid.
     */
    public ClaimDataset filter(Predicate<? super Claim> keep) {
        List<Claim> kept = claims.stream().filter(keep).map(Claim.class::cast).toList();
        return new ClaimDataset(info, sources, indicators, kept, rates, relations);
    }

    /** Returns a dataset holding the claims about the indicator with this id. */
    public ClaimDataset withIndicator(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        return filter(c -> c.indicator().equals(indicatorId));
    }

    /** Returns a dataset holding the claims about this entity (such as {@code RU}). */
    public ClaimDataset withEntity(String entity) {
        Objects.requireNonNull(entity, "entity");
        return filter(c -> c.entity().equals(entity));
    }

    /** Returns a dataset holding the claims published in the source with this id. */
    public ClaimDataset withSource(String sourceId) {
        Objects.requireNonNull(sourceId, "sourceId");
        return filter(c -> c.source().equals(sourceId));
    }

    /**
     * Returns a dataset holding the claims whose period shares at least one day with
     * {@code period}; an open end reaches indefinitely, so a claim about no particular time
     * ({@link Period#UNSPECIFIED}) overlaps every period.
     */
    public ClaimDataset overlapping(Period period) {
        Objects.requireNonNull(period, "period");
        return filter(c -> c.period().overlaps(period));
    }

    /**
     * Returns the claims as a Tablesaw table named after the dataset: one text column per
     * {@code claims.csv} column (value, lower and upper as written, so no precision is lost), then
     * the claims' extra columns, then the doubles {@code interval_lower} and
     * {@code interval_upper} (the ends of {@link Claim#interval()}; an unbounded end is missing,
     * NaN; dates are epoch days), and the text columns {@code publisher} and {@code published} of
     * each claim's source. A new table on each call.
     */
    public Table toTable() {
        return ClaimTables.of(this);
    }

    /** Returns a short summary such as {@code russia-ai: 52 claims, 9 sources, 20 indicators}. */
    @Override
    public String toString() {
        return info.name() + ": " + claims.size() + " claims, " + sources.size() + " sources, "
                + indicators.size() + " indicators";
    }
}
