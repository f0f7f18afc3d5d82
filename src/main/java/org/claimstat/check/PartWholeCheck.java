package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Period;
import org.claimstat.Unit;

/**
 * {@code part_whole}: for a {@code flow} indicator (not a signed one: a net flow over a part may
 * exceed the net flow over the whole), a figure for a period that lies inside another
 * period cannot exceed the figure for the whole. Bare numbers are read with their rounding forgiven
 * ({@link org.claimstat.Quantity#roughly()}), as the {@code conflict} check reads them. Per period it keeps the
 * claim that starts highest and the one that ends lowest, then sweeps the periods by start, so the cost follows
 * the number of distinct periods, not the number of claim pairs. One figure that exceeds several wholes (the same
 * toll repeated for several days, each above later, lower totals) is one finding naming every part and whole.
 */
final class PartWholeCheck implements Check {
    static final String ID = "part_whole";

    private record Extremes(Period period, Claim highClaim, Interval high, Claim lowClaim, Interval low) {
    }

    /** A part above a whole that contains it. */
    private record Breach(Extremes part, Extremes whole) {
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
        Map<Interval, List<Breach>> byFigure = new LinkedHashMap<>();
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
                    byFigure.computeIfAbsent(part.high(), k -> new ArrayList<>()).add(new Breach(part, whole));
                } else {
                    passed++;
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byFigure.values().forEach(b -> findings.add(finding(b, indicator.unit(), context)));
        return new Outcome(examined, passed, findings);
    }

    private static Optional<Extremes> extremes(List<Claim> run, CheckContext context) {
        Claim highClaim = null;
        Interval high = null;
        Claim lowClaim = null;
        Interval low = null;
        for (Claim c : run) {
            Optional<Interval> i = ConflictCheck.roughly(c, context);
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

    /** One finding for the breaches of one part figure: every part that states it and every whole it exceeds. */
    private static Finding finding(List<Breach> breaches, Unit unit, CheckContext context) {
        Set<Extremes> parts = new LinkedHashSet<>();
        Set<Extremes> wholes = new LinkedHashSet<>();
        breaches.forEach(b -> {
            parts.add(b.part());
            wholes.add(b.whole());
        });
        Extremes part = parts.iterator().next();
        Extremes lowest = wholes.stream().min((a, b) -> Double.compare(a.low().upper(), b.low().upper())).orElseThrow();
        Claim first = part.highClaim();
        List<String> ids = new ArrayList<>();
        parts.forEach(p -> ids.add(p.highClaim().id()));
        wholes.forEach(w -> ids.add(w.lowClaim().id()));
        List<String> partWords = new ArrayList<>();
        parts.forEach(p -> partWords.add(Words.claim(p.highClaim(), context) + " for " + p.period()));
        List<String> wholeWords = new ArrayList<>();
        wholes.forEach(w -> wholeWords.add(Words.claim(w.lowClaim(), context) + " for " + w.period()));
        boolean many = parts.size() > 1;
        String message = String.join("; ", partWords) + (many ? " (one figure for " + parts.size() + " periods)" : "")
                + (many ? " exceed " : " exceeds ") + String.join("; and ", wholeWords) + " (" + first.indicator()
                + ", " + first.entity() + "), though " + (many || wholes.size() > 1 ? "each part lies within the whole"
                        + " it is compared with" : part.period() + " lies within " + lowest.period())
                + " and a flow over a part cannot exceed the whole: the part starts at "
                + Words.amount(part.high().lower(), unit) + " and the whole ends at "
                + Words.amount(lowest.low().upper(), unit) + " (intervals " + Text.interval(part.high()) + " and "
                + Text.interval(lowest.low()) + ").";
        return new Finding(ID, Severity.CONFLICT, List.copyOf(new LinkedHashSet<>(ids)), message);
    }
}
