package org.claimstat.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Period;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;

/**
 * Compares the claims of one indicator: converts them to one unit, lines them up by period, and
 * computes overlaps, ratios, a consensus and a spread. The entry point of this package.
 *
 * <p>Immutable and thread-safe; each setting returns a new instance.
 *
 * {@snippet class=org.claimstat.snippets.CompareSnippets region=comparisons}
 */
public final class Comparisons {
    /** Periods with more claims than this list no pairs (the pairs grow as the square). */
    public static final int MAX_PAIRED_CLAIMS = 100;

    private final ClaimDataset dataset;
    private final Optional<String> indicator;
    private final Optional<String> entity;
    private final Optional<Unit> unit;
    private final int toleranceDays;

    private Comparisons(ClaimDataset dataset, Optional<String> indicator, Optional<String> entity, Optional<Unit> unit,
                        int toleranceDays) {
        this.dataset = dataset;
        this.indicator = indicator;
        this.entity = entity;
        this.unit = unit;
        this.toleranceDays = toleranceDays;
    }

    /** Returns comparisons over {@code dataset}, with a rate tolerance of {@value RateTable#DEFAULT_TOLERANCE_DAYS} days. */
    public static Comparisons of(ClaimDataset dataset) {
        return new Comparisons(Objects.requireNonNull(dataset, "dataset"), Optional.empty(), Optional.empty(),
                Optional.empty(), RateTable.DEFAULT_TOLERANCE_DAYS);
    }

    /**
     * Chooses the indicator to compare.
     *
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public Comparisons indicator(String id) {
        Objects.requireNonNull(id, "indicator");
        if (dataset.indicator(id).isEmpty()) {
            throw new IllegalArgumentException("no indicator '" + id + "' in dataset " + dataset.info().name()
                    + "; expected one of " + dataset.indicators().stream().map(Indicator::id).toList());
        }
        return new Comparisons(dataset, Optional.of(id), entity, unit, toleranceDays);
    }

    /** Chooses the entity to compare, such as {@code RU}. */
    public Comparisons entity(String name) {
        return new Comparisons(dataset, indicator, Optional.of(Objects.requireNonNull(name, "entity")), unit,
                toleranceDays);
    }

    /** Chooses the unit to convert to; by default the indicator's unit. */
    public Comparisons unit(Unit target) {
        return new Comparisons(dataset, indicator, entity, Optional.of(Objects.requireNonNull(target, "unit")),
                toleranceDays);
    }

    /**
     * Sets how many days a currency rate may lie from a claim's date.
     *
     * @throws IllegalArgumentException if negative
     */
    public Comparisons rateToleranceDays(int days) {
        RateTable.of(List.of(), days);
        return new Comparisons(dataset, indicator, entity, unit, days);
    }

    /**
     * Compares the chosen indicator for the chosen entity (or the only entity it has).
     *
     * @throws IllegalStateException if no indicator was chosen, or no entity was and there are several
     * @throws IllegalArgumentException if a claim's unit cannot be converted
     * @throws NoRateException if a currency claim has no rate within the tolerance
     */
    public Comparison compare() {
        List<Comparison> all = compareAll();
        if (all.size() != 1) {
            throw new IllegalStateException("indicator " + indicator.orElseThrow() + " has claims about "
                    + all.size() + " entities " + all.stream().map(Comparison::entity).toList()
                    + "; choose one with entity(...) or use compareAll()");
        }
        return all.get(0);
    }

    /**
     * Compares one indicator for each of its entities in name order: the one call a notebook needs,
     * {@code Comparisons.of(dataset).compare("it_vacancies")}, the same as
     * {@code indicator(indicatorId).compareAll()}.
     *
     * @param indicatorId the indicator to compare
     * @return one comparison per entity
     * @throws IllegalArgumentException if the dataset has no such indicator or a claim's unit cannot be converted
     * @throws NoRateException if a currency claim has no rate within the tolerance
     */
    public List<Comparison> compare(String indicatorId) {
        return indicator(indicatorId).compareAll();
    }

