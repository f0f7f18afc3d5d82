package org.claimstat.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Interval;

/**
 * An arithmetic expression over indicator ids and numbers, evaluated with interval arithmetic:
 * each indicator stands for an interval, and the result holds every value the expression can take.
 */
sealed interface Expression {

    /** Returns the interval of the expression where every indicator is bound, else empty. */
    Optional<Interval> eval(Map<String, Interval> values);

    /** Adds the indicator ids used, in reading order. */
    void collect(Set<String> ids);

    /** Returns the indicator ids used. */
    default Set<String> indicators() {
        Set<String> ids = new LinkedHashSet<>();
        collect(ids);
        return ids;
    }

    /** A number. */
    record Num(double value) implements Expression {
        @Override
        public Optional<Interval> eval(Map<String, Interval> values) {
            return Optional.of(Interval.point(value));
        }

        @Override
        public void collect(Set<String> ids) {
        }

        @Override
        public String toString() {
            return Text.num(value);
        }
    }

    /** An indicator id. */
    record Ref(String indicator) implements Expression {
        @Override
        public Optional<Interval> eval(Map<String, Interval> values) {
            return Optional.ofNullable(values.get(indicator));
        }

        @Override
        public void collect(Set<String> ids) {
            ids.add(indicator);
        }

        @Override
        public String toString() {
            return indicator;
        }
    }

    /** A negation. */
    record Neg(Expression operand) implements Expression {
        @Override
        public Optional<Interval> eval(Map<String, Interval> values) {
            return operand.eval(values).map(i -> IntervalMath.negate(i));
        }

        @Override
        public void collect(Set<String> ids) {
            operand.collect(ids);
        }

        @Override
        public String toString() {
            return "-" + operand;
        }
    }

    /** A binary operation {@code + - * /}. */
    record Op(char op, Expression left, Expression right) implements Expression {
        @Override
        public Optional<Interval> eval(Map<String, Interval> values) {
            Optional<Interval> a = left.eval(values);
            Optional<Interval> b = right.eval(values);
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(IntervalMath.apply(op, a.get(), b.get()));
        }

        @Override
        public void collect(Set<String> ids) {
            left.collect(ids);
            right.collect(ids);
        }

        @Override
        public String toString() {
            return "(" + left + " " + op + " " + right + ")";
        }
    }
}
