package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.Stroke;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;

/**
 * Draws consensus bands behind a forest plot: a shaded spread between the quartiles and a dashed
 * line at the median. A band about one entity and period covers only that group's rows; a band
 * given by the caller without a group covers every row.
 */
final class Bands {
    /** How far a group's band reaches above its first row and below its last, in rows; under half a row so neighbouring groups' bands stay apart. */
    static final double ROW_REACH = 0.45;
    static final Stroke CENTRE_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private Bands() {
    }

    /** Shades {@code band} across the full height of the plot, as domain markers behind the data. */
    static void acrossAllRows(XYPlot plot, Band band, double scale) {
        plot.addDomainMarker(new IntervalMarker(band.low() * scale, band.high() * scale, Axes.BAND), Layer.BACKGROUND);
        plot.addDomainMarker(new ValueMarker(band.centre() * scale, Axes.BAND_CENTRE, CENTRE_STROKE), Layer.BACKGROUND);
    }

    /**
     * Shades {@code band} over rows {@code first} to {@code last} only (row numbers are y values),
     * as background annotations of the renderer: a polygon for the spread, so it draws whichever
     * way the row axis runs, and a line for the centre.
     */
    static void overRows(XYItemRenderer renderer, Band band, int first, int last, double scale) {
        double top = first - ROW_REACH;
        double bottom = last + ROW_REACH;
        double low = band.low() * scale;
        double high = band.high() * scale;
        double centre = band.centre() * scale;
        renderer.addAnnotation(new XYPolygonAnnotation(new double[] {low, top, high, top, high, bottom, low, bottom},
                null, null, Axes.BAND), Layer.BACKGROUND);
        renderer.addAnnotation(new XYLineAnnotation(centre, top, centre, bottom, CENTRE_STROKE, Axes.BAND_CENTRE),
                Layer.BACKGROUND);
    }
}
