package org.claimstat.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.compare.Converter;
import org.claimstat.compare.RateTable;
import org.claimstat.dataset.ClaimDataset;

/**
 * What a check may know besides its group: the dataset's indicators, sources, relations and dated
 * rates. Small next to the claims, so a cluster can ship it to every worker.
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckContext {
    private final Map<String, Indicator> indicators;
    private final Map<String, Source> sources;
    private final List<Relation> relations;
    private final Converter converter;
    private final Map<String, String> linked;
    private final List<Relation> acrossEntities;

    private CheckContext(Map<String, Indicator> indicators, Map<String, Source> sources, List<Relation> relations,
                         Converter converter) {
        this.indicators = indicators;
        this.sources = sources;
        this.relations = relations;
        this.converter = converter;
        this.linked = Linked.groups(indicators.keySet(), relations);
        this.acrossEntities = Linked.acrossEntities(relations);
    }

    /** Returns the declared relations whose references name their entities, as read. */
    List<Relation> relationsAcrossEntities() {
        return acrossEntities;
    }

    /**
     * Returns the {@link Grouping#LINKED} key of an indicator: the first (in sorted order) of the
     * indicators declared relations link it with, itself where none does.
     */
    public String linkedGroup(String indicator) {
        return linked.getOrDefault(indicator, indicator);
    }

    /** Returns the context of a dataset, accepting rates at most {@code rateToleranceDays} from a claim's date. */
    public static CheckContext of(ClaimDataset dataset, int rateToleranceDays) {
        return of(dataset.indicators(), dataset.sources(), dataset.rates(), dataset.relations(), rateToleranceDays);
    }

    /**
     * Returns a context of the given parts.
     *
     * @throws IllegalArgumentException if the tolerance is negative
     */
    public static CheckContext of(List<Indicator> indicators, List<Source> sources, List<Rate> rates,
                                  List<Relation> relations, int rateToleranceDays) {
        Map<String, Indicator> i = new LinkedHashMap<>();
        indicators.forEach(x -> i.put(x.id(), x));
        Map<String, Source> s = new LinkedHashMap<>();
        sources.forEach(x -> s.put(x.id(), x));
        return new CheckContext(Collections.unmodifiableMap(i), Collections.unmodifiableMap(s), List.copyOf(relations),
                Converter.of(RateTable.of(rates, rateToleranceDays)));
    }

    /**
     * Returns the indicator with this id.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Indicator indicator(String id) {
        Indicator i = indicators.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no indicator '" + id + "' in the check context");
        }
        return i;
    }

    /** Returns true when the context holds an indicator with this id. */
    public boolean hasIndicator(String id) {
        return indicators.containsKey(id);
    }

    /**
     * Returns the source with this id.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Source source(String id) {
        Source s = sources.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no source '" + id + "' in the check context");
        }
        return s;
    }

    /** Returns the source with this id, empty where the context holds none (a wire named in {@code derived_from}). */
    public Optional<Source> findSource(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Returns the first day a claim's source was published, as an epoch day; {@code Long.MAX_VALUE} where undated. */
    long publishedDay(Claim c) {
        return findSource(c.source()).flatMap(Source::published).map(d -> d.firstDay().toEpochDay())
                .orElse(Long.MAX_VALUE);
    }

    /** Returns the declared relations. */
    public List<Relation> relations() {
        return relations;
    }

    /** Returns the converter, with the dataset's dated rates. */
    public Converter converter() {
        return converter;
    }

    /**
     * Returns the claim's interval in its indicator's unit by the one policy of {@link Converter}
     * (ranks as positions, currencies at the dataset's rate of the claim's date, time and physical
     * units through JSR-385); empty where it does not convert (a different noun, no rate near the date).
     */
    public Optional<Interval> inIndicatorUnit(Claim claim) {
        org.claimstat.Unit target = indicator(claim.indicator()).unit();
        if (claim.unit().equals(target)) {
            return Optional.of(claim.interval());
        }
        return converter.convert(claim, source(claim.source()), target);
    }

    /** Returns the sources by id. */
    Map<String, Source> sources() {
        return sources;
    }
}
