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
    static final int MAX_LABEL = 48;

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

    /** Returns "publisher (date)" (the title where no publisher is named) with "via WIRE" for a syndicated copy, cut to {@link #MAX_LABEL} characters. */
    static String sourceLabel(Source source) {
        String date = source.published().map(d -> " (" + d + ")").orElse(" (undated)");
        String via = source.derivedFrom().map(w -> " via " + w).orElse("");
        return cut(name(source), MAX_LABEL - date.length() - via.length()) + via + date;
    }

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
        return Axes.style(axis);
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
