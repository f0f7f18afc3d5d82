package org.claimstat.dataset;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one dataset CSV file with FastCSV: checks the header against the file's contract columns,
 * checks every record's field count, and hands each well-formed record to a parser as a
 * {@link Row}. Everything wrong is recorded in {@link Problems}; reading goes on after a bad
 * record. A malformed quote or bytes that are not UTF-8 end the file, since the records after them
 * cannot be told apart reliably. Empty lines carry no data and are skipped.
 */
final class CsvInput {
    private static final Pattern PARSE_LINE = Pattern.compile("\\s*\\(record starting at line (\\d+)\\)");

    private CsvInput() {
    }

    static void read(String file, InputStream in, CsvSchema schema, Problems problems, Consumer<Row> parser) {
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        long lastLine = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(reader)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                problems.add(file, 0, "", "", "file is empty; expected a header line naming "
                        + String.join(", ", schema.names()));
                return;
            }
            CsvRecord header = records.next();
            Row row = header(file, header, schema, problems);
            if (row == null) {
                return;
            }
            int width = header.getFieldCount();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                lastLine = record.getStartingLineNumber();
                if (record.getFieldCount() != width) {
                    problems.add(file, lastLine, "", "", "record has " + record.getFieldCount() + " fields; expected "
                            + width + " as in the header");
                    continue;
                }
                row.load(record);
                parser.accept(row);
            }
        } catch (CsvParseException e) {
            malformed(file, e, problems);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            problems.add(file, lastLine + 1, "", "", "text is not valid UTF-8 (at or after this line);"
                    + " expected a UTF-8 file; the rest of the file was not read");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static void malformed(String file, CsvParseException e, Problems problems) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher m = PARSE_LINE.matcher(text);
        long line = 0;
        if (m.find()) {
            line = Long.parseLong(m.group(1));
            text = text.substring(0, m.start()) + text.substring(m.end());
        }
        problems.add(file, line, "", "", "malformed CSV: " + text + "; expected RFC 4180 quoting (a field with"
                + " a comma, quote or line break in double quotes, inner quotes doubled); the rest of the file was not read");
    }

    /** Checks the header and returns the row view for the records, or null where required columns are missing. */
    private static Row header(String file, CsvRecord header, CsvSchema schema, Problems problems) {
        List<String> names = new ArrayList<>(header.getFields());
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        Map<String, Integer> index = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                problems.add(file, 1, "", "", "header column " + (i + 1) + " has no name; expected a column name");
                ok = false;
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(file, 1, name, name, "column name appears twice in the header (columns "
                        + (index.get(name) + 1) + " and " + (i + 1) + "); expected unique names");
                ok = false;
            }
        }
        int[] positions = new int[schema.fields().size()];
        for (int c = 0; c < positions.length; c++) {
            Integer at = index.remove(schema.fields().get(c).name());
            if (at == null) {
                problems.add(file, 1, schema.fields().get(c).name(), "", "required column is missing; expected a header"
                        + " naming " + String.join(", ", schema.names()) + " (in any order, extra columns allowed)");
                ok = false;
            } else {
                positions[c] = at;
            }
        }
        int[] extraPositions = index.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        String[] extraNames = Arrays.stream(extraPositions).mapToObj(names::get).toArray(String[]::new);
        return ok ? new Row(file, schema, positions, extraNames, extraPositions, problems) : null;
    }
}
