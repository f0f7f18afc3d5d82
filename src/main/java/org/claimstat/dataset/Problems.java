package org.claimstat.dataset;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors found while reading one dataset, so all of them are reported together. */
final class Problems {
    private final List<DatasetError> errors = new ArrayList<>();

    void add(String file, long line, String column, String value, String message) {
        errors.add(new DatasetError(file, line, column, value, message));
    }

    int size() {
        return errors.size();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<DatasetError> errors() {
        return errors;
    }
}
