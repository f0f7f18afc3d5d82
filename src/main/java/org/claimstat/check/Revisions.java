package org.claimstat.check;

import java.math.BigDecimal;
import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.Unit;

/**
 * Two precise counts of one period that differ by a hair and were published weeks apart are versions of one
 * statistic, not a contradiction: the Home Office's 2022 small-boat total was 45,756 in January 2023 and 45,774 a
 * year later, and outlets quote whichever was current. The {@code conflict} check reports such a pair as a
 * {@code warning} that names both dates and says the later is likely the revised figure. "Precise" means exact
 * bare numbers of at least {@value #DIGITS} significant digits, in the indicator's unit; "a hair" at most
 * {@value #MAX_RELATIVE} of the larger; "weeks apart" at least {@value #MIN_DAYS} days between the sources'
 * publication days. A revision replaces the old figure: the newer figure (the one first published later) is given by
 * at least as many claims of the period as the older, and no one gives the older after the newer appeared. A lone
 * later figure against one that several outlets gave (Sky News's 45,728 against three outlets' 45,774), or an
 * older figure still given after it (PA's 28,561 between 28,526 before and after), stays a conflict: a misquote.
 */
final class Revisions {
    static final int DIGITS = 4;
    static final double MAX_RELATIVE = 0.01;
    static final int MIN_DAYS = 14;

    private Revisions() {
    }

    /** Returns true where the pair reads as two versions of one statistic, {@code claims} being all claims of its period. */
    static boolean likely(Claim a, Claim b, List<Claim> claims, CheckContext context) {
        if (!precise(a, context) || !precise(b, context)) {
            return false;
        }
        long da = context.publishedDay(a);
        long db = context.publishedDay(b);
        if (da == Long.MAX_VALUE || db == Long.MAX_VALUE || Math.abs(da - db) < MIN_DAYS) {
            return false;
        }
        BigDecimal x = a.quantity().number().orElseThrow();
        BigDecimal y = b.quantity().number().orElseThrow();
        if (x.subtract(y).abs().doubleValue() > MAX_RELATIVE * Math.max(x.abs().doubleValue(), y.abs().doubleValue())) {
            return false;
        }
        List<Long> daysOfX = days(x, claims, context);
        List<Long> daysOfY = days(y, claims, context);
        boolean xOlder = first(daysOfX) <= first(daysOfY);
        List<Long> older = xOlder ? daysOfX : daysOfY;
        List<Long> newer = xOlder ? daysOfY : daysOfX;
        long newerSince = first(newer);
        return newer.size() >= older.size() && older.stream().allMatch(d -> d < newerSince);
    }

    /** Returns the publication days of the claims (copies included) whose figure is exactly {@code n}. */
    private static List<Long> days(BigDecimal n, List<Claim> claims, CheckContext context) {
        return claims.stream().filter(c -> c.quantity().hedge() == Hedge.EXACT
                && c.quantity().number().map(m -> m.compareTo(n) == 0).orElse(false))
                .map(context::publishedDay).toList();
    }

    private static long first(List<Long> days) {
        return days.stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }

    private static boolean precise(Claim c, CheckContext context) {
        return c.quantity().hedge() == Hedge.EXACT && c.unit().equals(context.indicator(c.indicator()).unit())
                && c.unit().kind() != Unit.Kind.DATE
                && c.quantity().number().map(n -> n.stripTrailingZeros().precision() >= DIGITS).orElse(false);
    }

    /** Returns the finding for a pair {@link #likely} accepts: the earlier-published claim first. */
    static Finding finding(Claim a, Claim b, CheckContext context) {
        Claim earlier = context.publishedDay(a) <= context.publishedDay(b) ? a : b;
        Claim later = earlier == a ? b : a;
        BigDecimal diff = later.quantity().number().orElseThrow().subtract(earlier.quantity().number().orElseThrow()).abs();
        Unit unit = context.indicator(later.indicator()).unit();
        String message = "Likely two versions of one statistic for " + Text.where(later) + ": "
                + Words.claim(earlier, context) + ", and later " + Words.claim(later, context) + ". Precise counts that"
                + " differ by only " + Words.amount(diff.doubleValue(), unit) + " and were published weeks apart are"
                + " usually a revision: the later figure is likely the current one; check the statistic's own release.";
        return new Finding(ConflictCheck.ID, Severity.WARNING, List.of(earlier.id(), later.id()), message);
    }
}
