package org.claimstat.chart;

import java.awt.Dimension;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import org.claimstat.Indicator;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * Builds the charts of a dataset as JFreeChart objects, which callers may restyle before writing
 * them with {@link ChartExport}.
 *
 * <ul>
 *   <li>{@link #forest}: the interval (forest) plot of one indicator, one row per claim labelled
 *       with its source and publication date; a dot for the stated value, a bar for the interval
 *       the hedge gives, open ends ("more than", "up to") as dashed arrows to the plot's edge,
 *       syndicated copies in their own colour and marked "via" their wire service, and
 *       consensus bands, each over the rows of the entity and period it is about; a log axis where values span two orders of magnitude; a date axis for
 *       date indicators.</li>
 *   <li>{@link #timeline}: the claims of one indicator by publication date, with the period each
 *       is about as a bar, so a misdated figure stands out.</li>
 *   <li>{@link #comparison}: entities or indicators sharing a unit across periods (ranks of
 *       countries by edition).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; each call returns a new chart. Rendering needs no display
 * ({@code java.awt.headless=true}).
 *
 * {@snippet class=org.claimstat.snippets.ChartSnippets region=charts}
 */
public final class Charts {
    private static final int WIDTH = 960;
    private static final int ROW_HEIGHT = 30;
    private static final int CHROME_HEIGHT = 190;
    /** The tallest chart {@link #preferredSize} gives, in pixels. */
    public static final int MAX_HEIGHT = 12_000;

    private Charts() {
    }

    /**
     * Returns the forest plot of one indicator with its consensus bands: for every entity and
     * period with at least two independent sources' bounded claims, the median (dashed line) and
     * quartiles (shaded) of their midpoints, drawn over that entity and period's rows only. Rows
     * are ordered by period, then entity, then publication date, so each group's rows are together.
     *
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static JFreeChart forest(ClaimDataset dataset, String indicatorId) {
        Indicator indicator = indicator(dataset, indicatorId);
        return ForestPlot.build(dataset, indicator, Optional.empty(), DefaultBand.of(dataset, indicator), Set.of());
    }

    /**
     * Returns the forest plot of one indicator with its consensus bands, as {@link #forest(ClaimDataset, String)},
     * with every claim that a conflict or a scope finding names ringed in red.
     *
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static JFreeChart forest(ClaimDataset dataset, String indicatorId, Collection<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        Indicator indicator = indicator(dataset, indicatorId);
        Set<String> marked = findings.stream().filter(Charts::marks).flatMap(f -> f.claims().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return ForestPlot.build(dataset, indicator, Optional.empty(), DefaultBand.of(dataset, indicator), marked);
    }

    /** Returns true for findings whose claims a forest plot rings: conflicts, and findings of a check about scope. */
    static boolean marks(Finding f) {
        return f.severity() == Severity.CONFLICT || f.check().toLowerCase(java.util.Locale.ROOT).contains("scope");
    }

    /**
     * Returns the forest plot of one indicator with the given consensus band, or none. A band
     * given here is about no particular entity or period, so it spans every row; to compare one
     * group against its own consensus, filter the dataset to that entity and period first.
     *
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static JFreeChart forest(ClaimDataset dataset, String indicatorId, Optional<Band> band) {
        Objects.requireNonNull(band, "band");
        return ForestPlot.build(dataset, indicator(dataset, indicatorId), band, List.of(), Set.of());
    }

    /**
     * Returns the timeline of one indicator's claims by publication date.
     *
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static JFreeChart timeline(ClaimDataset dataset, String indicatorId) {
        return Timeline.build(dataset, indicator(dataset, indicatorId));
    }

    /**
     * Returns the comparison of the given indicators' claims over time, one series per indicator
     * and entity.
     *
     * @throws IllegalArgumentException if an indicator is missing, none is given, or their units differ
     */
    public static JFreeChart comparison(ClaimDataset dataset, List<String> indicatorIds, String title) {
        Objects.requireNonNull(title, "title");
        List<Indicator> indicators = indicatorIds.stream().map(id -> indicator(dataset, id)).toList();
        return Comparison.build(dataset, indicators, title);
    }

    /**
     * Returns a size at which the chart reads well: 960 pixels wide, and for charts with one row
     * per claim, tall enough for every row's label (30 pixels a row, 24 beyond 40 rows) up to {@value #MAX_HEIGHT}
     * pixels (an image of at most 44 MiB; rows of a larger chart are drawn closer); 960 by 540 otherwise.
     */
    public static Dimension preferredSize(JFreeChart chart) {
        Objects.requireNonNull(chart, "chart");
        if (chart.getPlot() instanceof XYPlot plot && plot.getRangeAxis() instanceof SymbolAxis rows) {
            int n = rows.getSymbols().length;
            long height = CHROME_HEIGHT + (long) (n > 40 ? ROW_HEIGHT - 6 : ROW_HEIGHT) * n;
            return new Dimension(WIDTH, (int) Math.min(MAX_HEIGHT, Math.max(320, height)));
        }
        return new Dimension(WIDTH, 540);
    }

    private static Indicator indicator(ClaimDataset dataset, String id) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(id, "indicatorId");
        return dataset.indicator(id).orElseThrow(() -> new IllegalArgumentException("no indicator '" + id
                + "' in dataset " + dataset.info().name() + "; it has "
                + String.join(", ", dataset.indicators().stream().map(Indicator::id).toList())));
    }
}
