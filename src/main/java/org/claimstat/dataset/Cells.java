package org.claimstat.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimstat.PartialDate;
import org.claimstat.Unit;
import org.claimstat.Value;

/**
 * Parses the typed cells of dataset files, recording errors on the row. Units and dates repeat a
 * lot in large files, so each distinct text is parsed once and reused; decimals are checked by a
 * hand-written scan rather than a regular expression. Not thread-safe: one instance per read.
 */
final class Cells {
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, PartialDate> dates = new HashMap<>();

    /** Returns the unit of a required cell, empty (with an error recorded) where it is missing or unknown. */
    Optional<Unit> unit(Row row, int column) {
        String text = row.required(column, "a unit such as person, USD, percent, rank:83, month or date");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = units.get(text);
        if (unit == null) {
            try {
                unit = Unit.parse(text);
            } catch (IllegalArgumentException e) {
                row.error(column, e.getMessage());
                return Optional.empty();
            }
            units.put(text, unit);
        }
        return Optional.of(unit);
    }

    /** Returns the date of an optional cell, empty where the cell is empty or bad (an error recorded). */
    Optional<PartialDate> date(Row row, int column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        PartialDate date = dates.get(text);
        if (date == null) {
            try {
                date = PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                row.error(column, e.getMessage());
                return Optional.empty();
            }
            dates.put(text, date);
        }
        return Optional.of(date);
    }

    /**
     * Returns the value of an optional cell: a date where the unit is {@code date}, a decimal for
     * other units, and either where the unit itself was bad (so that cell's own errors still show).
     */
    Optional<Value> value(Row row, int column, Optional<Unit> unit) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        boolean isDate = unit.map(u -> u.kind() == Unit.Kind.DATE)
                .orElseGet(() -> !isPlainDecimal(text) && text.indexOf('-', 1) > 0);
        if (isDate) {
            return date(row, column).map(Value::of);
        }
        return decimal(row, column);
    }

    /** Returns the decimal of an optional cell, empty where the cell is empty or bad (an error recorded). */
    Optional<Value> decimal(Row row, int column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (isPlainDecimal(text)) {
            return Optional.of(Value.of(new BigDecimal(text)));
        }
        try {
            return Optional.of(Value.parse(text, false));
        } catch (IllegalArgumentException e) {
            row.error(column, e.getMessage());
            return Optional.empty();
        }
    }

    /** Returns true for {@code -?[0-9]+(\.[0-9]+)?}, the form {@link Value#parse(String, boolean)} accepts. */
    static boolean isPlainDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i) != '.' || i == s.length() - 1) {
            return false;
        }
        for (i++; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
