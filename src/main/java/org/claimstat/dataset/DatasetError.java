package org.claimstat.dataset;

import java.util.Objects;

/**
 * One problem found while reading a dataset folder: where it is (file, line, column), what was
 * found there and what was expected.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives the form used in
 * {@link DatasetException#getMessage()}, such as
 * {@code claims.csv:12: column 'hedge': unknown hedge 'about'; expected one of exact, ...}.
 *
 * @param file the file name inside the dataset folder, such as {@code claims.csv}
 * @param line the line the record starts on (the header is line 1), or 0 where the problem
 *     concerns the file as a whole
 * @param column the column concerned (for {@code datapackage.json}, the property path such as
 *     {@code licenses.0.name}), or empty where
 *     the problem concerns the whole record or file
 * @param value the text found, empty where there was none
 * @param message what is wrong and what was expected
 */
public record DatasetError(String file, long line, String column, String value, String message) {

    /** Rejects nulls and a negative line. */
    public DatasetError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or positive, was " + line);
        }
    }

    /** Returns {@code file:line: column 'c': message}, leaving out the line or column where there is none. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!column.isEmpty()) {
            s.append(file.endsWith(".json") ? "property '" : "column '").append(column).append("': ");
        }
        return s.append(message).toString();
    }
}
