package org.claimstat.chart;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Indicator;
import org.claimstat.Unit;
import org.claimstat.compare.Comparison;
import org.claimstat.compare.Comparisons;
import org.claimstat.compare.NoRateException;
import org.claimstat.dataset.ClaimDataset;

/**
 * The consensus band of an indicator when the caller gives none: the consensus that
 * {@link Comparisons} computes (median and quartiles of independent sources, Commons Math) for the
 * entity and period most claimed. Needs two independent sources with bounded intervals; where
 * the claims cannot be put in one unit (a currency without rates) there is no band.
 */
final class DefaultBand {
    private DefaultBand() {
    }

    static Optional<Band> of(ClaimDataset dataset, Indicator indicator) {
        List<Comparison> comparisons;
        try {
            comparisons = Comparisons.of(dataset).indicator(indicator.id()).compareAll();
        } catch (NoRateException | IllegalArgumentException e) {
            return Optional.empty();
        }
        int groups = comparisons.stream().mapToInt(c -> c.consensus().size()).sum();
        return comparisons.stream()
                .flatMap(c -> c.consensus().stream().map(k -> Map.entry(c.entity(), k)))
                .filter(e -> e.getValue().used() >= 2 && e.getValue().median().isPresent())
                .max(Comparator.comparingInt(e -> e.getValue().claims()))
                .map(e -> band(e.getKey(), e.getValue(), groups > 1, indicator.unit()));
    }

    private static Band band(String entity, Comparison.Consensus k, boolean sayWhere, Unit unit) {
        double median = k.median().getAsDouble();
        String where = sayWhere ? " for " + entity + " " + k.period() : "";
        String label = "median " + format(median, unit) + where + " of " + k.used()
                + " independent sources, shaded between the quartiles";
        return Band.of(k.q1().getAsDouble(), median, k.q3().getAsDouble(), label);
    }

    private static String format(double value, Unit unit) {
        if (unit.kind() == Unit.Kind.DATE) {
            return java.time.LocalDate.ofEpochDay(Math.round(value)).toString();
        }
        NumberFormat f = NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        f.setMaximumFractionDigits(2);
        return f.format(value) + (unit.kind() == Unit.Kind.PERCENT ? "%" : "");
    }
}
