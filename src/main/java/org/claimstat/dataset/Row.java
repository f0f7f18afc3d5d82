package org.claimstat.dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of a dataset CSV file seen through its header: contract columns by their
 * {@link Schemas} index, the extra columns by name, and the line for error messages. The texts of
 * repeating columns are shared strings with their {@link SharedTexts#code()}s (looked up on the
 * parsing thread or, in {@link #load}, here); columns read as characters become strings only when
 * {@link #get} asks. One instance is reused for every record of a file, on the reading thread.
 */
final class Row {
    private final String file;
    private final CsvSchema schema;
    private final int[] positions;
    private final String[] extraNames;
    private final int[] extraPositions;
    private final Problems problems;
    private final SharedTexts[] shared;
    private final boolean[] sharedEarly;
    private final boolean[] kept;
    private final int[] codes;
    private String[] fields;
    private char[] chars;
    private char[] keptChars;
    private int[] spans;
    private long line;
    private long firstLine;
    private int errorsBefore;

    /**
     * @param shared per position in the file, the texts of a repeating column looked up here, on the
     *     reading thread (null for other columns)
     * @param sharedEarly per position, true for a repeating column looked up on the parsing thread
     * @param kept per position, true for a column whose characters are kept ({@link CsvSchema#kept()})
     */
    Row(String file, CsvSchema schema, int[] positions, String[] extraNames, int[] extraPositions, Problems problems,
        SharedTexts[] shared, boolean[] sharedEarly, boolean[] kept) {
        this.shared = shared;
        this.sharedEarly = sharedEarly;
        this.kept = kept;
        this.codes = new int[shared.length];
        this.file = file;
        this.schema = schema;
        this.positions = positions;
        this.extraNames = extraNames;
        this.extraPositions = extraPositions;
        this.problems = problems;
    }

    /** Shows the next record, making the texts of its repeating columns shared strings. */
    void load(CsvFields.Record next) {
        this.fields = next.fields();
        this.chars = next.chars();
        this.keptChars = next.keptChars();
        this.spans = next.spans();
        this.firstLine = next.firstLine();
        for (int p = 0; p < shared.length; p++) {
            SharedTexts texts = shared[p];
            if (texts != null) {
                fields[p] = texts.get(chars, spans[2 * p], spans[2 * p + 1]);
                codes[p] = texts.code();
            } else {
                codes[p] = sharedEarly[p] ? spans[2 * p] : -1;
            }
        }
        this.line = next.line();
        this.errorsBefore = problems.size();
    }

    String file() {
        return file;
    }

    long line() {
        return line;
    }

    /** Where the file's ids are checked, returns the line an earlier record of this record's id starts on, else 0. */
    long firstLine() {
        return firstLine;
    }

    /** Returns the position in the file of a contract column. */
    int position(int column) {
        return positions[column];
    }

    /** Returns the text of a contract column (making a string of one read as characters). */
    String get(int column) {
        int p = positions[column];
        String text = fields[p];
        if (text == null) {
            text = spans[2 * p + 1] == 0 ? "" : new String(kept[p] ? keptChars : chars, spans[2 * p], spans[2 * p + 1]);
            fields[p] = text;
        }
        return text;
    }

    /** Returns the length of the text of a contract column, without making a string of it. */
    int length(int column) {
        int p = positions[column];
        String text = fields[p];
        return text != null ? text.length() : spans[2 * p + 1];
    }

    /** Reads a column read as characters into {@code into} where it is a plain decimal; see {@link ValueCell#scanDecimal}. */
    boolean scanDecimal(int column, ValueCell into) {
        int p = positions[column];
        String text = fields[p];
        return text != null ? into.scanDecimal(text) : into.scanDecimal(chars, spans[2 * p], spans[2 * p + 1]);
    }

    /**
     * Sets the text of claim {@code i} of {@code out} to this column's text: a kept column's
     * characters are adopted where they are, others copied.
     */
    void copy(int column, TextColumn.Builder out, int i) {
        int p = positions[column];
        if (kept[p]) {
            out.adopt(i, keptChars, spans[2 * p], spans[2 * p + 1]);
        } else if (fields[p] == null) {
            out.set(i, chars, spans[2 * p], spans[2 * p + 1]);
        } else {
            out.set(i, fields[p]);
        }
    }

    /** Returns the {@link SharedTexts#code()} of a contract column's text: -1 unless the column repeats and the text was kept. */
    int code(int column) {
        return codes[positions[column]];
    }

    /** Returns the number of errors recorded so far for the whole file, to tell whether a check added one. */
    int errors() {
        return problems.size();
    }

    /**
     * Returns the text of a contract column that must not be empty, recording an error where it is; a text of white
     * space only is an error too, and gives the empty text so that no further check looks at it.
     */
    String required(int column, String expected) {
        String text = get(column);
        if (text.isEmpty()) {
            error(column, "missing value; expected " + expected);
        } else if (text.isBlank()) {
            error(column, "only white space; expected " + expected);
            return "";
        }
        return text;
    }

    /** Records an error about a contract column, quoting the value found. */
    void error(int column, String message) {
        problems.add(file, line(), schema.fields().get(column).name(), get(column), message);
    }

    /** Puts this record's errors in column order, whatever order the parser found them in. */
    void finish() {
        if (!ok()) {
            problems.orderSince(errorsBefore, schema.names());
        }
    }

    /** Returns true while no error was recorded for this record. */
    boolean ok() {
        return problems.size() == errorsBefore;
    }

    /** Returns the text of an extra column of this record, or null where the file has no such column. */
    String extra(String name) {
        for (int i = 0; i < extraNames.length; i++) {
            if (extraNames[i].equals(name)) {
                return fields[extraPositions[i]];
            }
        }
        return null;
    }

    /** Records an error about an extra column, quoting the value found. */
    void extraError(String name, String message) {
        String value = extra(name);
        problems.add(file, line(), name, value == null ? "" : value, message);
    }

    /** Returns the extra columns of this record, in file order; empty texts are kept. */
    Map<String, String> extra() {
        if (extraNames.length == 0) {
            return Map.of();
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < extraNames.length; i++) {
            extra.put(extraNames[i], fields[extraPositions[i]]);
        }
        return extra;
    }
}
