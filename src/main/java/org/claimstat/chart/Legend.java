package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/** Legend entries drawn the way the chart draws them (dots, bars, dashed arrows, bands), set as the plot's fixed legend. */
final class Legend {
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    private static final Shape NONE = new Rectangle2D.Double(0, 0, 0, 0);
    private static final Shape LINE = new Line2D.Double(-12, 0, 12, 0);

    private final LegendItemCollection items = new LegendItemCollection();

    Legend dot(String label, Paint paint, Shape shape) {
        items.add(new LegendItem(label, null, null, null, true, shape, true, paint, false, paint, new BasicStroke(1f),
                false, LINE, new BasicStroke(1f), paint));
        return this;
    }

    Legend dot(String label, Paint paint) {
        return dot(label, paint, new Ellipse2D.Double(-5, -5, 10, 10));
    }

    Legend bar(String label, Paint paint) {
        return line(label, paint, new BasicStroke(2.2f));
    }

    Legend dashed(String label, Paint paint) {
        return line(label, paint, DASHED);
    }

    Legend area(String label, Paint paint) {
        items.add(new LegendItem(label, null, null, null, true, new Rectangle2D.Double(-8, -6, 16, 12), true, paint,
                true, Color.GRAY, new BasicStroke(0.5f), false, LINE, new BasicStroke(1f), paint));
        return this;
    }

    /** An open ring, as drawn around a claim a finding names. */
    Legend ring(String label, Paint paint) {
        items.add(new LegendItem(label, null, null, null, true, new Ellipse2D.Double(-7, -7, 14, 14), false, paint,
                true, paint, new BasicStroke(2f), false, LINE, new BasicStroke(1f), paint));
        return this;
    }

    private Legend line(String label, Paint paint, Stroke stroke) {
        items.add(new LegendItem(label, null, null, null, false, NONE, false, paint, false, paint, stroke,
                true, LINE, stroke, paint));
        return this;
    }

    LegendItemCollection items() {
        return items;
    }
}
