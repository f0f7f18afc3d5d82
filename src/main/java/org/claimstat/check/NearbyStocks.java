package org.claimstat.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Independence;

/**
 * The {@code conflict} check's view across nearby dates of a {@code stock} (people displaced, migrants living
 * abroad): the checks compare claims of one period, but outlets date one release a day or a week apart, so a
 * figure of another measure given under the stock's name ("about 5.3 million displaced" a day after "6.6 million
 * displaced", both OCHA's; "some 11 million" two weeks after "more than 14 million") met no claim of its own date.
 * A stock may grow fast; it seldom falls fast. Where a witness's figure for a period of at most a month lies wholly
 * below (rounding forgiven) another witness's figure for a short period that ends before it, at most
 * {@value #WINDOW_DAYS} days earlier, or whose period overlaps its own, it is a {@code warning}: the stock fell
 * within days, so the two are different measures or one is wrong. One finding per later figure, against the highest
 * earlier one; claims of one period are the per-period comparison's business and are not paired here.
 */
final class NearbyStocks {
    /** How many days apart two short periods may end and start to be compared. */
    static final int WINDOW_DAYS = 31;
    /** The longest period compared, in days (a month). */
    private static final int LONGEST_DAYS = 31;

    private NearbyStocks() {
    }

    /** One witness's figure for one short period. */
    private record Dated(Claim claim, Interval interval, LocalDate first, LocalDate last, Independence.Cluster witness) {
    }

    /** Returns the findings across nearby periods of a stock indicator's group; none for other indicators. */
    static List<Finding> find(ClaimGroup group, CheckContext context) {
        Indicator indicator = context.indicator(group.first().indicator());
        if (indicator.aggregation() != Aggregation.STOCK || indicator.signed() || indicator.unit().kind() == Unit.Kind.DATE) {
            return List.of();
        }
        // Per short period: its witnesses' figures, and the one whose interval starts highest (what a later figure meets).
        List<List<Dated>> periods = new ArrayList<>();
        for (ClaimGroup.PeriodRun run : group.byPeriod(context)) {
            org.claimstat.Period p = run.claims().get(0).period();
            if (!p.isBounded() || ChronoUnit.DAYS.between(p.firstDay(), p.lastDay()) >= LONGEST_DAYS) {
                continue;
            }
            List<Dated> figures = new ArrayList<>();
            for (Independence.Cluster w : run.witnesses()) {
                ClaimGroup.Figure f = group.figure(w, context);
                f.roughly().ifPresent(i -> figures.add(new Dated(f.claim(), i, p.firstDay(), p.lastDay(), w)));
            }
            if (!figures.isEmpty()) {
                periods.add(figures);
            }
        }
        if (periods.size() < 2) {
            return List.of();
        }
        periods.sort(Comparator.comparing((List<Dated> l) -> l.get(0).last()).thenComparing(l -> l.get(0).first()));
        List<Dated> highest = periods.stream().map(l -> l.stream().max(Comparator.comparingDouble(d -> d.interval().lower()))
                .orElseThrow()).toList();
        List<Finding> findings = new ArrayList<>();
        for (int k = 1; k < periods.size(); k++) {
            Optional<Dated> before = highestBefore(highest, k);
            if (before.isEmpty()) {
                continue;
            }
            Dated earlier = before.get();
            for (Dated later : periods.get(k)) {
                Interval a = earlier.interval();
                Interval b = later.interval();
                if (b.upper() < a.lower()) { // figures that meet at one number from either side agree, as in ConflictCheck
                    findings.add(finding(earlier, later, context));
                }
            }
        }
        return findings;
    }

    /** Returns, of the periods before index {@code k} ending within the window of its start, the figure that starts highest. */
    private static Optional<Dated> highestBefore(List<Dated> highest, int k) {
        Dated later = highest.get(k);
        Dated best = null;
        for (int j = k - 1; j >= 0; j--) {
            Dated earlier = highest.get(j);
            if (ChronoUnit.DAYS.between(earlier.last(), later.last()) > WINDOW_DAYS + LONGEST_DAYS) {
                break;
            }
            if (ChronoUnit.DAYS.between(earlier.last(), later.first()) <= WINDOW_DAYS
                    && (best == null || earlier.interval().lower() > best.interval().lower())) {
                best = earlier;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Finding finding(Dated earlier, Dated later, CheckContext context) {
        Unit unit = context.indicator(later.claim().indicator()).unit();
        long days = ChronoUnit.DAYS.between(earlier.last(), later.first());
        String apart = days <= 0 ? "for overlapping periods" : days == 1 ? "a day later" : days + " days later";
        Independence.Cluster a = earlier.witness();
        Independence.Cluster b = later.witness();
        String witnesses = a.originKnown() && a.origin().equalsIgnoreCase(b.origin())
                ? " Both are " + a.origin() + "'s figures: a revision, or a misquote of one of them."
                : " " + Origins.pair(a, b) + ".";
        String message = Words.claim(later.claim(), context) + ", for " + Text.period(later.claim().period()) + ", against "
                + Words.claim(earlier.claim(), context) + ", for " + Text.period(earlier.claim().period()) + ": a stock of "
                + later.claim().indicator() + ", " + later.claim().entity() + ", said to fall from " + Words.figure(earlier.claim())
                + " to " + Words.figure(later.claim()) + " " + apart + " (at least " + Words.amount(earlier.interval().lower(), unit)
                + " before, at most " + Words.amount(later.interval().upper(), unit) + " after, hedges and rounding allowed"
                + " for). A stock seldom falls so fast: the two are likely different measures (a part given as"
                + " the whole, another count under the same name), or one of them is wrong." + witnesses;
        return new Finding(ConflictCheck.ID, Severity.WARNING, List.of(later.claim().id(), earlier.claim().id()), message);
    }
}
