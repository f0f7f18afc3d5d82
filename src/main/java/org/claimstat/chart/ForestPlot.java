package org.claimstat.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Indicator;
import org.claimstat.Unit;
import org.claimstat.compare.Independence;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Builds the interval (forest) plot of one indicator: rows grouped by entity and period under a
 * heading, labelled with outlet, date and claimant; a dot for the stated value, a capped bar for
 * a bounded interval, a soft band for "about", open ends as arrows; copies of one figure next to
 * each other; claims a conflict or scope finding names ringed in red; and consensus bands, each
 * over its own group's rows.
 */
final class ForestPlot {
    static final String INDEPENDENT = "independent source";
    static final String SYNDICATED = "syndicated copy (via a wire service)";
    static final String RANGE = "range (no single value stated)";
    private static final double SOFT_HALF_HEIGHT = 0.26;

    private ForestPlot() {
    }

    static JFreeChart build(ClaimDataset dataset, Indicator indicator, Optional<Band> band, List<DefaultBand.Group> groups,
                            Set<String> marked) {
        ForestRows.Layout layout = ForestRows.of(dataset, indicator, marked);
        List<ForestRows.Row> rows = layout.rows();
        Drawing drawing = Drawing.of(rows);
        List<DefaultBand.Group> drawn = groups.stream().filter(g -> rows.stream().anyMatch(r -> g.covers(r.claim()))).toList();
        List<Band> bands = new ArrayList<>(drawn.stream().map(DefaultBand.Group::band).toList());
        band.ifPresent(bands::add);
        boolean dates = indicator.unit().kind() == Unit.Kind.DATE;
        double scale = dates ? Axes.DAY_MS : 1;
        XYPlot plot = plot(indicator, layout, drawing, bands, scale);
        XYErrorRenderer renderer = (XYErrorRenderer) plot.getRenderer();
        if (dates && plot.getDomainAxis() instanceof DateAxis axis) {
            Axes.calendarTicks(axis, Axes.finest(rows.stream().flatMap(r -> java.util.stream.Stream.of(
                    r.claim().quantity().value(), r.claim().quantity().lower(), r.claim().quantity().upper()))
                    .map(v -> v.filter(org.claimstat.Value.Date.class::isInstance)
                            .map(d -> ((org.claimstat.Value.Date) d).date()))));
        }
        band.ifPresent(b -> Bands.acrossAllRows(plot, b, scale));
        for (DefaultBand.Group g : drawn) {
            List<Integer> own = rows.stream().filter(r -> g.covers(r.claim())).map(ForestRows.Row::y).toList();
            Bands.overRows(renderer, g.band(), own.get(0), own.get(own.size() - 1), scale);
        }
        for (ForestRows.Heading h : layout.headings()) {
            String text = h.text() + drawn.stream().filter(g -> g.entity().equals(h.entity()) && g.period().equals(h.period()))
                    .findFirst().map(g -> "   consensus " + g.summary()).orElse("");
            renderer.addAnnotation(RowHeading.heading(text, h.y()));
        }
        boolean soft = rows.stream().anyMatch(r -> r.claim().quantity().hedge().isBand());
        boolean rings = rows.stream().anyMatch(ForestRows.Row::marked);
        plot.setFixedLegendItems(legend(drawing.series().keySet(), !drawing.arrows().isEmpty(), !bands.isEmpty(), soft, rings)
                .items());
        JFreeChart chart = new JFreeChart(Rows.cut(indicator.label(), 90), Axes.TITLE_FONT, plot, true);
        Axes.finish(chart, plot, subtitle(dataset, indicator, layout));
        band.ifPresent(b -> Axes.note(chart, "Band: " + Rows.cut(b.label(), 110), Axes.BAND_CENTRE));
        if (!drawn.isEmpty() && band.isEmpty()) {
            Axes.note(chart, drawn.size() == 1 && layout.headings().isEmpty()
                    ? "Band: " + Rows.cut(drawn.get(0).band().label(), 110)
                    : "Green bands: median of each group's independent sources, quartiles shaded", Axes.BAND_CENTRE);
        }
        return chart;
    }

    /**
     * The rows as chart data: one series per kind of row (independent, syndicated, range), an arrow per open end, a
     * soft band per "about" interval, a ring per marked claim, and the span of the values.
     */
    private record Drawing(Map<String, XYIntervalSeries> series, List<OpenEndArrow> arrows, List<XYBoxAnnotation> soft,
                           List<RowHeading> rings, double min, double max) {
        static Drawing of(List<ForestRows.Row> rows) {
            Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
            List<OpenEndArrow> arrows = new ArrayList<>();
            List<XYBoxAnnotation> soft = new ArrayList<>();
            List<RowHeading> rings = new ArrayList<>();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (ForestRows.Row r : rows) {
                String key = !r.stated() ? RANGE : r.syndicated() ? SYNDICATED : INDEPENDENT;
                int y = r.y();
                if (r.claim().quantity().hedge().isBand() && r.interval().hasLower() && r.interval().hasUpper()) {
                    series.computeIfAbsent(key, XYIntervalSeries::new).add(r.x(), r.x(), r.x(), y, y, y);
                    Color c = (Color) paint(key);
                    // y1 above y0 on the row axis, which is inverted (first row at the top): XYBoxAnnotation draws a
                    // rectangle of height y0 - y1 in screen space, empty (so nothing at all was drawn) the other way round.
                    soft.add(new XYBoxAnnotation(r.low(), y + SOFT_HALF_HEIGHT, r.high(), y - SOFT_HALF_HEIGHT, null, null,
                            new Color(c.getRed(), c.getGreen(), c.getBlue(), 80)));
                } else {
                    series.computeIfAbsent(key, XYIntervalSeries::new).add(r.x(), r.low(), r.high(), y, y, y);
                }
                min = Math.min(min, r.low());
                max = Math.max(max, r.high());
                if (!r.interval().hasLower()) {
                    arrows.add(new OpenEndArrow(r.low(), y, true, false, paint(key)));
                }
                if (!r.interval().hasUpper()) {
                    arrows.add(new OpenEndArrow(r.high(), y, true, true, paint(key)));
                }
                if (r.marked()) {
                    rings.add(RowHeading.ring(r.x(), y));
                }
            }
            return new Drawing(series, arrows, soft, rings, min, max);
        }
    }

