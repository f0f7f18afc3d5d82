package org.claimstat.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;

/**
 * A simple consensus for an indicator when the caller gives none: among the claims about the
 * entity and period most claimed, the bounded intervals' midpoints, one per independent source
 * (the median of that source's midpoints), then their median and quartiles (Commons Math). Needs
 * two independent sources; open-ended claims have no midpoint and are left out.
 */
final class DefaultBand {
    private DefaultBand() {
    }

    static Optional<Band> of(ClaimDataset dataset, Indicator indicator) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : dataset.claimsOf(indicator.id())) {
            groups.computeIfAbsent(c.entity() + " " + c.period(), k -> new ArrayList<>()).add(c);
        }
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<Claim> group = groups.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        Map<String, DescriptiveStatistics> bySource = new LinkedHashMap<>();
        for (Claim c : group) {
            Optional<Interval> i = CommonUnit.interval(c, indicator).filter(Interval::isBounded);
            i.ifPresent(interval -> bySource.computeIfAbsent(dataset.sourceOf(c).independenceKey(),
                    k -> new DescriptiveStatistics()).addValue(interval.midpoint()));
        }
        if (bySource.size() < 2) {
            return Optional.empty();
        }
        DescriptiveStatistics all = new DescriptiveStatistics();
        bySource.values().forEach(s -> all.addValue(s.getPercentile(50)));
        double median = all.getPercentile(50);
        double q1 = all.getPercentile(25);
        double q3 = all.getPercentile(75);
        String where = groups.size() > 1 ? " for " + group.get(0).entity() + " " + group.get(0).period() : "";
        String label = "median " + format(median, indicator.unit()) + where + " of " + bySource.size()
                + " independent sources, shaded between the quartiles";
        return Optional.of(Band.of(q1, median, q3, label));
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
