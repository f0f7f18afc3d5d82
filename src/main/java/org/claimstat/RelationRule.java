package org.claimstat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed relation expression: {@code left CMP right}, CMP one of {@code = <= >= < >}, each side
 * an arithmetic {@link Term} over indicator references, numbers and period lengths. The dataset
 * reader parses every relation with {@link #parse} and reports what it refuses with the line and
 * column of {@code relations.csv}; the checks evaluate the parsed form.
 *
 * <p>Grammar: {@code expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*;
 * factor := number | ref | length | '(' expr ')' | '-' factor;
 * ref := indicator ('[' qualifier (',' qualifier)* ']')?; qualifier := entity | 'enclosing';
 * length := 'period.days' | 'period.weeks' | 'period.months' | 'period.years'}. An indicator id is a
 * letter or {@code _} followed by letters, digits and {@code _}; an entity is written as in
 * {@code claims.csv}, bare (letters, digits, {@code _ - .}) or in single quotes. Examples:
 * {@code wave1 + wave2 <= total}; {@code arrivals[KZ] + arrivals[GE] <= departures[RU]};
 * {@code fortnight <= month[enclosing]}; {@code crossings = daily_rate * period.days}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param left the left side
 * @param comparator one of {@code = <= >= < >}
 * @param right the right side
 */
public record RelationRule(Term left, String comparator, Term right) {
    /** The deepest nesting of brackets and signs accepted. */
    public static final int MAX_DEPTH = 50;
    /** The most characters a number may have. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The most characters an expression may have. */
    public static final int MAX_LENGTH = 10_000;
    private static final List<String> COMPARATORS = List.of("<=", ">=", "=", "<", ">");
    private static final List<String> LENGTHS = List.of("days", "weeks", "months", "years");

    /** Rejects nulls and an unknown comparator. */
    public RelationRule {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (!COMPARATORS.contains(comparator)) {
            throw new IllegalArgumentException("unknown comparator '" + comparator + "'; expected one of = <= >= < >");
        }
    }

    /** One side of a rule, or a part of one. */
    public sealed interface Term {
        /** Adds the references used, in reading order. */
        default void collect(Set<Ref> refs) {
        }
    }

    /**
     * A number as written.
     *
     * @param value its value
     */
    public record Num(double value) implements Term {
    }

    /**
     * A reference to the claims of an indicator.
     *
     * @param indicator the indicator id
     * @param entity the entity named in brackets; empty for the entity being checked
     * @param enclosing true where the claims are those of a period enclosing the one being checked
     */
    public record Ref(String indicator, Optional<String> entity, boolean enclosing) implements Term {
        /** Rejects nulls. */
        public Ref {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public void collect(Set<Ref> refs) {
            refs.add(this);
        }

        /** Returns the reference as written, such as {@code arrivals[FI, enclosing]}. */
        @Override
        public String toString() {
            List<String> q = new ArrayList<>();
            entity.ifPresent(e -> q.add(e.matches("[A-Za-z0-9_.-]+") && !e.equals("enclosing") ? e : "'" + e + "'"));
            if (enclosing) {
                q.add("enclosing");
            }
            return q.isEmpty() ? indicator : indicator + "[" + String.join(", ", q) + "]";
        }
    }

    /**
     * The length of the period being checked, in {@code days}, {@code weeks}, {@code months} or
     * {@code years}; months and years are intervals (28 to 31 days a month, 365 to 366 a year).
     *
     * @param unit days, weeks, months or years
     */
    public record Length(String unit) implements Term {
        /** Rejects an unknown unit. */
        public Length {
            if (!LENGTHS.contains(unit)) {
                throw new IllegalArgumentException("unknown period length '" + unit + "'; expected one of " + LENGTHS);
            }
        }
    }

    /**
     * A negation.
     *
     * @param operand what is negated
     */
    public record Neg(Term operand) implements Term {
        @Override
        public void collect(Set<Ref> refs) {
            operand.collect(refs);
        }
    }

    /**
     * A binary operation.
     *
     * @param op one of {@code + - * /}
     * @param left its left operand
     * @param right its right operand
     */
    public record Op(char op, Term left, Term right) implements Term {
        @Override
        public void collect(Set<Ref> refs) {
            left.collect(refs);
            right.collect(refs);
        }
    }

    /** Returns the references of both sides, in reading order, each once. */
    public Set<Ref> refs() {
        Set<Ref> refs = new LinkedHashSet<>();
        left.collect(refs);
        right.collect(refs);
        return refs;
    }

    /** Returns the indicator ids used, in reading order. */
    public Set<String> indicators() {
        Set<String> ids = new LinkedHashSet<>();
        refs().forEach(r -> ids.add(r.indicator()));
        return ids;
    }

    /** Returns true where the references name their entities, so the rule holds across entities. */
    public boolean acrossEntities() {
        return refs().stream().anyMatch(r -> r.entity().isPresent());
    }

    /**
     * Returns what is wrong with the rule in a dataset of these indicators, empty where nothing is:
     * an unknown indicator; entities named for some references but not others; no reference to the
     * period being checked (every one {@code enclosing}).
     */
    public List<String> problems(Set<String> knownIndicators) {
        List<String> problems = new ArrayList<>();
        Set<Ref> refs = refs();
        for (String id : indicators()) {
            if (!knownIndicators.contains(id)) {
                problems.add("names indicator '" + id + "', which is not in indicators.csv");
            }
        }
        long named = refs.stream().filter(r -> r.entity().isPresent()).count();
        if (named > 0 && named < refs.size()) {
            problems.add("names the entity of " + named + " of its " + refs.size() + " indicator references; expected"
                    + " an entity for every reference (arrivals[FI] <= departures[RU]) or for none");
        }
        if (!refs.isEmpty() && refs.stream().allMatch(Ref::enclosing)) {
            problems.add("marks every reference 'enclosing'; expected at least one reference to the period checked");
        }
        if (refs.isEmpty()) {
            problems.add("names no indicator; expected at least one indicator id");
        }
        return problems;
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException saying what was expected at which position (1-based), or that
     *     the expression nests too deep or a number is too long
     */
    public static RelationRule parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("expression of " + text.length() + " characters; expected at most "
                    + MAX_LENGTH);
        }
        return new Parser(text).rule();
    }

    private static final class Parser {
        private final String text;
        private int pos;
        private int depth;

        Parser(String text) {
            this.text = text;
        }

        RelationRule rule() {
            Term left = expr();
            String cmp = comparator();
            Term right = expr();
            skip();
            if (pos < text.length()) {
                throw error("an operator or the end of the expression");
            }
            return new RelationRule(left, cmp, right);
        }

        private String comparator() {
            skip();
            for (String c : COMPARATORS) {
                if (text.startsWith(c, pos)) {
                    pos += c.length();
                    return c;
                }
            }
            throw error("one of = <= >= < >");
        }

        private Term expr() {
            Term e = term();
            while (peek('+') || peek('-')) {
                char op = text.charAt(pos++);
                e = new Op(op, e, term());
            }
            return e;
        }

        private Term term() {
            Term e = factor();
            while (peek('*') || peek('/')) {
                char op = text.charAt(pos++);
                e = new Op(op, e, factor());
            }
            return e;
        }

        private Term factor() {
            skip();
            if (pos >= text.length()) {
                throw error("an indicator id, a number or '('");
            }
            char c = text.charAt(pos);
            if (c == '(' || c == '-') {
                if (++depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("expression nests brackets and signs deeper than " + MAX_DEPTH
                            + " levels at position " + (pos + 1) + "; expected at most " + MAX_DEPTH);
                }
                pos++;
                Term e = c == '-' ? new Neg(factor()) : bracketed();
                depth--;
                return e;
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                return reference();
            }
            throw error("an indicator id, a number or '('");
        }

        private Term bracketed() {
            Term e = expr();
            if (!peek(')')) {
                throw error("')'");
            }
            pos++;
            return e;
        }

        private Term number() {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (pos - start > MAX_NUMBER_LENGTH) {
                int end = pos;
                pos = start;
                throw new IllegalArgumentException("number of " + (end - start) + " characters at position "
                        + (start + 1) + "; expected at most " + MAX_NUMBER_LENGTH);
            }
            double value;
            try {
                value = Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("a number");
            }
            if (Double.isInfinite(value)) {
                pos = start;
                throw error("a number a double can hold");
            }
            return new Num(value);
        }

        private Term reference() {
            String id = word();
            if (id.equals("period") && pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                int at = pos;
                String unit = pos < text.length() && Character.isLetter(text.charAt(pos)) ? word() : "";
                if (!LENGTHS.contains(unit)) {
                    pos = at;
                    throw error("one of period.days, period.weeks, period.months, period.years");
                }
                return new Length(unit);
            }
            if (!peek('[')) {
                return new Ref(id, Optional.empty(), false);
            }
            pos++;
            Optional<String> entity = Optional.empty();
            boolean enclosing = false;
            do {
                skip();
                int at = pos;
                String q = qualifier();
                if (q.equals("enclosing") && text.charAt(at) != '\'') {
                    enclosing = true;
                } else if (entity.isEmpty()) {
                    entity = Optional.of(q);
                } else {
                    pos = at;
                    throw error("one entity only, or 'enclosing'");
                }
            } while (next(','));
            if (!peek(']')) {
                throw error("']' or ','");
            }
            pos++;
            return new Ref(id, entity, enclosing);
        }

        private String qualifier() {
            if (pos < text.length() && text.charAt(pos) == '\'') {
                int end = text.indexOf('\'', pos + 1);
                if (end < 0 || end == pos + 1) {
                    throw error(end < 0 ? "a closing quote (')" : "an entity between the quotes");
                }
                String q = text.substring(pos + 1, end);
                pos = end + 1;
                return q;
            }
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_-.".indexOf(text.charAt(pos)) >= 0)) {
                pos++;
            }
            if (pos == start) {
                throw error("an entity (FI, 'European Union') or 'enclosing'");
            }
            return text.substring(start, pos);
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private boolean next(char c) {
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private boolean peek(char c) {
            skip();
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String expected) {
            String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
            return new IllegalArgumentException("expected " + expected + " at position " + (pos + 1) + ", found "
                    + found);
        }
    }
}
