package org.claimstat.check;

import java.util.Map;
import java.util.Optional;
import org.claimstat.Interval;
import org.claimstat.Period;
import org.claimstat.RelationRule.Length;
import org.claimstat.RelationRule.Neg;
import org.claimstat.RelationRule.Num;
import org.claimstat.RelationRule.Op;
import org.claimstat.RelationRule.Ref;
import org.claimstat.RelationRule.Term;

/**
 * Evaluates a relation's {@link Term}s with interval arithmetic: each reference stands for an
 * interval, a period length for the length of the period checked, and the result holds every
 * value the term can take.
 */
final class Expression {
    private Expression() {
    }

    /**
     * Returns the interval of {@code term} where every reference is bound (and, for a period
     * length, {@code period} is bounded), else empty.
     */
    static Optional<Interval> eval(Term term, Map<Ref, Interval> values, Period period) {
        if (term instanceof Num n) {
            return Optional.of(Interval.point(n.value()));
        }
        if (term instanceof Ref r) {
            return Optional.ofNullable(values.get(r));
        }
        if (term instanceof Length l) {
            return length(l.unit(), period);
        }
        if (term instanceof Neg n) {
            return eval(n.operand(), values, period).map(IntervalMath::negate);
        }
        Op o = (Op) term;
        Optional<Interval> a = eval(o.left(), values, period);
        Optional<Interval> b = eval(o.right(), values, period);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IntervalMath.apply(o.op(), a.get(), b.get()));
    }

    /** Returns a bounded period's length: days and weeks exactly, months as 28 to 31 days, years as 365 to 366. */
    static Optional<Interval> length(String unit, Period period) {
        if (!period.isBounded()) {
            return Optional.empty();
        }
        double days = period.lastDay().toEpochDay() - period.firstDay().toEpochDay() + 1;
        return Optional.of(switch (unit) {
            case "days" -> Interval.point(days);
            case "weeks" -> Interval.point(days / 7);
            case "months" -> Interval.closed(days / 31, days / 28);
            case "years" -> Interval.closed(days / 366, days / 365);
            default -> throw new IllegalStateException("unknown period length " + unit);
        });
    }

    /** Returns how many times {@code ref} occurs in {@code term}. */
    static int occurrences(Term term, Ref ref) {
        if (term instanceof Ref r) {
            return r.equals(ref) ? 1 : 0;
        }
        if (term instanceof Neg n) {
            return occurrences(n.operand(), ref);
        }
        if (term instanceof Op o) {
            return occurrences(o.left(), ref) + occurrences(o.right(), ref);
        }
        return 0;
    }

    /** Returns a term as written with every operation in brackets, such as {@code (a + b)}. */
    static String text(Term term) {
        if (term instanceof Num n) {
            return Text.num(n.value());
        }
        if (term instanceof Length l) {
            return "period." + l.unit();
        }
        if (term instanceof Neg n) {
            return "-" + text(n.operand());
        }
        if (term instanceof Op o) {
            return "(" + text(o.left()) + " " + o.op() + " " + text(o.right()) + ")";
        }
        return term.toString();
    }
}
