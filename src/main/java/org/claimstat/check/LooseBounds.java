package org.claimstat.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Independence;

/**
 * The {@code stale} check's view of bounds: "more than n" and "up to n" are true of any figure on their open side,
 * but a reader takes them to be close to n, on the scale n is written on (Cummins, Sauerland and Solt, "Granularity
 * and scalar implicature in numerical expressions", 2012; McNabb et al. 2016 for "up to"). Where another witness of
 * the same indicator, entity and period gives a figure wholly beyond that reach (KCC's "passed 35,000" deaths on a day
 * AFAD counted 42,310; "up to GBP 60 million" for a pledge of GBP 40 million), the bound holds but misleads: most often
 * an older figure repeated (stale), else a bound of another scope. A {@code warning}, never a conflict: the claims can
 * all be true.
 *
 * <p>The reach of a bound {@code n} is {@code n ± s}, with {@code s} the granularity of n (the largest 1 or 5 × 10^k
 * it is a multiple of: 5,000 for 35,000, 10 million for 60 million), at least 10% of n. The other figure is read
 * roughly (a bare number's rounding forgiven) and in the indicator's unit. A count of one day published that day is a
 * partial count, not a loose bound.
 */
final class LooseBounds {
    /** The least reach of a bound, as a share of its number. */
    private static final double LEAST_REACH = 0.10;
    /** How many figures beyond a bound a finding names (the nearest first). */
    private static final int NAMED = 3;

    private LooseBounds() {
    }

    /** One witness's figure, read roughly in the indicator's unit. */
    private record Read(Claim claim, Interval interval, Independence.Cluster witness) {
    }

    /** Returns the warnings for the bounds of one period that other witnesses' figures leave far behind. */
    static List<Finding> find(ClaimGroup.PeriodRun period, CheckContext context) {
        if (period.witnesses().size() < 2) {
            return List.of();
        }
        List<Read> reads = new ArrayList<>();
        for (Independence.Cluster w : period.witnesses()) {
            Claim c = ConflictCheck.figure(w, context);
            ConflictCheck.roughly(c, context).ifPresent(i -> reads.add(new Read(c, i, w)));
        }
        List<Read> byLower = new ArrayList<>(reads);
        byLower.sort(Comparator.comparingDouble((Read r) -> r.interval().lower()));
        List<Read> byUpper = new ArrayList<>(reads);
        byUpper.sort(Comparator.comparingDouble((Read r) -> r.interval().upper()).reversed());
        List<Finding> findings = new ArrayList<>();
        for (Read bound : reads) {
            Hedge h = bound.claim().quantity().hedge();
            Optional<BigDecimal> n = bound.claim().quantity().number();
            if (!(h.isOpenAbove() || h.isOpenBelow()) || n.isEmpty() || n.get().signum() <= 0
                    || !Origins.inOwnUnit(context).test(bound.claim()) || bound.claim().unit().kind() == Unit.Kind.DATE
                    || sameDay(bound.claim(), context)) {
                continue;
            }
            double v = n.get().doubleValue();
            double reach = Math.max(bound.claim().quantity().granularity().orElse(0), LEAST_REACH * v);
            boolean lower = h.isOpenAbove();
            double limit = lower ? v + reach : v - reach;
            List<Read> beyond = beyond(lower ? byLower : byUpper, lower, limit);
            if (!beyond.isEmpty()) {
                findings.add(finding(bound, beyond, lower, limit, context));
            }
        }
        return findings;
    }

    /**
     * True for a count of one day published that day ("more than 400 people" crossed, "the Home Office has yet to
     * confirm"): the day was not over, so the bound is a partial count, as {@link PartOfDay} reads a morning's figure.
     */
    private static boolean sameDay(Claim c, CheckContext context) {
        return c.period().isBounded() && c.period().firstDay().equals(c.period().lastDay())
                && context.publishedDay(c) == c.period().lastDay().toEpochDay();
    }

    /**
     * Returns the figures wholly beyond a bound's reach, nearest first: those starting above {@code limit} for a lower
     * bound (of {@code sorted} by lower end, rising), those ending below it for an upper bound (by upper end, falling).
     */
    private static List<Read> beyond(List<Read> sorted, boolean lower, double limit) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Interval i = sorted.get(mid).interval();
            if (lower ? i.lower() > limit : i.upper() < limit) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return sorted.subList(lo, sorted.size());
    }

    private static Finding finding(Read bound, List<Read> beyond, boolean lower, double limit, CheckContext context) {
        Unit unit = context.indicator(bound.claim().indicator()).unit();
        Read nearest = beyond.get(0);
        List<Read> named = beyond.subList(0, Math.min(NAMED, beyond.size()));
        List<String> ids = new ArrayList<>(List.of(bound.claim().id()));
        named.forEach(r -> ids.add(r.claim().id()));
        String others = beyond.size() == 1 ? ""
                : " Further still: " + String.join("; ", named.subList(1, named.size()).stream()
                        .map(r -> Words.claim(r.claim(), context)).toList())
                + (beyond.size() > NAMED ? " and " + (beyond.size() - NAMED) + " more" : "") + ".";
        String message = "Loose bound for " + Text.where(bound.claim()) + ": " + Words.claim(bound.claim(), context)
                + " holds, but a reader takes " + Words.figure(bound.claim()) + " to be " + (lower ? "not far above" : "close to")
                + " it, " + (lower ? "at most about " : "at least about ") + Words.amount(limit, unit) + ", while "
                + Words.claim(nearest.claim(), context) + " gives " + (lower ? "at least " + Words.amount(nearest.interval().lower(), unit)
                : "at most " + Words.amount(nearest.interval().upper(), unit)) + " for the same period." + others + " The bound "
                + (lower ? "understates" : "overstates") + " the figure: likely an earlier or partial count repeated (stale),"
                + " a bound of another scope, or two estimates far apart. " + Origins.pair(bound.witness(), nearest.witness()) + ".";
        return new Finding(StaleCheck.ID, Severity.WARNING, ids, message);
    }
}
