package org.claimstat.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Unit;
import org.claimstat.Value;

/**
 * Parses the typed cells of dataset files, recording errors on the row. Units and dates repeat a
 * lot in large files, so each distinct text is parsed once and reused; decimals are checked by a
 * hand-written scan rather than a regular expression. Not thread-safe: one instance per read.
 */
final class Cells {
    private final Map<String, Optional<Unit>> units = new HashMap<>();
    private final Map<String, Optional<PartialDate>> dates = new HashMap<>();
    private final Map<Optional<PartialDate>, Map<Optional<PartialDate>, Period>> periods = new HashMap<>();

    /**
     * Returns the period of two dates, reusing one instance per pair.
     *
     * @throws IllegalArgumentException where the end is before the start
     */
    Period period(Optional<PartialDate> start, Optional<PartialDate> end) {
        Map<Optional<PartialDate>, Period> byEnd = periods.computeIfAbsent(start, k -> new HashMap<>());
        Period period = byEnd.get(end);
        if (period == null) {
            period = new Period(start, end);
            byEnd.put(end, period);
        }
        return period;
    }

    /** Returns the unit of a required cell, empty (with an error recorded) where it is missing or unknown. */
    Optional<Unit> unit(Row row, int column) {
        String text = row.required(column, "a unit such as person, USD, percent, rank:83, month or date");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> unit = units.get(text);
        if (unit == null) {
            try {
                unit = Optional.of(Unit.parse(text));
            } catch (IllegalArgumentException e) {
                row.error(column, e.getMessage());
                return Optional.empty();
            }
            units.put(text, unit);
        }
        return unit;
    }

    /** The optional column of claims.csv and sources.csv naming the edition or vintage of a figure. */
    static final String EDITION = "edition";

    /** Checks the optional {@value #EDITION} column of a record: empty, or a date YYYY, YYYY-MM or YYYY-MM-DD. */
    void edition(Row row) {
        String text = row.extra(EDITION);
        if (text == null || text.isEmpty()) {
            return;
        }
        Optional<PartialDate> date = dates.get(text);
        if (date != null) {
            return;
        }
        try {
            dates.put(text, Optional.of(PartialDate.parse(text)));
        } catch (IllegalArgumentException e) {
            row.extraError(EDITION, "bad edition '" + text + "'; expected the edition's date, YYYY, YYYY-MM or"
                    + " YYYY-MM-DD (the year an index edition is named for, or a release date), or empty");
        }
    }

    /** Returns the date of an optional cell, empty where the cell is empty or bad (an error recorded). */
    Optional<PartialDate> date(Row row, int column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> date = dates.get(text);
        if (date == null) {
            try {
                date = Optional.of(PartialDate.parse(text));
            } catch (IllegalArgumentException e) {
                row.error(column, e.getMessage());
                return Optional.empty();
            }
            dates.put(text, date);
        }
        return date;
    }

    /**
     * Reads the value of an optional cell into {@code into}: a date where the unit is {@code date},
     * a decimal for other units, and either where the unit itself was bad (so that cell's own
     * errors still show). Leaves it empty where the cell is empty or bad (an error recorded).
     */
    void value(Row row, int column, Optional<Unit> unit, ValueCell into) {
        into.clear();
        if (row.length(column) == 0) {
            return;
        }
        if (unit.isPresent() && unit.get().kind() != Unit.Kind.DATE && row.scanDecimal(column, into)) {
            return;
        }
        String text = row.get(column);
        boolean isDate = unit.isPresent() ? unit.get().kind() == Unit.Kind.DATE
                : !isPlainDecimal(text) && text.indexOf('-', 1) > 0;
        if (isDate) {
            date(row, column).ifPresent(into::setDate);
            return;
        }
        if (into.scanDecimal(text)) {
            return;
        }
        try {
            into.setOther(Value.parse(text, false));
        } catch (IllegalArgumentException e) {
            row.error(column, e.getMessage());
        }
    }

    /** Returns the decimal of an optional cell, empty where the cell is empty or bad (an error recorded). */
    Optional<Value> decimal(Row row, int column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal plain = plainDecimal(text);
        if (plain != null) {
            return Optional.of(Value.of(plain));
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
        return plainDecimal(s) != null;
    }

    /**
     * Returns the number of a text of the form {@code -?[0-9]+(\.[0-9]+)?} (as
     * {@code new BigDecimal(text)} would, scale and sign of zero included), or null for any other
     * text; reads the digits once instead of checking the form and then parsing it.
     */
    static BigDecimal plainDecimal(String s) {
        ValueCell cell = new ValueCell();
        return cell.scanDecimal(s) ? ((Value.Decimal) ValueCell.decode(cell.tag, cell.bits, cell.other)).number() : null;
    }
}
