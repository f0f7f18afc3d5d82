package org.claimstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimstat.Indicator;
import org.claimstat.Period;
import org.claimstat.chart.Charts;
import org.claimstat.check.Finding;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;

/** The charts of one indicator in the report: its forest plot, its timeline, and a comparison over periods where there are several. */
record ReportCharts(Indicator indicator, List<Named> charts) {
    static final int WIDTH = 720;

    /** A chart with its kind ({@code forest}, {@code timeline}, {@code comparison}) and size. */
    record Named(String kind, JFreeChart chart, int width, int height) {
    }

    static ReportCharts of(ClaimDataset dataset, Indicator indicator, List<Finding> findings) {
        List<Named> charts = new ArrayList<>();
        charts.add(sized("forest", Charts.forest(dataset, indicator.id(), findings)));
        charts.add(sized("timeline", Charts.timeline(dataset, indicator.id())));
        long periods = dataset.claimsOf(indicator.id()).stream().map(c -> c.period())
                .filter(p -> !p.equals(Period.UNSPECIFIED)).distinct().count();
        if (periods > 1) {
            JFreeChart comparison = Charts.comparison(dataset, List.of(indicator.id()), indicator.label() + " by period");
            charts.add(new Named("comparison", comparison, WIDTH, 440));
        }
        return new ReportCharts(indicator, List.copyOf(charts));
    }

    private static Named sized(String kind, JFreeChart chart) {
        return new Named(kind, chart, WIDTH, Charts.preferredSize(chart).height);
    }

    Named forest() {
        return charts.get(0);
    }

    List<Named> others() {
        return charts.subList(1, charts.size());
    }

    Optional<Named> kind(String kind) {
        return charts.stream().filter(c -> c.kind().equals(kind)).findFirst();
    }
}
