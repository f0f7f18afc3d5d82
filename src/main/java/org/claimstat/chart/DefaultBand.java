package org.claimstat.chart;

import java.util.List;
import java.util.Map;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Period;
import org.claimstat.Unit;
import org.claimstat.compare.Comparison;
import org.claimstat.compare.Comparisons;
import org.claimstat.compare.NoRateException;
import org.claimstat.dataset.ClaimDataset;

/**
 * The consensus bands of an indicator when the caller gives none: for every entity and period
 * with at least two independent sources with bounded intervals, the consensus that
 * {@link Comparisons} computes (median and quartiles of independent sources, Commons Math). Each
 * band is about its own group and is drawn over that group's rows only. Where the claims cannot
 * be put in one unit (a currency without rates) there are no bands.
 */
final class DefaultBand {
    private DefaultBand() {
    }

    /**
     * A band about the claims of one entity and period.
     *
     * @param entity the entity
     * @param period the period
     * @param band the median and quartiles, labelled
     * @param summary a short form for the group's heading, such as {@code 50.5 (2 independent sources)}
     */
    record Group(String entity, Period period, Band band, String summary) {
        /** Returns true when {@code claim} is about this group's entity and period. */
        boolean covers(Claim claim) {
            return claim.entity().equals(entity) && claim.period().equals(period);
        }
    }

    static List<Group> of(ClaimDataset dataset, Indicator indicator) {
        if (indicator.unit().kind() == Unit.Kind.DATE || indicator.unit().kind() == Unit.Kind.RANK) {
            return List.of();
        }
        List<Comparison> comparisons;
        try {
            comparisons = Comparisons.of(dataset).indicator(indicator.id()).compareAll();
        } catch (NoRateException | IllegalArgumentException e) {
            return List.of();
        }
        int groups = comparisons.stream().mapToInt(c -> c.consensus().size()).sum();
        return comparisons.stream()
                .flatMap(c -> c.consensus().stream().map(k -> Map.entry(c.entity(), k)))
                .filter(e -> e.getValue().used() >= 2 && e.getValue().independent() >= 2 && e.getValue().median().isPresent())
                .map(e -> group(e.getKey(), e.getValue(), groups > 1, indicator.unit()))
                .toList();
    }

    private static Group group(String entity, Comparison.Consensus k, boolean sayWhere, Unit unit) {
        double median = k.median().getAsDouble();
        String where = sayWhere ? " for " + entity + " " + k.period() : "";
        String label = "median " + format(median, unit) + where + " of " + k.used()
                + " independent sources, shaded between the quartiles";
        String summary = format(median, unit) + " (" + k.used() + " independent sources)";
        return new Group(entity, k.period(), Band.of(k.q1().getAsDouble(), median, k.q3().getAsDouble(), label), summary);
    }

    private static String format(double value, Unit unit) {
        String words = Readable.unit(unit, true);
        return Readable.number(value) + (words.equals("%") || words.isEmpty() ? words : " " + words);
    }
}
