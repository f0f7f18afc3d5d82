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

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Quantity;
import org.claimstat.Unit;

/**
 * Checks the records of {@code claims.csv} and collects their claims column by column
 * ({@link ClaimColumns}), recording every bad cell. The repeating columns go through a
 * {@link Dictionary} each: a distinct text is checked by {@link ClaimChecks} or {@link Cells} the
 * first time it is seen, and a text that passed is not checked again (one that failed is, so every
 * bad record gets its own error). Not thread-safe: one per read.
 */
final class ClaimParser {
    private final Cells cells;
    private final Optional<Set<String>> indicators;
    private final Map<String, Unit> indicatorUnits;
    /** Per pair of indicator and unit codes, whether the unit compares with the indicator's; checked once a pair. */
    private final Map<Long, Boolean> comparable = new HashMap<>();
    private final Optional<Set<String>> sources;
    private final ValueCell value = new ValueCell();
    private final ValueCell lower = new ValueCell();
    private final ValueCell upper = new ValueCell();
    private final Dictionary<Boolean> indicatorTexts = new Dictionary<>();
    private final Dictionary<Void> entityTexts = new Dictionary<>();
    private final Dictionary<Optional<PartialDate>> startTexts = new Dictionary<>();
    private final Dictionary<Optional<PartialDate>> endTexts = new Dictionary<>();
    private final Dictionary<Optional<Unit>> unitTexts = new Dictionary<>();
    private final Dictionary<Hedge> hedgeTexts = new Dictionary<>();
    private final Dictionary<ClaimKind> kindTexts = new Dictionary<>();
    /** Checks a row's unit cell; held once, as a lambda written at the call would be made anew for every row. */
    private final Function<Row, Optional<Unit>> unitCheck;
    private final Dictionary<Void> claimantTexts = new Dictionary<>();
    private final Dictionary<Boolean> sourceTexts = new Dictionary<>();
    private final PeriodCodes periods = new PeriodCodes();
    private final ClaimColumns.Builder claims = new ClaimColumns.Builder();

    /**
     * @param indicators the indicator ids claims may name, empty where indicators.csv could not be read
     * @param indicatorUnits the unit of each indicator read without error
     * @param sources the source ids claims may name, empty where sources.csv could not be read
     */
    ClaimParser(Cells cells, Optional<Set<String>> indicators, Map<String, Unit> indicatorUnits,
                Optional<Set<String>> sources) {
        this.cells = cells;
        this.indicatorUnits = indicatorUnits;
        this.unitCheck = row -> cells.unit(row, C_UNIT);
        this.indicators = indicators;
        this.sources = sources;
    }

    /**
     * Checks a record and keeps its claim, or records every bad cell and keeps nothing. The checks
     * are those of the {@link Quantity} and {@link Claim} constructors; a quantity with explicit
     * bounds is built to check it, a plain one (a value of its unit's sort, no bounds) passes them
     * by construction and is built only when the claim is read.
     * A blank id or reference is an error of its cell, as every other bad cell.
     */
    void parse(Row row) {
        String id = row.required(C_ID, "a claim id");
        int indicator = reference(row, C_INDICATOR, indicators, ClaimChecks.INDICATOR, indicatorTexts);
        int period = period(row);
        int unitCode = unitTexts.code(row.get(C_UNIT), row.code(C_UNIT));
        Optional<Unit> unit = checkedOnce(row, unitCode, unitTexts, unitCheck);
        Hedge hedge = checkedOnce(row, hedgeTexts.code(row.get(C_HEDGE), row.code(C_HEDGE)), hedgeTexts,
                ClaimChecks::hedge);
        ClaimKind kind = checkedOnce(row, kindTexts.code(row.get(C_KIND), row.code(C_KIND)), kindTexts,
                ClaimChecks::kind);
        cells.value(row, C_VALUE, unit, value);
        cells.value(row, C_LOWER, unit, lower);
        cells.value(row, C_UPPER, unit, upper);
        int source = reference(row, C_SOURCE, sources, ClaimChecks.SOURCE, sourceTexts);
        cells.edition(row);
        if (!row.ok()) {
            return;
        }
        Unit u = unit.orElseThrow();
        if (!isPlain(hedge, u)) {
            try {
                quantity(hedge, u);
            } catch (IllegalArgumentException e) {
                row.error(ClaimChecks.quantityColumn(e.getMessage(), lower.isEmpty()), e.getMessage());
                return;
            }
        }
        if (!comparable(row, indicator, unitCode, u)) {
            return;
        }
        claims.add(row, indicator, entityTexts.code(row.get(C_ENTITY), row.code(C_ENTITY)), period, unitCode,
                hedge, kind, value, lower, upper, claimantTexts.code(row.get(C_CLAIMANT), row.code(C_CLAIMANT)),
                source);
    }

