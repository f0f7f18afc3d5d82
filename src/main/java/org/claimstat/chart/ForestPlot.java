package org.claimstat.chart;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Builds the interval (forest) plot of one indicator: one row per claim, value dot, interval bar,
 * open ends as arrows, and consensus bands: a given band across all rows, or a band per entity and
 * period over that group's rows.
 */
final class ForestPlot {
    static final String INDEPENDENT = "independent source";
    static final String SYNDICATED = "syndicated copy (via a wire service)";
    static final String RANGE = "range (no single value stated)";

    private ForestPlot() {
    }

    private record Row(Claim claim, Source source, double x, double low, double high, Interval interval, boolean stated) {
    }

    static JFreeChart build(ClaimDataset dataset, Indicator indicator, Optional<Band> band, List<DefaultBand.Group> groups) {
        List<Claim> claims = dataset.claimsOf(indicator.id()).stream().sorted(Rows.byPeriodEntityThenPublished(dataset))
                .toList();
        List<Row> rows = rows(dataset, indicator, claims);
        Drawing drawing = Drawing.of(rows);
        List<DefaultBand.Group> drawn = groups.stream().filter(g -> rows.stream().anyMatch(r -> g.covers(r.claim()))).toList();
        List<Band> bands = new ArrayList<>(drawn.stream().map(DefaultBand.Group::band).toList());
        band.ifPresent(bands::add);
        double scale = indicator.unit().kind() == Unit.Kind.DATE ? Axes.DAY_MS : 1;
        XYPlot plot = plot(indicator, rows, drawing, bands, scale);
        XYErrorRenderer renderer = (XYErrorRenderer) plot.getRenderer();
        band.ifPresent(b -> Bands.acrossAllRows(plot, b, scale));
        for (DefaultBand.Group g : drawn) {
            List<Integer> own = java.util.stream.IntStream.range(0, rows.size()).filter(y -> g.covers(rows.get(y).claim()))
                    .boxed().toList();
            Bands.overRows(renderer, g.band(), own.get(0), own.get(own.size() - 1), scale);
        }
        plot.setFixedLegendItems(legend(drawing.series().keySet(), !drawing.arrows().isEmpty(), !bands.isEmpty()).items());
        JFreeChart chart = new JFreeChart(Rows.cut(indicator.label(), 90), Axes.TITLE_FONT, plot, true);
        Axes.finish(chart, plot, subtitle(indicator, rows, claims.size(), !drawing.arrows().isEmpty()));
        band.ifPresent(b -> Axes.note(chart, "Band: " + Rows.cut(b.label(), 110), Axes.BAND_CENTRE));
        note(chart, drawn);
        return chart;
    }

    /** The rows of the claims that have an interval in the indicator's unit, in the order given. */
    private static List<Row> rows(ClaimDataset dataset, Indicator indicator, List<Claim> claims) {
        boolean dates = indicator.unit().kind() == Unit.Kind.DATE;
        List<Row> rows = new ArrayList<>();
        for (Claim c : claims) {
            CommonUnit.interval(dataset, c, indicator).ifPresent(i -> rows.add(row(dataset, c, indicator, i, dates)));
        }
        return rows;
    }

