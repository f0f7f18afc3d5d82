package org.claimstat.dataset;

import static org.claimstat.dataset.Schemas.C_CLAIMANT;
import static org.claimstat.dataset.Schemas.C_ENTITY;
import static org.claimstat.dataset.Schemas.C_HEDGE;
import static org.claimstat.dataset.Schemas.C_ID;
import static org.claimstat.dataset.Schemas.C_INDICATOR;
import static org.claimstat.dataset.Schemas.C_KIND;
import static org.claimstat.dataset.Schemas.C_LOWER;
import static org.claimstat.dataset.Schemas.C_PERIOD_END;
import static org.claimstat.dataset.Schemas.C_PERIOD_START;
import static org.claimstat.dataset.Schemas.C_QUOTE;
import static org.claimstat.dataset.Schemas.C_SOURCE;
import static org.claimstat.dataset.Schemas.C_UNIT;
import static org.claimstat.dataset.Schemas.C_UPPER;
import static org.claimstat.dataset.Schemas.C_VALUE;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Unit;

/** Checks the records of {@code claims.csv} and collects their claims, recording every bad cell. */
final class ClaimParser {
    private static final Map<String, ClaimKind> KINDS = Arrays.stream(ClaimKind.values())
            .collect(Collectors.toUnmodifiableMap(ClaimKind::code, Function.identity()));
    private static final String HEDGES = String.join(", ", Arrays.stream(Hedge.values()).map(Hedge::code).toList());
    private static final String KIND_CODES = String.join(", ",
            Arrays.stream(ClaimKind.values()).map(ClaimKind::code).toList());
    private static final String HEDGE_EXPECTED = "one of " + HEDGES;
    private static final String KIND_EXPECTED = "one of " + KIND_CODES;
    private static final Reference INDICATOR = new Reference("indicator", "indicators.csv");
    private static final Reference SOURCE = new Reference("source", "sources.csv");

    /** What a reference column names, with the message texts built once rather than per record. */
    private record Reference(String what, String file, String expected) {
        Reference(String what, String file) {
            this(what, file, "the id of a " + what + " in " + file);
        }
    }

    private final Cells cells;
    private final Optional<Set<String>> indicators;
    private final Optional<Set<String>> sources;
    private final ValueCell value = new ValueCell();
    private final ValueCell lower = new ValueCell();
    private final ValueCell upper = new ValueCell();

    /**
     * @param indicators the indicator ids claims may name, empty where indicators.csv could not be read
     * @param sources the source ids claims may name, empty where sources.csv could not be read
     */
    ClaimParser(Cells cells, Optional<Set<String>> indicators, Optional<Set<String>> sources) {
        this.cells = cells;
        this.indicators = indicators;
        this.sources = sources;
    }

    /**
     * Checks a record and adds its claim to {@code out}, or records every bad cell and adds nothing.
     * The checks are those of the {@link Quantity} and {@link Claim} constructors; a quantity with
     * explicit bounds is built to check it, a plain one (a value of its unit's sort, no bounds)
     * passes them by construction and is built only when the claim is read.
     *
     * @throws IllegalArgumentException where the claim constructor rejects a blank id or reference,
     *     as it would building the claim
     */
    void parse(Row row, ClaimColumns.Builder out) {
        String id = row.required(C_ID, "a claim id");
        String indicator = reference(row, C_INDICATOR, indicators, INDICATOR);
        Period period = period(row);
        Optional<Unit> unit = cells.unit(row, C_UNIT);
        Hedge h = hedge(row);
        ClaimKind kind = kind(row);
        cells.value(row, C_VALUE, unit, value);
        cells.value(row, C_LOWER, unit, lower);
        cells.value(row, C_UPPER, unit, upper);
        String source = reference(row, C_SOURCE, sources, SOURCE);
        if (!row.ok()) {
            return;
        }
        Unit u = unit.orElseThrow();
        if (!isPlain(h, u)) {
            try {
                quantity(h, u);
            } catch (IllegalArgumentException e) {
                row.error(quantityColumn(e.getMessage(), lower.isEmpty()), e.getMessage());
                return;
            }
        }
        if (id.isBlank() || indicator.isBlank() || source.isBlank()) {
            new Claim(id, indicator, row.get(C_ENTITY), period, quantity(h, u), kind,
                    row.get(C_CLAIMANT), source, row.get(C_QUOTE), row.extra());
        }
        out.add(row, id, indicator, period, u, h, kind, value, lower, upper, source);
    }

    /** True for a quantity the constructor accepts whatever its numbers: a value of the unit's sort and no bounds. */
    private boolean isPlain(Hedge hedge, Unit unit) {
        return hedge != Hedge.RANGE && !value.isEmpty() && lower.isEmpty() && upper.isEmpty()
                && value.isDate() == (unit.kind() == Unit.Kind.DATE);
    }

    private Quantity quantity(Hedge hedge, Unit unit) {
        return new Quantity(value.toValue(), hedge, lower.toValue(), upper.toValue(), unit);
    }

    private static String reference(Row row, int column, Optional<Set<String>> known, Reference reference) {
        String id = row.required(column, reference.expected());
        if (!id.isEmpty() && known.isPresent() && !known.get().contains(id)) {
            row.error(column, "unknown " + reference.what() + " '" + id + "'; expected an id of " + reference.file());
        }
        return id;
    }

    /** Returns the period of a record, or null where a date is bad (its error recorded). */
    private Period period(Row row) {
        Optional<PartialDate> start = cells.date(row, C_PERIOD_START);
        Optional<PartialDate> end = cells.date(row, C_PERIOD_END);
        if (start.isEmpty() && !row.get(C_PERIOD_START).isEmpty() || end.isEmpty() && !row.get(C_PERIOD_END).isEmpty()) {
            return null;
        }
        try {
            return cells.period(start, end);
        } catch (IllegalArgumentException e) {
            row.error(C_PERIOD_END, e.getMessage() + "; expected an end on or after the start");
            return null;
        }
    }

    /** Returns the hedge of a record, or null where it is missing or unknown (an error recorded). */
    private static Hedge hedge(Row row) {
        String code = row.required(C_HEDGE, HEDGE_EXPECTED);
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Hedge.parse(code);
        } catch (IllegalArgumentException e) {
            row.error(C_HEDGE, e.getMessage());
            return null;
        }
    }

    private static ClaimKind kind(Row row) {
        String code = row.required(C_KIND, KIND_EXPECTED);
        ClaimKind kind = KINDS.get(code);
        if (kind == null && !code.isEmpty()) {
            row.error(C_KIND, "unknown kind '" + code + "'; expected one of " + KIND_CODES);
        }
        return kind;
    }

    /** Names the column a quantity's complaint is about: it starts with "value", "lower" or "upper". */
    private static int quantityColumn(String message, boolean lowerEmpty) {
        if (message.startsWith("lower")) {
            return C_LOWER;
        }
        if (message.startsWith("upper")) {
            return C_UPPER;
        }
        if (message.startsWith("a range")) {
            return lowerEmpty ? C_LOWER : C_UPPER;
        }
        return C_VALUE;
    }
}
