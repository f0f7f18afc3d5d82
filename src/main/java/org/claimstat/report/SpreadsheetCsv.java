package org.claimstat.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes tables meant for spreadsheets (claims, comparisons, findings) as CSV in which no cell
 * runs as a formula: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe, unless it is a plain number such as {@code -12.5}.
 * Dataset files are not written this way: they stay lossless.
 *
 * <p>Stateless and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.ReportSnippets region=spreadsheetCsv}
 */
public final class SpreadsheetCsv {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?+[0-9]++(?:\\.[0-9]++)?+");

    private SpreadsheetCsv() {
    }

    /** Returns the cell with an apostrophe in front where a spreadsheet would read it as a formula. */
    public static String neutralise(String cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + cell : cell;
    }

    /**
     * Returns the table as CSV text: a header row, then the rows, every cell neutralised.
     *
     * @throws IllegalArgumentException if a row's length differs from the header's
     */
    public static String toString(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try {
            write(out, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the table as UTF-8 CSV to {@code file} and returns the path.
     *
     * @param file the file to write
     * @param header the column names
     * @param rows the rows, each as many cells as the header
     * @return {@code file}
     * @throws IOException if the file cannot be written
     */
    public static Path write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, header, rows);
        }
        return file;
    }

    private static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        Objects.requireNonNull(header, "header");
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
        csv.writeRecord(header.stream().map(SpreadsheetCsv::neutralise).toList());
        int line = 1;
        for (List<String> row : rows) {
            line++;
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + line + " has " + row.size() + " cells, expected "
                        + header.size() + " like the header");
            }
            csv.writeRecord(row.stream().map(SpreadsheetCsv::neutralise).toList());
        }
        csv.flush();
    }
}
