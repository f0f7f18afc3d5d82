package org.claimstat.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import org.claimstat.Claim;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYErrorRenderer;

/** Row labels, row order and the interval renderer shared by the charts with one row per claim. */
final class Rows {
    private Rows() {
    }

    /** Orders claims by period, then entity, then publication date, then id, so each entity and period's rows are together. */
    static Comparator<Claim> byPeriodEntityThenPublished(ClaimDataset dataset) {
        return Comparator.comparing(Claim::period).thenComparing(Claim::entity).thenComparing(c -> published(dataset, c))
                .thenComparing(Claim::id);
    }

    /** Orders claims by publication date (undated last), then id. */
    static Comparator<Claim> byPublished(ClaimDataset dataset) {
        return Comparator.comparing((Claim c) -> published(dataset, c)).thenComparing(Claim::id);
    }

    private static PartialDate published(ClaimDataset dataset, Claim claim) {
        return dataset.sourceOf(claim).published().orElse(new PartialDate(9999, 12, 31));
    }

    /** The widest a row label may be, in pixels of {@link Axes#TICK_FONT}, so the intervals keep most of the chart. */
    static final int LABEL_PX = 212;
    /** The font of row labels, a point smaller than other tick labels so a label holds outlet, date and claimant. */
    static final java.awt.Font ROW_FONT = Axes.TICK_FONT.deriveFont(11f);

    /**
     * Returns a compact row label: outlet and date ("The Times, 2 Jan 2023"), then the claimant where it is not the
     * outlet ("· Home Office"), cut with an ellipsis to {@link #LABEL_PX} pixels.
     */
    static String compactLabel(Source source, Claim claim) {
        String outlet = name(source);
        String date = ", " + source.published().map(Readable::date).orElse("undated");
        String head = fit(outlet, LABEL_PX - width(date)) + date;
        String claimant = claim.claimant().strip();
        String lower = outlet.toLowerCase(java.util.Locale.ROOT);
        String who = claimant.toLowerCase(java.util.Locale.ROOT);
        if (claimant.isEmpty() || lower.contains(who) || who.contains(lower)
                || LABEL_PX - width(head + " · ") < 44) {
            return head;
        }
        return head + " · " + fit(claimant, LABEL_PX - width(head + " · "));
    }

    /** Cuts {@code text} (white space collapsed) to at most {@code px} pixels of the row font, ending with an ellipsis when cut. */
    static String fit(String text, int px) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (width(flat) <= px) {
            return flat;
        }
        int end = flat.length();
        while (end > 4 && width(flat.substring(0, end) + "…") > px) {
            end--;
        }
        return flat.substring(0, end).stripTrailing() + "…";
    }

    /** Returns the width of {@code text} in pixels of the row font. */
    static int width(String text) {
        return (int) Math.ceil(ROW_FONT.getStringBounds(text, FRC).getWidth());
    }

    private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);

    /** Returns the publisher, else the title, else the id: the first that is not blank. */
    static String name(Source source) {
        return !source.publisher().isBlank() ? source.publisher() : !source.title().isBlank() ? source.title() : source.id();
    }

    /** Cuts {@code text} to {@code max} characters, ending with an ellipsis when cut; collapses white space. */
    static String cut(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int keep = Math.max(max, 8);
        return flat.length() <= keep ? flat : flat.substring(0, keep - 1) + "…";
    }

    /** Returns a y axis with one labelled row per entry, the first at the top, in alternating bands. */
    static SymbolAxis rowAxis(String[] labels) {
        SymbolAxis axis = new SymbolAxis(null, labels);
        axis.setInverted(true);
        axis.setGridBandsVisible(true);
        axis.setGridBandPaint(java.awt.Color.WHITE);
        axis.setGridBandAlternatePaint(new java.awt.Color(0xf3, 0xf6, 0xf9));
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setAutoRange(false);
        axis.setRange(-0.6, Math.max(labels.length, 1) - 0.4);
        Axes.style(axis).setTickLabelFont(ROW_FONT);
        return axis;
    }

    /** Returns a renderer drawing each item's x interval as a capped bar with a dot at its value. */
    static XYErrorRenderer intervalRenderer(boolean horizontalBars) {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(horizontalBars);
        renderer.setDrawYError(!horizontalBars);
        renderer.setCapLength(8);
        renderer.setErrorStroke(new BasicStroke(2.2f));
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultShape(new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setAutoPopulateSeriesShape(false);
        return renderer;
    }
}
