package org.claimstat.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Interval;

/**
 * A parsed relation: {@code left CMP right} with CMP one of {@code = <= >= < >}. Grammar:
 * {@code expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*;
 * factor := number | indicator | '(' expr ')' | '-' factor}; an indicator id is a letter or
 * {@code _} followed by letters, digits and {@code _}.
 */
record Rule(Expression left, String comparator, Expression right) {

    /** Returns the indicator ids used, in reading order. */
    Set<String> indicators() {
        Set<String> ids = new LinkedHashSet<>(left.indicators());
        ids.addAll(right.indicators());
        return ids;
    }

    /** Returns true when the two sides certainly break the rule: no values in them satisfy it. */
    boolean violated(Interval l, Interval r) {
        return switch (comparator) {
            case "=" -> !l.overlaps(r);
            case "<=" -> l.lower() > r.upper();
            case "<" -> l.lower() >= r.upper();
            case ">=" -> l.upper() < r.lower();
            case ">" -> l.upper() <= r.lower();
            default -> throw new IllegalStateException("unknown comparator " + comparator);
        };
    }

    /**
     * Returns the values of {@code unknown} that an equality rule implies from the other
     * indicators, where {@code unknown} occurs once; empty otherwise.
     */
    Optional<Interval> implied(String unknown, Map<String, Interval> known) {
        if (!comparator.equals("=")) {
            return Optional.empty();
        }
        boolean inLeft = left.indicators().contains(unknown);
        boolean inRight = right.indicators().contains(unknown);
        if (inLeft == inRight || occurrences(inLeft ? left : right, unknown) != 1) {
            return Optional.empty();
        }
        Expression solved = solve(inLeft ? left : right, unknown, inLeft ? right : left);
        return solved.eval(known);
    }

    private static int occurrences(Expression e, String id) {
        if (e instanceof Expression.Ref r) {
            return r.indicator().equals(id) ? 1 : 0;
        }
        if (e instanceof Expression.Neg n) {
            return occurrences(n.operand(), id);
        }
        if (e instanceof Expression.Op o) {
            return occurrences(o.left(), id) + occurrences(o.right(), id);
        }
        return 0;
    }

    /** Rewrites {@code side = target} as {@code unknown = result}, undoing one operation at a time. */
    private static Expression solve(Expression side, String unknown, Expression target) {
        if (side instanceof Expression.Ref) {
            return target;
        }
        if (side instanceof Expression.Neg n) {
            return solve(n.operand(), unknown, new Expression.Neg(target));
        }
        Expression.Op o = (Expression.Op) side;
        boolean inLeft = o.left().indicators().contains(unknown);
        Expression other = inLeft ? o.right() : o.left();
        Expression next = switch (o.op()) {
            case '+' -> new Expression.Op('-', target, other);
            case '*' -> new Expression.Op('/', target, other);
            case '-' -> inLeft ? new Expression.Op('+', target, other) : new Expression.Op('-', other, target);
            case '/' -> inLeft ? new Expression.Op('*', target, other) : new Expression.Op('/', other, target);
            default -> throw new IllegalStateException("unknown operator " + o.op());
        };
        return solve(inLeft ? o.left() : o.right(), unknown, next);
    }

    /**
     * Parses a relation expression.
     *
     * @throws IllegalArgumentException saying what was expected where
     */
    static Rule parse(String text) {
        return new Parser(text).rule();
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Rule rule() {
            Expression left = expr();
            String cmp = comparator();
            Expression right = expr();
            skip();
            if (pos < text.length()) {
                throw error("end of expression");
            }
            return new Rule(left, cmp, right);
        }

        private String comparator() {
            skip();
            for (String c : new String[] {"<=", ">=", "=", "<", ">"}) {
                if (text.startsWith(c, pos)) {
                    pos += c.length();
                    return c;
                }
            }
            throw error("one of = <= >= < >");
        }

        private Expression expr() {
            Expression e = term();
            while (peek('+') || peek('-')) {
                char op = text.charAt(pos++);
                e = new Expression.Op(op, e, term());
            }
            return e;
        }

        private Expression term() {
            Expression e = factor();
            while (peek('*') || peek('/')) {
                char op = text.charAt(pos++);
                e = new Expression.Op(op, e, factor());
            }
            return e;
        }

        private Expression factor() {
            skip();
            if (pos >= text.length()) {
                throw error("an indicator id, a number or '('");
            }
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                Expression e = expr();
                if (!peek(')')) {
                    throw error("')'");
                }
                pos++;
                return e;
            }
            if (c == '-') {
                pos++;
                return new Expression.Neg(factor());
            }
            int start = pos;
            if (Character.isDigit(c) || c == '.') {
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Expression.Num(Double.parseDouble(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("a number");
                }
            }
            if (Character.isLetter(c) || c == '_') {
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                return new Expression.Ref(text.substring(start, pos));
            }
            throw error("an indicator id, a number or '('");
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
            return new IllegalArgumentException("bad relation '" + text + "': expected " + expected + " at position "
                    + (pos + 1) + ", found " + found);
        }
    }
}