    /**
     * Returns the claims kept, as an immutable list, once the whole file was read without an error:
     * then {@code ids} (the file's ids in the order first seen) holds exactly one new id per claim,
     * and the claims take their ids from it rather than from a copy.
     *
     * @throws IllegalStateException where the ids are not one per claim (the file had errors)
     */
    ClaimColumns claims(IdLines ids) {
        if (ids.size() != claims.size()) {
            throw new IllegalStateException("claims.csv holds " + ids.size() + " distinct ids for " + claims.size()
                    + " claims; expected one per claim once every record passed");
        }
        Object[] checkedUnits = unitTexts.results();
        Unit[] units = new Unit[checkedUnits.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = checkedUnits[i] == null ? null : ((Optional<?>) checkedUnits[i]).map(Unit.class::cast).orElse(null);
        }
        return claims.build(ids.texts(), indicatorTexts.texts(), entityTexts.texts(), periods.periods(), units,
                claimantTexts.texts(), sourceTexts.texts());
    }

    /**
     * Checks that the claim's unit can be compared with its indicator's (see {@link Unit#isComparableTo}), recording
     * an error on the unit cell where it cannot; once per pair of texts.
     */
    private boolean comparable(Row row, int indicator, int unitCode, Unit unit) {
        Long pair = ((long) indicator << 32) | (unitCode & 0xffffffffL);
        Boolean ok = comparable.get(pair);
        if (ok == null) {
            Unit target = indicatorUnits.get(row.get(C_INDICATOR));
            ok = target == null || unit.isComparableTo(target);
            comparable.put(pair, ok);
        }
        if (!ok) {
            Unit target = indicatorUnits.get(row.get(C_INDICATOR));
            row.error(C_UNIT, "unit '" + unit + "' cannot be converted to '" + target + "', the unit of indicator '"
                    + row.get(C_INDICATOR) + "'; expected " + expected(target));
        }
        return ok;
    }

    private static String expected(Unit target) {
        return switch (target.kind()) {
            case COUNT -> "a count of " + target + " (singular or plural)";
            case CURRENCY -> "a currency (ISO 4217 code; converted at dated rates)";
            case RANK -> "a rank, rank:N";
            case TIME, PHYSICAL -> "a unit of the same dimension as " + target;
            case PERCENT, DATE -> "'" + target + "'";
        };
    }

    /** True for a quantity the constructor accepts whatever its numbers: a value of the unit's sort and no bounds. */
    private boolean isPlain(Hedge hedge, Unit unit) {
        return hedge != Hedge.RANGE && !value.isEmpty() && lower.isEmpty() && upper.isEmpty()
                && value.isDate() == (unit.kind() == Unit.Kind.DATE);
    }

    private Quantity quantity(Hedge hedge, Unit unit) {
        return new Quantity(value.toValue(), hedge, lower.toValue(), upper.toValue(), unit);
    }

    private static int reference(Row row, int column, Optional<Set<String>> known, ClaimChecks.Reference reference,
                                 Dictionary<Boolean> texts) {
        int code = texts.code(row.get(column), row.code(column));
        if (texts.checked(code) == null) {
            int before = row.errors();
            ClaimChecks.reference(row, column, known, reference);
            if (row.errors() == before) {
                texts.remember(code, Boolean.TRUE);
            }
        }
        return code;
    }

    /** Returns the code of the record's period, or -1 where a date is bad or the end before the start (an error recorded). */
    private int period(Row row) {
        int startCode = startTexts.code(row.get(C_PERIOD_START), row.code(C_PERIOD_START));
        int endCode = endTexts.code(row.get(C_PERIOD_END), row.code(C_PERIOD_END));
        Optional<PartialDate> start = date(row, C_PERIOD_START, startTexts, startCode);
        Optional<PartialDate> end = date(row, C_PERIOD_END, endTexts, endCode);
        if (start == null || end == null) {
            return -1;
        }
        int period = periods.find(startCode, endCode);
        if (period >= 0) {
            return period;
        }
        try {
            return periods.add(startCode, endCode, cells.period(start, end));
        } catch (IllegalArgumentException e) {
            row.error(C_PERIOD_END, e.getMessage() + "; expected an end on or after the start");
            return -1;
        }
    }

    /** Returns the date of an optional cell (empty where the cell is), or null where it is bad (an error recorded). */
    private Optional<PartialDate> date(Row row, int column, Dictionary<Optional<PartialDate>> texts, int code) {
        Optional<PartialDate> date = texts.checked(code);
        if (date == null) {
            int before = row.errors();
            date = cells.date(row, column);
            if (row.errors() != before) {
                return null;
            }
            texts.remember(code, date);
        }
        return date;
    }

    /**
     * Returns what the text of {@code code} checks to: remembered from its first sight, or checked now by {@code check}
     * and remembered where good. Null where the text is bad (the check recorded the error).
     */
    private static <M> M checkedOnce(Row row, int code, Dictionary<M> texts, Function<Row, M> check) {
        M result = texts.checked(code);
        if (result == null) {
            result = check.apply(row);
            if (result != null) {
                texts.remember(code, result);
            }
        }
        return result;
    }
}
