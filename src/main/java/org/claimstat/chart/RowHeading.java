package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Marks drawn in pixels on a plot with one row per claim (rows on the range axis): a group's
 * heading, in bold at the left of its own row with a rule under it, or a ring around a claim's dot
 * that a finding names.
 */
final class RowHeading extends AbstractXYAnnotation {
    static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color RING = new Color(0xc0, 0x00, 0x00);
    private static final double RING_RADIUS = 8.5;

    private final String text;
    private final double x;
    private final double y;

    private RowHeading(String text, double x, double y) {
        this.text = text;
        this.x = x;
        this.y = y;
    }

    /** A heading in row {@code y}. */
    static RowHeading heading(String text, int y) {
        return new RowHeading(Objects.requireNonNull(text, "text"), Double.NaN, y);
    }

    /** A ring around the point at value {@code x} in row {@code y}. */
    static RowHeading ring(double x, int y) {
        return new RowHeading(null, x, y);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        double row = rangeAxis.valueToJava2D(y, dataArea, rangeEdge);
        if (text == null) {
            double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            g2.setPaint(RING);
            g2.setStroke(new BasicStroke(2f));
            g2.draw(new Ellipse2D.Double(px - RING_RADIUS, row - RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS));
            return;
        }
        g2.setFont(FONT);
        g2.setPaint(TEXT);
        float baseline = (float) (row + g2.getFontMetrics().getAscent() / 2.0 - 1);
        g2.drawString(text, (float) dataArea.getMinX() + 4, baseline);
        g2.setPaint(Axes.GRID);
        g2.setStroke(new BasicStroke(1f));
        double below = row + g2.getFontMetrics().getHeight() / 2.0 + 2;
        g2.draw(new Line2D.Double(dataArea.getMinX(), below, dataArea.getMaxX(), below));
    }

    /** Returns the heading's text, or where the ring is. */
    @Override
    public String toString() {
        return text != null ? text : "ring at " + x + " in row " + y;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowHeading h && Objects.equals(h.text, text) && Double.compare(h.x, x) == 0 && h.y == y;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, x, y);
    }
}
