package org.claimstat.chart;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Builds the timeline of one indicator: one row per claim in order of publication, a bar for the
 * period the figure is about and a diamond for the day it was published; a diamond before its
 * bar on a claim that is not a forecast is drawn in red, since it reports a time yet to come.
 */
final class Timeline {
    static final String PERIOD = "period the figure is about";
    static final String PUBLISHED = "published";
    static final String EARLY = "published before its period (not a forecast)";
    private static final Color EARLY_PAINT = new Color(0xc0, 0x00, 0x00);
    private static final Color PUBLISHED_PAINT = new Color(0x33, 0x33, 0x33);

    private Timeline() {
    }

    static JFreeChart build(ClaimDataset dataset, Indicator indicator) {
        List<Claim> claims = dataset.claimsOf(indicator.id()).stream().sorted(Rows.byPublished(dataset)).toList();
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        series.put(PERIOD, new XYIntervalSeries(PERIOD));
        List<OpenEndArrow> arrows = new ArrayList<>();
        String[] labels = new String[claims.size()];
        int early = 0;
        for (int y = 0; y < claims.size(); y++) {
            Claim c = claims.get(y);
            Source source = dataset.sourceOf(c);
            labels[y] = Rows.cut(Rows.name(source), 20) + ": " + Rows.cut(Readable.quantity(c.quantity()), 24);
            addPeriod(series.get(PERIOD), arrows, c, y);
            Optional<PartialDate> published = source.published();
            if (published.isPresent()) {
                boolean isEarly = c.kind() != ClaimKind.FORECAST
                        && published.get().lastDay().isBefore(c.period().firstDay());
                early += isEarly ? 1 : 0;
                double x = Axes.millis((published.get().firstDay().toEpochDay() + published.get().lastDay().toEpochDay() + 1) / 2.0);
                series.computeIfAbsent(isEarly ? EARLY : PUBLISHED, XYIntervalSeries::new).add(x, x, x, y, y, y);
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        DateAxis dateAxis = Axes.dateAxis("period claimed (bar) and publication day (diamond)");
        dateAxis.setLowerMargin(0.05);
        dateAxis.setUpperMargin(0.08);
        XYErrorRenderer renderer = Rows.intervalRenderer(true);
        XYPlot plot = new XYPlot(data, dateAxis, Rows.rowAxis(labels), renderer);
        int i = 0;
        for (String key : series.keySet()) {
            renderer.setSeriesPaint(i, key.equals(PERIOD) ? Axes.INDEPENDENT : key.equals(EARLY) ? EARLY_PAINT : PUBLISHED_PAINT);
            renderer.setSeriesShapesVisible(i, !key.equals(PERIOD));
            renderer.setSeriesShape(i++, diamond());
        }
        arrows.forEach(renderer::addAnnotation);
        Legend legend = new Legend().bar(PERIOD, Axes.INDEPENDENT).dot(PUBLISHED, PUBLISHED_PAINT, diamond());
        if (series.containsKey(EARLY)) {
            legend.dot(EARLY, EARLY_PAINT, diamond());
        }
        if (!arrows.isEmpty()) {
            legend.dashed("open period (since, by)", Axes.INDEPENDENT);
        }
        plot.setFixedLegendItems(legend.items());
        Axes.calendarTicks(dateAxis, Axes.finest(claims.stream().flatMap(c -> java.util.stream.Stream.of(c.period().start(),
                c.period().end(), dataset.sourceOf(c).published()))));
        JFreeChart chart = new JFreeChart(Rows.cut(indicator.label(), 80) + ": when claimed, and about when",
                Axes.TITLE_FONT, plot, true);
        String subtitle = indicator.id() + " · " + claims.size() + (claims.size() == 1 ? " claim" : " claims") + " by publication date"
                + (early > 0 ? " · " + early + " published before the period they report" : "");
        return Axes.finish(chart, plot, subtitle);
    }

    private static void addPeriod(XYIntervalSeries periods, List<OpenEndArrow> arrows, Claim claim, int y) {
        var period = claim.period();
        if (period.start().isEmpty() && period.end().isEmpty()) {
            return;
        }
        double low = Axes.millis(period.start().orElseGet(period.end()::orElseThrow).firstDay().toEpochDay());
        double high = Axes.millis(period.end().orElseGet(period.start()::orElseThrow).lastDay().toEpochDay() + 1);
        if (period.start().isEmpty()) {
            low = high;
            arrows.add(new OpenEndArrow(high, y, true, false, Axes.INDEPENDENT));
        }
        if (period.end().isEmpty()) {
            high = low;
            arrows.add(new OpenEndArrow(low, y, true, true, Axes.INDEPENDENT));
        }
        periods.add(low + (high - low) / 2, low, high, y, y, y);
    }

    private static Path2D diamond() {
        Path2D d = new Path2D.Double();
        d.moveTo(0, -6);
        d.lineTo(6, 0);
        d.lineTo(0, 6);
        d.lineTo(-6, 0);
        d.closePath();
        return d;
    }
}
