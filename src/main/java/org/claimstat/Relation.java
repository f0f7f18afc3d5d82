package org.claimstat;

import java.util.Map;
import java.util.Objects;

/**
 * A rule declared between indicators, such as {@code wave1 + wave2 <= total} or
 * {@code share = part / whole * 100}, that checks evaluate over claims of matching entity and
 * period.
 *
 * <p>Immutable and thread-safe. The expression is kept as written; the check package parses it.
 *
 * @param id the rule's identifier
 * @param expression the rule over indicator ids, numbers, {@code + - * /}, brackets and one of
 *     {@code = <= >= < >}
 * @param description what the rule means, in words
 * @param extra further columns of the dataset file, in file order
 */
public record Relation(String id, String expression, String description, Map<String, String> extra) {

    /** Rejects nulls and blank id or expression. */
    public Relation {
        Ids.require(id, "relation id");
        Ids.require(expression, "expression");
        Objects.requireNonNull(description, "description");
        extra = Ids.copyOrdered(extra);
    }

    /** Returns a relation with no extra columns. */
    public static Relation of(String id, String expression, String description) {
        return new Relation(id, expression, description, Map.of());
    }
}
