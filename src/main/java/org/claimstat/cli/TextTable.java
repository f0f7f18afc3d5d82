package org.claimstat.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a terminal: columns as wide as their widest cell, then the widest
 * shrunk in turn (never below their minimum) until a line fits {@link #WIDTH} columns, cells cut
 * with {@code …}. Every cell goes through {@link ClaimText#clean}, so data cannot move the cursor.
 */
final class TextTable {
    /** The widest a line may be. */
    static final int WIDTH = 120;
    private static final int GAP = 2;
    private static final String INDENT = "    ";

    /** A column: its heading, the narrowest it may be cut to, and whether its cells align right (numbers). */
    record Column(String heading, int min, boolean right) {
        static Column left(String heading, int min) {
            return new Column(heading, min, false);
        }

        static Column right(String heading, int min) {
            return new Column(heading, min, true);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    TextTable add(List<String> cells) {
        return add(cells, "");
    }

    /** Adds a row with a second, indented line under it (who said it, where, the quote), cut to fit. */
    TextTable add(List<String> cells, String detail) {
        rows.add(cells.stream().map(c -> ClaimText.clean(c, 0)).toList());
        details.add(detail);
        return this;
    }

    /** Returns the table: a heading line, then one line per row, each at most {@link #WIDTH} columns. */
    String render() {
        int n = columns.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = ClaimText.width(columns.get(i).heading());
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], ClaimText.width(row.get(i)));
            }
        }
        while (total(widths) > WIDTH) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (widths[i] > columns.get(i).min() && (widest < 0 || widths[i] - columns.get(i).min()
                        > widths[widest] - columns.get(widest).min())) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
        }
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(Column::heading).toList(), widths);
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths);
            if (!details.get(r).isEmpty()) {
                out.append(INDENT).append(ClaimText.clean(details.get(r), WIDTH - INDENT.length())).append('\n');
            }
        }
        return out.toString();
    }

    private static int total(int[] widths) {
        int sum = GAP * (widths.length - 1);
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = ClaimText.clean(cells.get(i), widths[i]);
            String pad = " ".repeat(Math.max(0, widths[i] - ClaimText.width(cell)));
            line.append(columns.get(i).right() ? pad + cell : cell + (i < widths.length - 1 ? pad : ""));
            if (i < widths.length - 1) {
                line.append(" ".repeat(GAP));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
