package org.claimstat.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Unit;

/**
 * {@code bounds}: figures outside what their unit allows: a share (an indicator of aggregation
 * {@code share} in percent) outside 0 to 100, a rank below 1 or above its "out of", a negative
 * count (unless the indicator is declared {@link Indicator#signed()}: a net flow, a change, a
 * balance). A stated value outside the bounds, or an interval wholly outside them, is a conflict.
 */
final class BoundsCheck implements Check {
    static final String ID = "bounds";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Shares outside 0 to 100, ranks outside 1 to their \"out of\", and negative counts.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Indicator indicator = context.indicator(group.first().indicator());
        Aggregation aggregation = indicator.aggregation();
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (Claim c : group.claims()) {
            Optional<Bound> bound = bound(c, aggregation, indicator.signed());
            if (bound.isEmpty()) {
                continue;
            }
            examined++;
            Optional<Finding> f = check(c, bound.get());
            if (f.isPresent()) {
                findings.add(f.get());
            } else {
                passed++;
            }
        }
        return new Outcome(examined, passed, findings);
    }

    private record Bound(Interval allowed, String rule) {
    }

    private static Optional<Bound> bound(Claim c, Aggregation aggregation, boolean signed) {
        Unit u = c.unit();
        if (u.kind() == Unit.Kind.PERCENT && aggregation == Aggregation.SHARE) {
            return Optional.of(new Bound(Interval.closed(0, 100), "a share lies between 0 and 100 percent"));
        }
        OptionalInt outOf = u.rankOutOf();
        if (outOf.isPresent()) {
            return Optional.of(new Bound(Interval.closed(1, outOf.getAsInt()), "a rank out of " + outOf.getAsInt()
                    + " lies between 1 and " + outOf.getAsInt()));
        }
        if (u.kind() == Unit.Kind.COUNT && !signed) {
            return Optional.of(new Bound(new Interval(0, true, Double.POSITIVE_INFINITY, false),
                    "a count cannot be negative"));
        }
        return Optional.empty();
    }

    private static Optional<Finding> check(Claim c, Bound bound) {
        Optional<BigDecimal> value = c.quantity().number();
        Interval i = c.interval();
        boolean valueOut = value.isPresent() && !bound.allowed().contains(value.get().doubleValue());
        if (!valueOut && i.overlaps(bound.allowed())) {
            return Optional.empty();
        }
        String what = valueOut ? "its stated value " + value.get().toPlainString() : "its interval " + Text.interval(i);
        return Optional.of(new Finding(ID, Severity.CONFLICT, List.of(c.id()), Text.claim(c, i) + " for "
                + Text.where(c) + " is out of bounds: " + bound.rule() + ", but " + what + " lies outside "
                + Text.interval(bound.allowed()) + "."));
    }
}
