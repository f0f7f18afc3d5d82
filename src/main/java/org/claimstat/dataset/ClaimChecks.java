package org.claimstat.dataset;

import static org.claimstat.dataset.Schemas.C_HEDGE;
import static org.claimstat.dataset.Schemas.C_KIND;
import static org.claimstat.dataset.Schemas.C_LOWER;
import static org.claimstat.dataset.Schemas.C_UPPER;
import static org.claimstat.dataset.Schemas.C_VALUE;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;

/** The checks of single {@code claims.csv} cells, each recording its errors on the row. */
final class ClaimChecks {
    private static final Map<String, ClaimKind> KINDS = Arrays.stream(ClaimKind.values())
            .collect(Collectors.toUnmodifiableMap(ClaimKind::code, Function.identity()));
    private static final String HEDGES = String.join(", ", Arrays.stream(Hedge.values()).map(Hedge::code).toList());
    private static final String KIND_CODES = String.join(", ",
            Arrays.stream(ClaimKind.values()).map(ClaimKind::code).toList());
    private static final String HEDGE_EXPECTED = "one of " + HEDGES;
    private static final String KIND_EXPECTED = "one of " + KIND_CODES;

    /** What a reference column names, with the message texts built once rather than per record. */
    record Reference(String what, String file, String expected) {
        Reference(String what, String file) {
            this(what, file, ("aeiou".indexOf(what.charAt(0)) >= 0 ? "the id of an " : "the id of a ") + what + " in " + file);
        }
    }

    static final Reference INDICATOR = new Reference("indicator", "indicators.csv");
    static final Reference SOURCE = new Reference("source", "sources.csv");

    private ClaimChecks() {
    }

    /** Checks a reference cell: present, and an id of the file it names where that file could be read. */
    static void reference(Row row, int column, Optional<Set<String>> known, Reference reference) {
        String id = row.required(column, reference.expected());
        if (!id.isEmpty() && known.isPresent() && !known.get().contains(id)) {
            row.error(column, "unknown " + reference.what() + " '" + id + "'; expected an id of " + reference.file());
        }
    }

    /** Returns the hedge of a record, or null where it is missing or unknown (an error recorded). */
    static Hedge hedge(Row row) {
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

    /** Returns the kind of a record, or null where it is missing or unknown (an error recorded). */
    static ClaimKind kind(Row row) {
        String code = row.required(C_KIND, KIND_EXPECTED);
        ClaimKind kind = KINDS.get(code);
        if (kind == null && !code.isEmpty()) {
            row.error(C_KIND, "unknown kind '" + code + "'; expected one of " + KIND_CODES);
        }
        return kind;
    }

    /** Names the column a quantity's complaint is about: it starts with "value", "lower" or "upper". */
    static int quantityColumn(String message, boolean lowerEmpty) {
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
