package org.claimstat.draft;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends rows to a CSV file of a dataset without touching a byte of what it holds: the new rows follow the old
 * file's header order and line ends; a column the old header lacks is left out of them (and reported), a column
 * they lack is empty.
 */
final class CsvAppend {
    private CsvAppend() {
    }

    /** The new content of a file, and the columns of the added rows its header has no place for. */
    record Appended(byte[] content, Set<String> droppedColumns) {
    }

    /**
     * Returns {@code existing}'s bytes followed by the records of {@code rendered} (a CSV file with a header, as the
     * dataset writer wrote it) whose {@code id} column is in {@code ids}, or all of them where {@code ids} is null.
     */
    static Appended append(Path existing, Path rendered, Set<String> ids, String idColumn) throws IOException {
        byte[] old = Files.readAllBytes(existing);
        List<String> header = header(old);
        String text = new String(old, StandardCharsets.UTF_8);
        boolean crlf = text.contains("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(old.length + 4096);
        out.write(old);
        if (old.length > 0 && old[old.length - 1] != '\n') {
            out.write(crlf ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
        }
        Set<String> dropped = new LinkedHashSet<>();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(rendered);
             CsvWriter csv = CsvWriter.builder().quoteStrategy(QuoteStrategies.REQUIRED)
                     .lineDelimiter(crlf ? LineDelimiter.CRLF : LineDelimiter.LF).build(writer)) {
            for (NamedCsvRecord record : reader) {
                Map<String, String> fields = record.getFieldsAsMap();
                if (ids != null && !ids.contains(fields.get(idColumn))) {
                    continue;
                }
                List<String> row = new ArrayList<>(header.size());
                for (String column : header) {
                    row.add(fields.getOrDefault(column, ""));
                }
                fields.forEach((column, value) -> {
                    if (!header.contains(column) && !value.isEmpty()) {
                        dropped.add(column);
                    }
                });
                csv.writeRecord(row);
            }
        }
        return new Appended(out.toByteArray(), dropped);
    }

    /** Returns the column names of a CSV file's first record, a byte order mark left out. */
    static List<String> header(byte[] file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(
                new String(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""))) {
            for (CsvRecord record : reader) {
                return record.getFields();
            }
        }
        return List.of();
    }
}
