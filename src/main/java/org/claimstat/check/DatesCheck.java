package org.claimstat.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;

/**
 * {@code dates}: the event-date claims of one indicator and entity (unit {@code date}) compared
 * with each other and with date arithmetic recorded in the claims' optional
 * {@value #EXPRESSION} column ({@code 34 months after 2022-02-24}, see {@link DateArithmetic}).
 * Dates that cannot all hold are a conflict; an expression that cannot be read is a warning.
 */
final class DatesCheck implements Check {
    static final String ID = "dates";
    static final String EXPRESSION = "date_expression";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Event dates of one indicator and entity, and date arithmetic in the " + EXPRESSION
                + " column, that cannot all hold.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        if (context.indicator(group.first().indicator()).unit().kind() != Unit.Kind.DATE) {
            return Outcome.NONE;
        }
        List<Disjoint.Item> items = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Claim c : group.claims()) {
            if (c.unit().kind() != Unit.Kind.DATE) {
                continue;
            }
            Interval stated = c.interval();
            items.add(new Disjoint.Item(c, stated, c.id() + " (" + c.quantity().value().map(Object::toString)
                    .orElse(c.quantity().toString()) + ", " + Text.days(stated) + ")"));
            String expression = c.extra().getOrDefault(EXPRESSION, "").strip();
            if (!expression.isEmpty()) {
                Optional<Interval> derived = DateArithmetic.eval(expression);
                if (derived.isPresent()) {
                    items.add(new Disjoint.Item(c, derived.get(), c.id() + "'s \"" + expression + "\" ("
                            + Text.days(derived.get()) + ")"));
                } else {
                    findings.add(new Finding(ID, Severity.WARNING, List.of(c.id()), "Claim " + c.id() + " has "
                            + EXPRESSION + " '" + expression + "', which is not of the form N days|weeks|months|years "
                            + "after|before YYYY[-MM[-DD]]."));
                }
            }
        }
        if (items.size() < 2) {
            return new Outcome(0, 0, findings);
        }
        List<Disjoint.Pair> pairs = Disjoint.pairs(items);
        for (Disjoint.Pair p : pairs) {
            Claim low = p.low().claim();
            Claim high = p.high().claim();
            List<String> ids = low.id().equals(high.id()) ? List.of(low.id()) : List.of(low.id(), high.id());
            findings.add(new Finding(ID, Severity.CONFLICT, ids, p.low().label() + " and " + p.high().label()
                    + " cannot both date " + low.indicator() + " for " + low.entity() + ": the first ends "
                    + Text.day(p.low().interval().upper()) + ", before the second starts "
                    + Text.day(p.high().interval().lower()) + "."));
        }
        return new Outcome(1, pairs.isEmpty() ? 1 : 0, findings);
    }
}
