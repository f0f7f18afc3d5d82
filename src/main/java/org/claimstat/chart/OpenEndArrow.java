package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An interval end left open by its hedge ("more than 40", "up to 45"): a line from the finite end
 * to the edge of the plot with an arrowhead there, so no bound is invented. The arrow runs along
 * the domain axis (horizontal bars) or the range axis (vertical bars), towards larger or smaller
 * values.
 */
final class OpenEndArrow extends AbstractXYAnnotation {
    private static final double HEAD = 7;
    private static final double INSET = 3;

    private final double x;
    private final double y;
    private final boolean alongDomain;
    private final boolean towardsLarger;
    private final transient Paint paint;

    OpenEndArrow(double x, double y, boolean alongDomain, boolean towardsLarger, Paint paint) {
        this.x = x;
        this.y = y;
        this.alongDomain = alongDomain;
        this.towardsLarger = towardsLarger;
        this.paint = Objects.requireNonNull(paint, "paint");
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        PlotOrientation orientation = plot.getOrientation();
        RectangleEdge domainEdge = plot.getDomainAxisEdge();
        RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        ValueAxis along = alongDomain ? domainAxis : rangeAxis;
        RectangleEdge alongEdge = alongDomain ? domainEdge : rangeEdge;
        double start = along.valueToJava2D(alongDomain ? x : y, dataArea, alongEdge);
        double across = alongDomain ? rangeAxis.valueToJava2D(y, dataArea, rangeEdge)
                : domainAxis.valueToJava2D(x, dataArea, domainEdge);
        double bound = towardsLarger ? along.getUpperBound() : along.getLowerBound();
        double end = along.valueToJava2D(bound, dataArea, alongEdge);
        boolean horizontal = alongDomain == (orientation == PlotOrientation.VERTICAL);
        double lo = horizontal ? dataArea.getMinX() : dataArea.getMinY();
        double hi = horizontal ? dataArea.getMaxX() : dataArea.getMaxY();
        end = end > start ? Math.min(end, hi) - INSET : Math.max(end, lo) + INSET;
        start = Math.max(lo, Math.min(hi, start));
        if (Math.abs(end - start) < HEAD) {
            return;
        }
        double sign = Math.signum(end - start);
        GeneralPath head = new GeneralPath();
        if (horizontal) {
            head.moveTo(end, across);
            head.lineTo(end - sign * HEAD, across - HEAD / 2);
            head.lineTo(end - sign * HEAD, across + HEAD / 2);
        } else {
            head.moveTo(across, end);
            head.lineTo(across - HEAD / 2, end - sign * HEAD);
            head.lineTo(across + HEAD / 2, end - sign * HEAD);
        }
        head.closePath();
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        double lineEnd = end - sign * HEAD;
        g2.draw(horizontal ? new Line2D.Double(start, across, lineEnd, across) : new Line2D.Double(across, start, across, lineEnd));
        g2.fill(head);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpenEndArrow a && a.x == x && a.y == y && a.alongDomain == alongDomain
                && a.towardsLarger == towardsLarger && a.paint.equals(paint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, alongDomain, towardsLarger, paint);
    }
}
