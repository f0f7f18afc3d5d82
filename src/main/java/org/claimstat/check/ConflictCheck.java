package org.claimstat.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;

/** {@code conflict}: claims of one indicator, entity and period whose intervals cannot both hold. */
final class ConflictCheck implements Check {
    static final String ID = "conflict";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Claims of one indicator, entity and period whose intervals (hedges included) cannot both hold.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        if (context.indicator(group.first().indicator()).unit().kind() == Unit.Kind.DATE) {
            return Outcome.NONE;
        }
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (List<Claim> run : Runs.byPeriod(group.claims())) {
            List<Disjoint.Item> items = new ArrayList<>();
            for (Claim c : run) {
                Optional<Interval> i = context.inIndicatorUnit(c);
                i.ifPresent(interval -> items.add(new Disjoint.Item(c, interval)));
            }
            if (items.size() < 2) {
                continue;
            }
            examined++;
            List<Disjoint.Pair> pairs = Disjoint.pairs(items);
            if (pairs.isEmpty()) {
                passed++;
            }
            for (Disjoint.Pair p : pairs) {
                findings.add(finding(p, context));
            }
        }
        return new Outcome(examined, passed, findings);
    }

    private static Finding finding(Disjoint.Pair p, CheckContext context) {
        Claim low = p.low().claim();
        Claim high = p.high().claim();
        String unit = context.indicator(low.indicator()).unit().toString();
        String message = p.low().label() + " and " + p.high().label() + " cannot both hold for " + Text.where(low)
                + ": the first ends at " + Text.num(p.low().interval().upper()) + " and the second starts at "
                + Text.num(p.high().interval().lower()) + " " + unit + ".";
        return new Finding(ID, Severity.CONFLICT, List.of(low.id(), high.id()), message);
    }
}
