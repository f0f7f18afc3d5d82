package org.claimstat.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Period;

/**
 * {@code part_whole}: for a {@code flow} indicator (not a signed one: a net flow over a part may
 * exceed the net flow over the whole), a figure for a period that lies inside another
 * period cannot exceed the figure for the whole. Per period it keeps the claim that starts highest
 * and the one that ends lowest, then sweeps the periods by start, so the cost follows the number
 * of distinct periods, not the number of claim pairs.
 */
final class PartWholeCheck implements Check {
    static final String ID = "part_whole";

    private record Extremes(Period period, Claim highClaim, Interval high, Claim lowClaim, Interval low) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "For flow indicators, a figure for a period inside another period cannot exceed the figure for the whole.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Indicator indicator = context.indicator(group.first().indicator());
        if (indicator.aggregation() != Aggregation.FLOW || indicator.signed()) {
            return Outcome.NONE;
        }
        List<Extremes> periods = new ArrayList<>();
        for (List<Claim> run : Runs.byPeriod(group.claims())) {
            if (run.get(0).period().isBounded()) {
                extremes(run, context).ifPresent(periods::add);
            }
        }
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        int from = 0;
        for (int w = 0; w < periods.size(); w++) {
            Extremes whole = periods.get(w);
            while (periods.get(from).period().firstDay().isBefore(whole.period().firstDay())) {
                from++;
            }
            for (int p = from; p < periods.size(); p++) {
                Extremes part = periods.get(p);
                if (part.period().firstDay().isAfter(whole.period().lastDay())) {
                    break;
                }
                if (p == w || !whole.period().encloses(part.period())) {
                    continue;
                }
                examined++;
                if (Text.above(part.high(), whole.low())) {
                    findings.add(finding(part, whole, context));
                } else {
                    passed++;
                }
            }
        }
        return new Outcome(examined, passed, findings);
    }

    private static Optional<Extremes> extremes(List<Claim> run, CheckContext context) {
        Claim highClaim = null;
        Interval high = null;
        Claim lowClaim = null;
        Interval low = null;
        for (Claim c : run) {
            Optional<Interval> i = context.inIndicatorUnit(c);
            if (i.isEmpty()) {
                continue;
            }
            if (high == null || i.get().lower() > high.lower()) {
                highClaim = c;
                high = i.get();
            }
            if (low == null || i.get().upper() < low.upper()) {
                lowClaim = c;
                low = i.get();
            }
        }
        return high == null ? Optional.empty() : Optional.of(new Extremes(run.get(0).period(), highClaim, high,
                lowClaim, low));
    }

    private static Finding finding(Extremes part, Extremes whole, CheckContext context) {
        Claim p = part.highClaim();
        Claim w = whole.lowClaim();
        String unit = context.indicator(p.indicator()).unit().toString();
        String message = Text.claim(p, part.high()) + " for " + part.period() + " exceeds " + Text.claim(w, whole.low())
                + " for " + whole.period() + " (" + p.indicator() + ", " + p.entity() + "), though " + part.period()
                + " lies within " + whole.period() + " and a flow over a part cannot exceed the whole: the part starts at "
                + Text.num(part.high().lower()) + " and the whole ends at " + Text.num(whole.low().upper()) + " " + unit
                + ".";
        return new Finding(ID, Severity.CONFLICT, List.of(p.id(), w.id()), message);
    }
}
