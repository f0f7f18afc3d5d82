package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Builds the comparison of several entities or indicators that share a unit over time: one
 * series per indicator and entity, a dot per claim at the middle of its period, a vertical bar
 * for its interval, open ends as arrows. Ranks run downwards, first place on top.
 */
final class Comparison {
    private static final Color[] PALETTE = {
        new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759), new Color(0x76b7b2),
        new Color(0x59a14f), new Color(0xedc948), new Color(0xb07aa1), new Color(0xff9da7),
        new Color(0x9c755f), new Color(0xbab0ac)};
    /** The line of each round of ten colours: solid, then dashed, dotted and dash-dotted, so series 11 is not series 1. */
    private static final float[][] DASHES = {null, {7f, 4f}, {1.6f, 3f}, {7f, 3f, 1.6f, 3f}};
    /** The marker of each round of ten colours: the renderer's circle, then a square, a triangle and a diamond. */
    private static final java.awt.Shape[] SHAPES = {
        new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10),
        new java.awt.geom.Rectangle2D.Double(-4.5, -4.5, 9, 9),
        new java.awt.Polygon(new int[] {0, 5, -5}, new int[] {-6, 4, 4}, 3),
        new java.awt.Polygon(new int[] {0, 6, 0, -6}, new int[] {-6, 0, 6, 0}, 4)};

    /** The stroke of series {@code s}: its round of ten colours picks the dash pattern. */
    static BasicStroke stroke(int s) {
        float[] dash = DASHES[s / PALETTE.length % DASHES.length];
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    private Comparison() {
    }

    static JFreeChart build(ClaimDataset dataset, List<Indicator> indicators, String title) {
        Unit unit = commonUnit(indicators);
        boolean oneIndicator = indicators.size() == 1;
        List<Claim> claims = indicators.stream().flatMap(i -> dataset.claimsOf(i.id()).stream()).toList();
        boolean oneEntity = claims.stream().map(Claim::entity).distinct().count() <= 1;
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        Map<String, List<double[]>> openEnds = new LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int skipped = 0;
        Indicator target = indicators.get(0);
        double scale = unit.kind() == Unit.Kind.DATE ? Axes.DAY_MS : 1;
        for (Claim c : claims) {
            Indicator indicator = dataset.indicatorOf(c);
            Optional<Interval> interval = CommonUnit.interval(dataset, c, target);
            if (interval.isEmpty() || c.period().start().isEmpty() && c.period().end().isEmpty()) {
                skipped++;
                continue;
            }
            Interval i = interval.get();
            double y = CommonUnit.stated(dataset, c, target).orElse(i.midpoint()) * scale;
            double low = i.hasLower() ? i.lower() * scale : y;
            double high = i.hasUpper() ? i.upper() * scale : y;
            double x = periodMiddle(c);
            String key = oneIndicator ? c.entity() : oneEntity ? indicator.label() : indicator.label() + " · " + c.entity();
            series.computeIfAbsent(key, XYIntervalSeries::new).add(x, x, x, y, low, high);
            openEnds.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {x, low, high,
                i.hasLower() ? 0 : 1, i.hasUpper() ? 0 : 1});
            min = Math.min(min, low);
            max = Math.max(max, high);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        ValueAxis valueAxis = series.isEmpty() ? Axes.valueAxis(unit, 0, 1) : Axes.valueAxis(unit, min, max);
        if (unit.kind() == Unit.Kind.RANK) {
            valueAxis.setInverted(true);
            valueAxis.setLabel("rank (1 = first)");
        }
        XYErrorRenderer renderer = Rows.intervalRenderer(false);
        renderer.setDefaultLinesVisible(true);
        DateAxis dateAxis = Axes.dateAxis("period the figure is about");
        Axes.calendarTicks(dateAxis, Axes.finest(claims.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.period().start(), c.period().end()))));
        XYPlot plot = new XYPlot(data, dateAxis, valueAxis, renderer);
        int s = 0;
        for (Map.Entry<String, List<double[]>> e : openEnds.entrySet()) {
            Color paint = PALETTE[s % PALETTE.length];
            renderer.setSeriesPaint(s, paint);
            renderer.setSeriesShape(s, SHAPES[s / PALETTE.length % SHAPES.length]);
            renderer.setSeriesStroke(s, stroke(s));
            s++;
            for (double[] p : e.getValue()) {
                if (p[3] > 0) {
                    renderer.addAnnotation(new OpenEndArrow(p[0], p[1], false, false, paint));
                }
                if (p[4] > 0) {
                    renderer.addAnnotation(new OpenEndArrow(p[0], p[2], false, true, paint));
                }
            }
        }
        JFreeChart chart = new JFreeChart(Rows.cut(title, 90), Axes.TITLE_FONT, plot, true);
        String subtitle = String.join(", ", indicators.stream().map(Indicator::id).toList()) + " · "
                + (claims.size() - skipped) + " claims" + (skipped > 0 ? " · " + skipped + " without period or in other units not drawn" : "");
        return Axes.finish(chart, plot, subtitle);
    }

    private static double periodMiddle(Claim c) {
        var p = c.period();
        long first = p.start().orElseGet(p.end()::orElseThrow).firstDay().toEpochDay();
        long last = p.end().orElseGet(p.start()::orElseThrow).lastDay().toEpochDay() + 1;
        return Axes.millis((first + last) / 2.0);
    }

    private static Unit commonUnit(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one indicator, was none");
        }
        Unit first = indicators.get(0).unit();
        for (Indicator i : indicators) {
            boolean ranks = first.kind() == Unit.Kind.RANK && i.unit().kind() == Unit.Kind.RANK;
            if (!ranks && !i.unit().isConvertibleTo(first)) {
                throw new IllegalArgumentException("indicators to compare must share a unit; " + indicators.get(0).id()
                        + " is in " + first + " but " + i.id() + " is in " + i.unit());
            }
        }
        return first;
    }
}
