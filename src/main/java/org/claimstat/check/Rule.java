package org.claimstat.check;

import java.util.Map;
import java.util.Optional;
import org.claimstat.Interval;
import org.claimstat.Period;
import org.claimstat.RelationRule;
import org.claimstat.RelationRule.Neg;
import org.claimstat.RelationRule.Op;
import org.claimstat.RelationRule.Ref;
import org.claimstat.RelationRule.Term;

/** A parsed relation ({@link RelationRule}) with what the checks ask of it: is it violated, what does it imply. */
record Rule(RelationRule parsed) {

    /** Returns true when the two sides certainly break the rule: no values in them satisfy it. */
    boolean violated(Interval l, Interval r) {
        return switch (parsed.comparator()) {
            case "=" -> !l.overlaps(r);
            case "<=" -> l.lower() > r.upper();
            case "<" -> l.lower() >= r.upper();
            case ">=" -> l.upper() < r.lower();
            case ">" -> l.upper() <= r.lower();
            default -> throw new IllegalStateException("unknown comparator " + parsed.comparator());
        };
    }

    /**
     * Returns the values of {@code unknown} that an equality rule implies from the other
     * references, where {@code unknown} occurs once; empty otherwise.
     */
    Optional<Interval> implied(Ref unknown, Map<Ref, Interval> known, Period period) {
        if (!parsed.comparator().equals("=")) {
            return Optional.empty();
        }
        int inLeft = Expression.occurrences(parsed.left(), unknown);
        int inRight = Expression.occurrences(parsed.right(), unknown);
        if (inLeft + inRight != 1) {
            return Optional.empty();
        }
        Term solved = inLeft == 1 ? solve(parsed.left(), unknown, parsed.right())
                : solve(parsed.right(), unknown, parsed.left());
        return Expression.eval(solved, known, period);
    }

    /** Rewrites {@code side = target} as {@code unknown = result}, undoing one operation at a time. */
    private static Term solve(Term side, Ref unknown, Term target) {
        if (side instanceof Ref) {
            return target;
        }
        if (side instanceof Neg n) {
            return solve(n.operand(), unknown, new Neg(target));
        }
        Op o = (Op) side;
        boolean inLeft = Expression.occurrences(o.left(), unknown) > 0;
        Term other = inLeft ? o.right() : o.left();
        Term next = switch (o.op()) {
            case '+' -> new Op('-', target, other);
            case '*' -> new Op('/', target, other);
            case '-' -> inLeft ? new Op('+', target, other) : new Op('-', other, target);
            case '/' -> inLeft ? new Op('*', target, other) : new Op('/', other, target);
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
        try {
            return new Rule(RelationRule.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad relation '" + text + "': " + e.getMessage(), e);
        }
    }
}
