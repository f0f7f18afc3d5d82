package org.claimstat.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;

/**
 * Money that a source gives in two currencies for one indicator, entity and period ("EUR 100 million (USD 108.7
 * million)") is one figure and its conversion at some rate. Rates of different sources, or of one source on nearby
 * days, differ by up to about {@value #RATE_SPREAD_PERCENT}% (Reuters' 1.0891 and Argus' 1.087 USD per EUR on one
 * day), so such a source's money is read within that spread: two conversions of one pledge at two rates are no
 * conflict, while a currency written as another (GBP 40 million as USD 40 million, 20% off) still is.
 */
final class Conversions {
    static final int RATE_SPREAD_PERCENT = 1;
    private static final double SPREAD = RATE_SPREAD_PERCENT / 100.0;

    private Conversions() {
    }

    /** Returns the sources that give money of the run (one indicator, entity and period) in more than one currency. */
    static Set<String> sources(List<Claim> run) {
        Map<String, Unit> first = new HashMap<>();
        Set<String> out = new HashSet<>();
        for (Claim c : run) {
            if (c.unit().kind() == Unit.Kind.CURRENCY) {
                Unit u = first.putIfAbsent(c.source(), c.unit());
                if (u != null && !u.equals(c.unit())) {
                    out.add(c.source());
                }
            }
        }
        return out;
    }

    /** Returns the interval widened by the spread of rates on each side. */
    static Interval widen(Interval i) {
        double lower = i.lower() - Math.abs(i.lower()) * SPREAD;
        double upper = i.upper() + Math.abs(i.upper()) * SPREAD;
        return new Interval(lower, i.lowerClosed(), upper, i.upperClosed());
    }
}
