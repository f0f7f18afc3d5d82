package org.claimstat.report;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.claimstat.chart.ChartExport;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/**
 * Renders claimstat's results for notebooks and other HTML or Markdown hosts, so a cell stays one
 * line: tables as escaped HTML or Markdown, charts as a {@link BufferedImage} or inline SVG. It
 * depends on no notebook kernel: each kernel's own {@code display} shows what these return.
 *
 * <p>Stateless and thread-safe. Every string from data is escaped.
 *
 * {@snippet class=org.claimstat.snippets.ReportSnippets region=notebook}
 */
public final class Notebook {
    /** The size charts are drawn at when none is given: 900 by 500 pixels. */
    public static final int WIDTH = 900;
    /** The height charts are drawn at when none is given. */
    public static final int HEIGHT = 500;
    private static final int MAX_ROWS = 200;

    private Notebook() {
    }

    /**
     * Returns the table as an HTML {@code <table>} with a caption of its name and shape, showing at
     * most 200 rows (the caption says how many were left out).
     */
    public static String html(Table table) {
        Objects.requireNonNull(table, "table");
        StringBuilder out = new StringBuilder("<table class=\"claimstat\">\n<caption>")
                .append(Html.escape(table.name())).append(" (").append(table.rowCount()).append(" rows")
                .append(table.rowCount() > MAX_ROWS ? ", first " + MAX_ROWS + " shown" : "")
                .append(")</caption>\n<thead><tr>");
        for (String name : table.columnNames()) {
            out.append("<th>").append(Html.escape(name)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int row = 0; row < Math.min(table.rowCount(), MAX_ROWS); row++) {
            out.append("<tr>");
            for (int col = 0; col < table.columnCount(); col++) {
                out.append("<td>").append(Html.escape(table.getString(row, col))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /** Returns the table as a Markdown pipe table (every cell escaped, at most 200 rows). */
    public static String markdown(Table table) {
        Objects.requireNonNull(table, "table");
        StringBuilder out = new StringBuilder("|");
        for (String name : table.columnNames()) {
            out.append(' ').append(MarkdownReport.escape(name)).append(" |");
        }
        out.append("\n|").append(" --- |".repeat(table.columnCount())).append('\n');
        for (int row = 0; row < Math.min(table.rowCount(), MAX_ROWS); row++) {
            out.append('|');
            for (int col = 0; col < table.columnCount(); col++) {
                out.append(' ').append(MarkdownReport.escape(table.getString(row, col))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Returns the chart drawn at 900 by 500 pixels, for a kernel's image display. */
    public static BufferedImage image(JFreeChart chart) {
        return ChartExport.image(chart, WIDTH, HEIGHT);
    }

    /** Returns the chart as an inline {@code <svg>} element of 900 by 500, for an HTML display. */
    public static String svg(JFreeChart chart) {
        return ChartExport.svgElement(chart, WIDTH, HEIGHT, "nb" + Integer.toHexString(System.identityHashCode(chart)));
    }
}
