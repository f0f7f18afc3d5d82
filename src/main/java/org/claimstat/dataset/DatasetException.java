package org.claimstat.dataset;

import java.util.List;

/**
 * Thrown when a dataset folder holds bad data: it carries every problem found in every file, not
 * only the first. Each {@link DatasetError} names the file, line, column, the value found and what
 * was expected.
 *
 * <p>The message starts with a summary line, then lists the errors one per line (at most
 * {@value #LISTED} of them; {@link #getErrors()} always has all):
 * <pre>
 * 2 errors in dataset datasets/russia-ai:
 * claims.csv:12: column 'hedge': unknown hedge 'about'; expected one of exact, approximately, ...
 * claims.csv:14: column 'source': unknown source 's9'; expected an id of sources.csv
 * </pre>
 */
public final class DatasetException extends RuntimeException {

    /** How many errors the message lists at most. */
    public static final int LISTED = 200;

    private final transient List<DatasetError> errors;

    /**
     * Returns an exception for the errors found in the dataset at {@code where}.
     *
     * @param where the folder or bundled name, for the message
     * @param errors the errors, at least one
     */
    public DatasetException(String where, List<DatasetError> errors) {
        super(message(where, errors));
        this.errors = List.copyOf(errors);
    }

    private static String message(String where, List<DatasetError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException needs at least one error");
        }
        StringBuilder s = new StringBuilder();
        s.append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(" in dataset ").append(where)
                .append(':');
        errors.stream().limit(LISTED).forEach(e -> s.append('\n').append(e));
        if (errors.size() > LISTED) {
            s.append("\n... and ").append(errors.size() - LISTED).append(" more");
        }
        return s.toString();
    }

    /** Returns every error found, in the order of files and lines. */
    public List<DatasetError> getErrors() {
        return errors;
    }
}