    /**
     * Compares the chosen indicator for the chosen entity, or for each of its entities in name order.
     *
     * @throws IllegalStateException if no indicator was chosen
     */
    public List<Comparison> compareAll() {
        String id = indicator.orElseThrow(() -> new IllegalStateException("choose an indicator first: indicator(id)"));
        Unit target = unit.orElse(dataset.indicator(id).orElseThrow().unit());
        Converter converter = Converter.of(RateTable.of(dataset.rates(), toleranceDays));
        Map<String, List<Claim>> byEntity = new TreeMap<>();
        for (Claim c : dataset.claimsOf(id)) {
            if (entity.isEmpty() || entity.get().equals(c.entity())) {
                byEntity.computeIfAbsent(c.entity(), e -> new ArrayList<>()).add(c);
            }
        }
        List<Comparison> out = new ArrayList<>();
        byEntity.forEach((e, claims) -> out.add(compare(id, e, target, claims, converter)));
        return out;
    }

    private Comparison compare(String id, String e, Unit target, List<Claim> claims, Converter converter) {
        Map<Period, List<Claim>> byPeriod = new TreeMap<>();
        claims.forEach(c -> byPeriod.computeIfAbsent(c.period(), p -> new ArrayList<>()).add(c));
        List<Comparison.Row> rows = new ArrayList<>();
        List<Comparison.Pair> pairs = new ArrayList<>();
        List<Comparison.Consensus> consensus = new ArrayList<>();
        byPeriod.forEach((period, inPeriod) -> {
            List<Comparison.Row> periodRows = rows(inPeriod, target, converter);
            rows.addAll(periodRows);
            if (periodRows.size() <= MAX_PAIRED_CLAIMS) {
                pairs.addAll(pairs(periodRows));
            }
            consensus.add(consensus(period, periodRows));
        });
        return new Comparison(id, e, target, rows, pairs, consensus, dataset.indicator(id).orElseThrow().aggregation());
    }

    private List<Comparison.Row> rows(List<Claim> claims, Unit target, Converter converter) {
        List<Comparison.Row> rows = new ArrayList<>();
        for (Independence.Cluster cluster : Independence.witnesses(claims, dataset::source)) {
            String representative = cluster.representative().id();
            String witness = cluster.originKnown() ? (cluster.claims().size() > 1 ? cluster.why() : "one claim")
                    : "origin unknown: no claimant, and the quote attributes the figure to no one; not counted as independent";
            for (Claim c : cluster.claims()) {
                Source s = dataset.sourceOf(c);
                boolean first = c.id().equals(representative);
                rows.add(new Comparison.Row(c.id(), c.period(), s.id(), s.publisher(), s.published(), c.claimant(),
                        c.quantity().toString(), converter.require(c, s, target), first && cluster.originKnown(),
                        first ? Optional.empty() : Optional.of(representative), cluster.origin(), witness));
            }
        }
        rows.sort(Comparator.comparing((Comparison.Row r) -> r.published().map(d -> d.firstDay())
                .orElse(java.time.LocalDate.MAX)).thenComparing(Comparison.Row::claim));
        return rows;
    }

    private static List<Comparison.Pair> pairs(List<Comparison.Row> rows) {
        List<Comparison.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Interval a = rows.get(i).interval();
                Interval b = rows.get(j).interval();
                OptionalDouble ratio = a.isBounded() && b.isBounded() && a.midpoint() != 0
                        ? OptionalDouble.of(b.midpoint() / a.midpoint()) : OptionalDouble.empty();
                pairs.add(new Comparison.Pair(rows.get(i).claim(), rows.get(j).claim(), rows.get(i).period(),
                        a.overlaps(b), ratio));
            }
        }
        return pairs;
    }

    private static Comparison.Consensus consensus(Period period, List<Comparison.Row> rows) {
        List<Comparison.Row> independent = rows.stream().filter(Comparison.Row::independent).toList();
        double[] mids = independent.stream().filter(r -> r.interval().isBounded())
                .mapToDouble(r -> r.interval().midpoint()).toArray();
        if (mids.length == 0) {
            OptionalDouble none = OptionalDouble.empty();
            return new Comparison.Consensus(period, rows.size(), independent.size(), 0, none, none, none, none);
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(mids);
        double median = new Median().evaluate(mids);
        double[] deviations = new double[mids.length];
        for (int i = 0; i < mids.length; i++) {
            deviations[i] = Math.abs(mids[i] - median);
        }
        return new Comparison.Consensus(period, rows.size(), independent.size(), mids.length, OptionalDouble.of(median),
                OptionalDouble.of(stats.getPercentile(25)), OptionalDouble.of(stats.getPercentile(75)),
                OptionalDouble.of(new Median().evaluate(deviations)));
    }
}
