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
import org.claimstat.Value;

/** Turns the records of {@code claims.csv} into claims, recording every bad cell. */
final class ClaimParser {
    private static final Map<String, ClaimKind> KINDS = Arrays.stream(ClaimKind.values())
            .collect(Collectors.toUnmodifiableMap(ClaimKind::code, Function.identity()));
    private static final String HEDGES = String.join(", ", Arrays.stream(Hedge.values()).map(Hedge::code).toList());
    private static final String KIND_CODES = String.join(", ",
            Arrays.stream(ClaimKind.values()).map(ClaimKind::code).toList());

    private final Cells cells;
    private final Optional<Set<String>> indicators;
    private final Optional<Set<String>> sources;

    /**
     * @param indicators the indicator ids claims may name, empty where indicators.csv could not be read
     * @param sources the source ids claims may name, empty where sources.csv could not be read
     */
    ClaimParser(Cells cells, Optional<Set<String>> indicators, Optional<Set<String>> sources) {
        this.cells = cells;
        this.indicators = indicators;
        this.sources = sources;
    }

    /** Returns the claim of a record, or empty where a cell was bad (its errors recorded). */
    Optional<Claim> parse(Row row) {
        String id = row.required(C_ID, "a claim id");
        String indicator = reference(row, C_INDICATOR, indicators, "indicator", "indicators.csv");
        Optional<Period> period = period(row);
        Optional<Unit> unit = cells.unit(row, C_UNIT);
        Optional<Hedge> hedge = hedge(row);
        ClaimKind kind = kind(row);
        Optional<Value> value = cells.value(row, C_VALUE, unit);
        Optional<Value> lower = cells.value(row, C_LOWER, unit);
        Optional<Value> upper = cells.value(row, C_UPPER, unit);
        String source = reference(row, C_SOURCE, sources, "source", "sources.csv");
        if (!row.ok()) {
            return Optional.empty();
        }
        Quantity quantity;
        try {
            quantity = new Quantity(value, hedge.orElseThrow(), lower, upper, unit.orElseThrow());
        } catch (IllegalArgumentException e) {
            row.error(quantityColumn(e.getMessage(), lower, upper), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Claim(id, indicator, row.get(C_ENTITY), period.orElseThrow(), quantity, kind,
                row.get(C_CLAIMANT), source, row.get(C_QUOTE), row.extra()));
    }

    private static String reference(Row row, int column, Optional<Set<String>> known, String what, String file) {
        String id = row.required(column, "the id of a " + what + " in " + file);
        if (!id.isEmpty() && known.isPresent() && !known.get().contains(id)) {
            row.error(column, "unknown " + what + " '" + id + "'; expected an id of " + file);
        }
        return id;
    }

    private Optional<Period> period(Row row) {
        Optional<PartialDate> start = cells.date(row, C_PERIOD_START);
        Optional<PartialDate> end = cells.date(row, C_PERIOD_END);
        if (start.isEmpty() && !row.get(C_PERIOD_START).isEmpty() || end.isEmpty() && !row.get(C_PERIOD_END).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(cells.period(start, end));
        } catch (IllegalArgumentException e) {
            row.error(C_PERIOD_END, e.getMessage() + "; expected an end on or after the start");
            return Optional.empty();
        }
    }

    private static Optional<Hedge> hedge(Row row) {
        String code = row.required(C_HEDGE, "one of " + HEDGES);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Hedge.parse(code));
        } catch (IllegalArgumentException e) {
            row.error(C_HEDGE, e.getMessage());
            return Optional.empty();
        }
    }

    private static ClaimKind kind(Row row) {
        String code = row.required(C_KIND, "one of " + KIND_CODES);
        ClaimKind kind = KINDS.get(code);
        if (kind == null && !code.isEmpty()) {
            row.error(C_KIND, "unknown kind '" + code + "'; expected one of " + KIND_CODES);
        }
        return kind;
    }

    /** Names the column a quantity's complaint is about: it starts with "value", "lower" or "upper". */
    private static int quantityColumn(String message, Optional<Value> lower, Optional<Value> upper) {
        if (message.startsWith("lower")) {
            return C_LOWER;
        }
        if (message.startsWith("upper")) {
            return C_UPPER;
        }
        if (message.startsWith("a range")) {
            return lower.isEmpty() ? C_LOWER : C_UPPER;
        }
        return C_VALUE;
    }
}