    /**
     * The rows as chart data: one series per kind of row (independent, syndicated, range), an arrow per open end, and
     * the span of the values.
     */
    private record Drawing(Map<String, XYIntervalSeries> series, List<OpenEndArrow> arrows, double min, double max) {
        static Drawing of(List<Row> rows) {
            Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
            List<OpenEndArrow> arrows = new ArrayList<>();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int y = 0; y < rows.size(); y++) {
                Row r = rows.get(y);
                String key = !r.stated() ? RANGE : r.source().derivedFrom().isPresent() ? SYNDICATED : INDEPENDENT;
                series.computeIfAbsent(key, XYIntervalSeries::new).add(r.x(), r.low(), r.high(), y, y, y);
                min = Math.min(min, r.low());
                max = Math.max(max, r.high());
                if (!r.interval().hasLower()) {
                    arrows.add(new OpenEndArrow(r.low(), y, true, false, paint(key)));
                }
                if (!r.interval().hasUpper()) {
                    arrows.add(new OpenEndArrow(r.high(), y, true, true, paint(key)));
                }
            }
            return new Drawing(series, arrows, min, max);
        }
    }

    /** The plot of the rows, its value axis wide enough for the values and the bands, with the open-end arrows. */
    private static XYPlot plot(Indicator indicator, List<Row> rows, Drawing drawing, List<Band> bands, double scale) {
        double min = drawing.min();
        double max = drawing.max();
        for (Band b : bands) {
            min = Math.min(min, b.low() * scale);
            max = Math.max(max, b.high() * scale);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        drawing.series().values().forEach(data::addSeries);
        ValueAxis valueAxis = rows.isEmpty() ? Axes.valueAxis(indicator.unit(), 0, 1)
                : Axes.valueAxis(indicator.unit(), min, max);
        XYErrorRenderer renderer = Rows.intervalRenderer(true);
        String[] labels = labels(rows);
        XYPlot plot = new XYPlot(data, valueAxis, Rows.rowAxis(labels), renderer);
        int i = 0;
        for (String key : drawing.series().keySet()) {
            renderer.setSeriesPaint(i, paint(key));
            renderer.setSeriesShapesVisible(i++, !key.equals(RANGE));
        }
        drawing.arrows().forEach(renderer::addAnnotation);
        return plot;
    }

    /** The row labels: the source, with entity and period where the rows have more than one. */
    private static String[] labels(List<Row> rows) {
        boolean manyPeriods = rows.stream().map(r -> r.claim().entity() + r.claim().period()).distinct().count() > 1;
        return rows.stream().map(r -> label(r, manyPeriods)).toArray(String[]::new);
    }

    private static String subtitle(Indicator indicator, List<Row> rows, int claims, boolean arrows) {
        long independent = rows.stream().map(r -> r.source().independenceKey()).distinct().count();
        return indicator.id() + " · " + rows.size() + (rows.size() == 1 ? " claim from " : " claims from ")
                + independent + (independent == 1 ? " independent source" : " independent sources")
                + (rows.size() < claims ? " · " + (claims - rows.size()) + " in other units not drawn" : "")
                + (arrows ? " · arrows: open ends (more than, up to)" : "");
    }

    private static Legend legend(java.util.Set<String> keys, boolean arrows, boolean band) {
        Legend legend = new Legend();
        if (keys.contains(INDEPENDENT) || keys.contains(RANGE)) {
            legend.dot("stated value", Axes.INDEPENDENT);
        }
        if (keys.contains(SYNDICATED)) {
            legend.dot(SYNDICATED, Axes.SYNDICATED);
        }
        legend.bar("interval the hedge gives", Axes.INDEPENDENT);
        if (keys.contains(RANGE)) {
            legend.bar(RANGE, Axes.RANGE_ONLY);
        }
        if (arrows) {
            legend.dashed("open end (more than, up to)", Axes.INDEPENDENT);
        }
        if (band) {
            legend.area("consensus band", Axes.BAND);
        }
        return legend;
    }

    private static Row row(ClaimDataset dataset, Claim claim, Indicator indicator, Interval interval, boolean dates) {
        Optional<Double> stated = CommonUnit.stated(dataset, claim, indicator);
        double low = interval.hasLower() ? interval.lower() : stated.orElse(interval.upper());
        double high = interval.hasUpper() ? interval.upper() : stated.orElse(interval.lower());
        double x = stated.orElse(low + (high - low) / 2);
        if (dates) {
            return new Row(claim, dataset.sourceOf(claim), Axes.millis(x + 0.5), Axes.millis(low),
                    Axes.millis(high + 1), interval, stated.isPresent());
        }
        return new Row(claim, dataset.sourceOf(claim), x, low, high, interval, stated.isPresent());
    }

    private static String label(Row row, boolean manyPeriods) {
        String label = Rows.sourceLabel(row.source());
        if (!manyPeriods) {
            return label;
        }
        Claim c = row.claim();
        return label + " · " + Rows.cut(c.entity(), 12) + " " + c.period();
    }

    static Paint paint(String seriesKey) {
        return switch (seriesKey) {
            case SYNDICATED -> Axes.SYNDICATED;
            case RANGE -> Axes.RANGE_ONLY;
            default -> Axes.INDEPENDENT;
        };
    }

    private static void note(JFreeChart chart, List<DefaultBand.Group> drawn) {
        if (drawn.size() == 1) {
            Axes.note(chart, "Band: " + Rows.cut(drawn.get(0).band().label(), 110), Axes.BAND_CENTRE);
        } else if (drawn.size() > 1) {
            String each = String.join(" · ", drawn.stream().map(DefaultBand.Group::summary).toList());
            Axes.note(chart, "Bands over their own rows, median of independent sources (quartiles shaded): "
                    + Rows.cut(each, 150), Axes.BAND_CENTRE);
        }
    }
}
