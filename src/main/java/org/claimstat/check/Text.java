package org.claimstat.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Period;

/** Builds the sentences of findings: numbers a person can check by hand, without exponents. */
final class Text {
    private Text() {
    }

    /** Returns {@code x} without exponent or grouping: whole numbers in full, others to six significant digits. */
    static String num(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "+∞" : "-∞";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return BigDecimal.valueOf(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Returns an interval with readable ends, such as {@code (90000, 95000]}. */
    static String interval(Interval i) {
        return (i.lowerClosed() ? "[" : "(") + num(i.lower()) + ", " + num(i.upper()) + (i.upperClosed() ? "]" : ")");
    }

    /** Returns an epoch day as an ISO date, or an infinity sign. */
    static String day(double epochDay) {
        if (Double.isInfinite(epochDay)) {
            return epochDay > 0 ? "+∞" : "-∞";
        }
        return LocalDate.ofEpochDay((long) epochDay).toString();
    }

    /** Returns an interval of epoch days as dates, such as {@code [2024-12-24, 2025-01-23]}. */
    static String days(Interval i) {
        return (i.lowerClosed() ? "[" : "(") + day(i.lower()) + ", " + day(i.upper()) + (i.upperClosed() ? "]" : ")");
    }

    /** Returns a claim with what it states and the interval it means: {@code c1 (nearly 95000 vacancy: (90000, 95000])}. */
    static String claim(Claim c, Interval meaning) {
        return c.id() + " (" + c.quantity() + ": " + interval(meaning) + ")";
    }

    /** Returns where a group of one period is: {@code it_workers_emigrated, RU, 2022}. */
    static String where(Claim c) {
        return c.indicator() + ", " + c.entity() + ", " + period(c.period());
    }

    /** Returns a period, {@code unspecified} where both ends are open. */
    static String period(Period p) {
        return p.equals(Period.UNSPECIFIED) ? "unspecified period" : p.toString();
    }

    /** Returns a source as its id and publisher, or its title where no publisher is given. */
    static String source(org.claimstat.Source s) {
        return s.id() + " (" + (s.publisher().isBlank() ? "\"" + s.title() + "\"" : s.publisher()) + ")";
    }

    /** Returns the ids of claims. */
    static List<String> ids(List<Claim> claims) {
        List<String> ids = new ArrayList<>(claims.size());
        claims.forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** Returns true when every number of {@code a} lies above every number of {@code b}. */
    static boolean above(Interval a, Interval b) {
        return !a.overlaps(b) && a.lower() >= b.upper();
    }
}
