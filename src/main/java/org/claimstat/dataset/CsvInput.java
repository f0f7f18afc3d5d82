package org.claimstat.dataset;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
 * record. A malformed quote ends the file, since the records after it cannot be told apart
 * reliably; bytes that are not UTF-8 throw {@link NotUtf8} for the caller to locate. Empty lines
 * carry no data and are skipped (line numbers stay true to the file).
 */
final class CsvInput {
    /** The longest field FastCSV reads (its buffer of 16 Mi chars); docs/dataset-format.md states it. */
    static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
    private static final Pattern PARSE_LINE = Pattern.compile("\\s*\\(record starting at line (\\d+)\\)");
    /** FastCSV's message for a record of more fields than it reads (16,384). */
    private static final Pattern TOO_MANY_FIELDS =
            Pattern.compile("Record starting at line (\\d+) has surpassed the maximum limit of (\\d+) fields");

    private CsvInput() {
    }

    static void read(String file, InputStream in, CsvSchema schema, Problems problems, Consumer<Row> parser) {
        read(file, in, schema, problems, new IdLines(), parser, RecordPipe.BATCH);
    }

    /** Reads as {@link #read(String, InputStream, CsvSchema, Problems, Consumer)}, handing records over in batches of {@code batchSize}. */
    static void read(String file, InputStream in, CsvSchema schema, Problems problems, Consumer<Row> parser,
                     int batchSize) {
        read(file, in, schema, problems, new IdLines(), parser, batchSize);
    }

    /**
     * Reads as {@link #read(String, InputStream, CsvSchema, Problems, Consumer)}; where the schema
     * has a primary key, the parsing thread puts the id of every record with the header's number of
     * fields into {@code ids} and each {@link Row#firstLine()} tells whether its id came before.
     */
    static void read(String file, InputStream in, CsvSchema schema, Problems problems, IdLines ids,
                     Consumer<Row> parser, int batchSize) {
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        long lastLine = 0;
        CsvFields handler = new CsvFields();
        try (CsvReader<CsvFields.Record> csv = CsvReader.builder().allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(handler, reader)) {
            Iterator<CsvFields.Record> records = csv.iterator();
            if (!records.hasNext()) {
                problems.add(file, 0, "", "", "file is empty; expected a header line naming "
                        + String.join(", ", schema.names()));
                return;
            }
            CsvFields.Record header = records.next();
            Row row = header(file, header, schema, problems, handler);
            if (row == null) {
                return;
            }
            int width = header.fields().length;
            if (!schema.primaryKey().isEmpty()) {
                handler.checkIds(row.position(0), width, ids);
            }
            try (RecordPipe pipe = RecordPipe.start(records, batchSize)) {
                for (List<CsvFields.Record> batch = pipe.next(); !batch.isEmpty(); batch = pipe.next()) {
                    for (CsvFields.Record record : batch) {
                        lastLine = record.line();
                        if (record.fields().length != width) {
                            problems.add(file, lastLine, "", "", "record has " + record.fields().length
                                    + " fields; expected " + width + " as in the header");
                            continue;
                        }
                        row.load(record);
                        parser.accept(row);
                    }
                }
            }
        } catch (CsvParseException e) {
            malformed(file, e, problems);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            throw new NotUtf8(lastLine);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Signals bytes that are not UTF-8; the caller finds their line, which FastCSV's read-ahead hides. */
    static final class NotUtf8 extends RuntimeException {
        NotUtf8(long lastLine) {
            super("not UTF-8 after line " + lastLine, null, false, false);
        }
    }

    /** Returns the line (1-based) holding the first byte that is not part of valid UTF-8. */
    static long firstBadUtf8Line(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                break;
            }
            if (result.isUnderflow()) {
                return 0;
            }
            out.clear();
        }
        long line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void malformed(String file, CsvParseException e, Problems problems) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher m = PARSE_LINE.matcher(text);
        long line = 0;
        if (m.find()) {
            line = Long.parseLong(m.group(1));
            text = text.substring(0, m.start()) + text.substring(m.end());
        }
        Matcher fields = TOO_MANY_FIELDS.matcher(text);
        if (fields.find()) {
            problems.add(file, line > 0 ? line : Long.parseLong(fields.group(1)), "", "", "a record of more than "
                    + fields.group(2) + " fields, the most the CSV parser reads; expected at most " + fields.group(2)
                    + " columns; the rest of the file was not read");
            return;
        }
        if (text.contains("maximum buffer size")) {
            problems.add(file, line, "", "", "a field longer than " + MAX_FIELD_CHARS / (1024 * 1024) + " Mi chars (or a"
                    + " quote opened and never closed, which makes the rest of the file one field); expected fields of at"
                    + " most " + MAX_FIELD_CHARS + " chars; the rest of the file was not read");
            return;
        }
        problems.add(file, line, "", "", "malformed CSV: " + text + "; expected RFC 4180 quoting (a field with"
                + " a comma, quote or line break in double quotes, inner quotes doubled); the rest of the file was not read");
    }

    /**
     * Checks the header and returns the row view for the records, or null where required columns
     * are missing; tells the handler which columns repeat, every other one (in contract order)
     * looked up on the parsing thread and the rest by the row on the reading thread, and which are
     * read as characters.
     */
    private static Row header(String file, CsvFields.Record header, CsvSchema schema, Problems problems,
                              CsvFields handler) {
        List<String> names = new ArrayList<>(Arrays.asList(header.fields()));
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
        SharedTexts[] shared = new SharedTexts[names.size()];
        boolean[] sharedEarly = new boolean[names.size()];
        boolean[] kept = new boolean[names.size()];
        int repeating = 0;
        for (int c = 0; c < positions.length; c++) {
            Integer at = index.remove(schema.fields().get(c).name());
            if (at == null) {
                problems.add(file, 1, schema.fields().get(c).name(), "", "required column is missing from the header"
                        + " (columns may come in any order; extra columns are allowed)");
                ok = false;
            } else {
                positions[c] = at;
                if (schema.repeating().contains(schema.fields().get(c).name())) {
                    if (repeating++ % 2 == 0) {
                        handler.share(at);
                        sharedEarly[at] = true;
                    } else {
                        handler.shareLater(at);
                        shared[at] = new SharedTexts();
                    }
                } else if (schema.characters().contains(schema.fields().get(c).name())) {
                    handler.shareLater(at);
                } else if (schema.kept().contains(schema.fields().get(c).name())) {
                    handler.keep(at);
                    kept[at] = true;
                }
            }
        }
        int[] extraPositions = index.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        String[] extraNames = Arrays.stream(extraPositions).mapToObj(names::get).toArray(String[]::new);
        return ok ? new Row(file, schema, positions, extraNames, extraPositions, problems, shared, sharedEarly, kept) : null;
    }
}
