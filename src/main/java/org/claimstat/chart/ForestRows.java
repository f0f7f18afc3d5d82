package org.claimstat.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Period;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;

/**
 * The rows of a forest plot: claims grouped by entity and period (a heading row before each group
 * where there are several), copies of one figure (one wire or one outlet, one interval) next to
 * each other, each row labelled with its outlet and date and, where it differs, its claimant.
 */
final class ForestRows {
    private ForestRows() {
    }

    /** One claim's row: y position, value, interval ends (dates in axis milliseconds) and how to draw it. */
    record Row(int y, Claim claim, Source source, double x, double low, double high, Interval interval, boolean stated,
               boolean copy, boolean marked, String label) {
        boolean syndicated() {
            return source.derivedFrom().isPresent();
        }
    }

    /** A group's heading row, drawn in the plot above its claims. */
    record Heading(int y, String entity, Period period, String text) {
        boolean covers(Claim c) {
            return c.entity().equals(entity) && c.period().equals(period);
        }
    }

    /** The rows and headings, the axis labels by y, and the claims not drawn (in units that do not convert). */
    record Layout(List<Row> rows, List<Heading> headings, String[] labels, int notDrawn, boolean oneEntity) {
    }

    static Layout of(ClaimDataset dataset, Indicator indicator, Set<String> marked) {
        List<Claim> claims = dataset.claimsOf(indicator.id()).stream().sorted(Rows.byPeriodEntityThenPublished(dataset))
                .toList();
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        int notDrawn = 0;
        for (Claim c : claims) {
            if (CommonUnit.interval(dataset, c, indicator).isEmpty()) {
                notDrawn++;
                continue;
            }
            groups.computeIfAbsent(c.entity() + "\u0000" + c.period(), k -> new ArrayList<>()).add(c);
        }
        boolean oneEntity = claims.stream().map(Claim::entity).distinct().count() <= 1;
        boolean headings = groups.size() > 1;
        List<Row> rows = new ArrayList<>();
        List<Heading> heads = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (List<Claim> group : groups.values()) {
            Claim first = group.get(0);
            if (headings) {
                String text = (oneEntity ? "" : first.entity() + " · ") + Readable.period(first.period());
                heads.add(new Heading(labels.size(), first.entity(), first.period(), text));
                labels.add("");
            }
            Map<String, List<Claim>> families = new LinkedHashMap<>();
            for (Claim c : group) {
                String family = dataset.sourceOf(c).independenceKey() + "\u0000" + c.interval();
                families.computeIfAbsent(family, k -> new ArrayList<>()).add(c);
            }
            for (List<Claim> family : families.values()) {
                for (int i = 0; i < family.size(); i++) {
                    Claim c = family.get(i);
                    Source s = dataset.sourceOf(c);
                    String label = (i > 0 ? "↳ " : "") + Rows.compactLabel(s, c);
                    rows.add(row(dataset, labels.size(), c, s, indicator, i > 0, marked.contains(c.id()), label));
                    labels.add(label);
                }
            }
        }
        return new Layout(rows, heads, labels.toArray(String[]::new), notDrawn, oneEntity);
    }

    private static Row row(ClaimDataset dataset, int y, Claim claim, Source source, Indicator indicator, boolean copy, boolean marked, String label) {
        Interval interval = CommonUnit.interval(dataset, claim, indicator).orElseThrow();
        Optional<Double> stated = CommonUnit.stated(dataset, claim, indicator);
        double low = interval.hasLower() ? interval.lower() : stated.orElse(interval.upper());
        double high = interval.hasUpper() ? interval.upper() : stated.orElse(interval.lower());
        double x = stated.orElse(low + (high - low) / 2);
        if (indicator.unit().kind() == Unit.Kind.DATE) {
            return new Row(y, claim, source, Axes.millis(x + 0.5), Axes.millis(low), Axes.millis(high + 1), interval,
                    stated.isPresent(), copy, marked, label);
        }
        return new Row(y, claim, source, x, low, high, interval, stated.isPresent(), copy, marked, label);
    }
}
