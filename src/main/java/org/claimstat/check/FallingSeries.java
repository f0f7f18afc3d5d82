package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Period;

/**
 * The {@code stale} check's view of one claimant's cumulative series: the figures one claimant gave for a
 * {@code flow} indicator and entity over periods that contain one another (a toll from the disaster's day to
 * each later date). Such a count cannot fall. Where a figure for a longer period lies wholly below the same
 * claimant's figure for a period it contains (bare numbers with their rounding forgiven):
 * <ul>
 *   <li>if the lower figure repeats the claimant's figure for a still shorter period and was published on or after
 *       the higher one, it is a <b>stale figure</b>: an old toll cited as current after the claimant had published
 *       a higher one ("3,166, the most recent official toll" a day after the ministry gave 3,283);</li>
 *   <li>otherwise it is a <b>falling count</b>: the claimant revised its figure down (the higher figure is then
 *       superseded) or its two figures count different things.</li>
 * </ul>
 * Both are warnings. Per claimant it keeps, per period, the claims that start highest and end lowest, so the cost
 * follows the claimant's distinct periods; one finding per pair of figures, naming every claim that states them.
 */
final class FallingSeries {
    private FallingSeries() {
    }

    /** One claim with its interval (rounding forgiven) and publication day. */
    private record Dated(Claim claim, Interval interval, long published) {
    }

    /** Returns the findings of the group's cumulative series, adding to {@code counts} the series examined and passed. */
    static List<Finding> find(ClaimGroup group, CheckContext context, int[] counts) {
        Map<String, String> keys = group.claimantKeys();
        Map<String, Map<Period, List<Dated>>> series = new LinkedHashMap<>();
        for (Claim c : group.claims()) {
            String key = keys.get(c.claimant());
            Optional<Interval> i = ConflictCheck.roughly(c, context);
            if (key.isEmpty() || i.isEmpty() || !c.period().isBounded()) {
                continue;
            }
            long day = context.publishedDay(c);
            series.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(c.period(), p -> new ArrayList<>())
                    .add(new Dated(c, i.get(), day));
        }
        List<Finding> findings = new ArrayList<>();
        for (Map<Period, List<Dated>> byPeriod : series.values()) {
            if (byPeriod.size() < 2) {
                continue;
            }
            counts[0]++;
            int before = findings.size();
            falls(new ArrayList<>(byPeriod.entrySet()), context, findings);
            if (findings.size() == before) {
                counts[1]++;
            }
        }
        return findings;
    }

    private static void falls(List<Map.Entry<Period, List<Dated>>> periods, CheckContext context, List<Finding> out) {
        Map<List<Interval>, Boolean> reported = new LinkedHashMap<>();
        for (Map.Entry<Period, List<Dated>> shorter : periods) {
            Dated high = highest(shorter.getValue());
            for (Map.Entry<Period, List<Dated>> longer : periods) {
                if (longer == shorter || !longer.getKey().encloses(shorter.getKey())) {
                    continue;
                }
                Dated low = lowest(longer.getValue());
                if (!Text.above(high.interval(), low.interval())
                        || reported.putIfAbsent(List.of(high.interval(), low.interval()), true) != null) {
                    continue;
                }
                out.add(finding(shorter, longer, high, low, periods, context));
            }
        }
    }

    private static Finding finding(Map.Entry<Period, List<Dated>> shorter, Map.Entry<Period, List<Dated>> longer,
                                   Dated high, Dated low, List<Map.Entry<Period, List<Dated>>> periods,
                                   CheckContext context) {
        List<Claim> highs = shorter.getValue().stream().filter(d -> Text.above(d.interval(), low.interval()))
                .map(Dated::claim).toList();
        List<Claim> lows = longer.getValue().stream().filter(d -> Text.above(high.interval(), d.interval()))
                .map(Dated::claim).toList();
        String who = high.claim().claimant();
        String where = high.claim().indicator() + ", " + high.claim().entity();
        Optional<Dated> earlier = periods.stream()
                .filter(e -> e.getKey() != shorter.getKey() && shorter.getKey().encloses(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter(d -> d.interval().overlaps(low.interval())).findFirst();
        List<String> ids = new ArrayList<>(Text.ids(lows));
        ids.addAll(Text.ids(highs));
        if (earlier.isPresent() && low.published() != Long.MAX_VALUE && low.published() >= high.published()) {
            Claim old = earlier.get().claim();
            ids.add(old.id());
            return new Finding(StaleCheck.ID, Severity.WARNING, ids, "Stale figure: " + Words.claims(lows, context)
                    + " gives " + who + "'s cumulative count for " + where + ", " + longer.getKey() + ", as its older"
                    + " figure for " + old.period() + " (" + Words.claim(old, context) + "), after " + who
                    + " had published a higher figure for " + shorter.getKey() + ": " + Words.claims(highs, context)
                    + ". A cumulative count cannot fall: cite the newer figure.");
        }
        return new Finding(StaleCheck.ID, Severity.WARNING, ids, "Falling count: " + who + "'s cumulative count for "
                + where + " falls from " + Words.claims(highs, context) + " for " + shorter.getKey() + " to "
                + Words.claims(lows, context) + " for " + longer.getKey() + ", a period that contains the first."
                + " A cumulative count cannot fall: either " + who + " revised its figure down (then the higher"
                + " figure is superseded) or the two figures count different things.");
    }

    private static Dated highest(List<Dated> claims) {
        Dated best = claims.get(0);
        for (Dated d : claims) {
            if (d.interval().lower() > best.interval().lower()) {
                best = d;
            }
        }
        return best;
    }

    private static Dated lowest(List<Dated> claims) {
        Dated best = claims.get(0);
        for (Dated d : claims) {
            if (d.interval().upper() < best.interval().upper()) {
                best = d;
            }
        }
        return best;
    }
}