    /** The plot of the rows, its value axis wide enough for the values and the bands, with the arrows, bands and rings. */
    private static XYPlot plot(Indicator indicator, ForestRows.Layout layout, Drawing drawing, List<Band> bands, double scale) {
        double min = drawing.min();
        double max = drawing.max();
        for (Band b : bands) {
            min = Math.min(min, b.low() * scale);
            max = Math.max(max, b.high() * scale);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        drawing.series().values().forEach(data::addSeries);
        ValueAxis valueAxis = layout.rows().isEmpty() ? Axes.valueAxis(indicator.unit(), 0, 1)
                : Axes.valueAxis(indicator.unit(), min, max);
        XYErrorRenderer renderer = Rows.intervalRenderer(true);
        SymbolAxis rowAxis = Rows.rowAxis(layout.labels());
        int widest = java.util.Arrays.stream(layout.labels()).mapToInt(Rows::width).max().orElse(0);
        rowAxis.setFixedDimension(Math.min(Rows.LABEL_PX, widest) + 10);
        XYPlot plot = new XYPlot(data, valueAxis, rowAxis, renderer);
        int i = 0;
        for (String key : drawing.series().keySet()) {
            renderer.setSeriesPaint(i, paint(key));
            renderer.setSeriesShapesVisible(i++, !key.equals(RANGE));
        }
        coverAnnotations(valueAxis, min, max);
        drawing.arrows().forEach(renderer::addAnnotation);
        drawing.soft().forEach(a -> renderer.addAnnotation(a, Layer.BACKGROUND));
        drawing.rings().forEach(renderer::addAnnotation);
        return plot;
    }

    /**
     * Widens the value axis, which JFreeChart ranges over the series alone, to the soft "about" bands and consensus
     * bands too (annotations): a small chart of an "about" figure and an exact one cut the band off at the dot.
     */
    private static void coverAnnotations(ValueAxis axis, double min, double max) {
        org.jfree.data.Range range = axis.getRange();
        if (axis instanceof org.jfree.chart.axis.LogAxis || !Double.isFinite(min) || !Double.isFinite(max)
                || (min >= range.getLowerBound() && max <= range.getUpperBound())) {
            return;
        }
        double pad = (Math.max(max, range.getUpperBound()) - Math.min(min, range.getLowerBound())) * 0.05;
        axis.setRange(Math.min(range.getLowerBound(), min - pad), Math.max(range.getUpperBound(), max + pad));
    }

    private static String subtitle(ClaimDataset dataset, Indicator indicator, ForestRows.Layout layout) {
        List<ForestRows.Row> rows = layout.rows();
        // Witnesses as the checks count them (one wire, one outlet's story, one claimant, one quoted figure), not
        // distinct outlets: a chart must not say "3 independent sources" beside a finding that counts 2 witnesses.
        long independent = Independence.witnesses(rows.stream().map(ForestRows.Row::claim).toList(), dataset::source).size();
        String about = layout.headings().isEmpty() && !rows.isEmpty()
                ? (layout.oneEntity() ? "" : rows.get(0).claim().entity() + " · ") + Readable.period(rows.get(0).claim().period()) + " · "
                : "";
        return about + rows.size() + (rows.size() == 1 ? " claim from " : " claims from ")
                + independent + (independent == 1 ? " independent source" : " independent sources")
                + (layout.notDrawn() > 0 ? " · " + layout.notDrawn() + " in other units not drawn" : "")
                + " · " + indicator.id();
    }

    private static Legend legend(Set<String> keys, boolean arrows, boolean band, boolean soft, boolean rings) {
        Legend legend = new Legend();
        if (keys.contains(INDEPENDENT) || keys.contains(RANGE)) {
            legend.dot("stated value", Axes.INDEPENDENT);
        }
        if (keys.contains(SYNDICATED)) {
            legend.dot(SYNDICATED, Axes.SYNDICATED);
        }
        legend.bar("interval", Axes.INDEPENDENT);
        if (soft) {
            legend.area("about (rounded figure)", new Color(0x1f, 0x4e, 0x79, 80));
        }
        if (keys.contains(RANGE)) {
            legend.bar(RANGE, Axes.RANGE_ONLY);
        }
        if (arrows) {
            legend.dashed("open end (more than, up to)", Axes.INDEPENDENT);
        }
        if (band) {
            legend.area("consensus band", Axes.BAND);
        }
        if (rings) {
            legend.ring("in a reported conflict or scope error", RowHeading.RING);
        }
        return legend;
    }

    static Paint paint(String seriesKey) {
        return switch (seriesKey) {
            case SYNDICATED -> Axes.SYNDICATED;
            case RANGE -> Axes.RANGE_ONLY;
            default -> Axes.INDEPENDENT;
        };
    }
}
