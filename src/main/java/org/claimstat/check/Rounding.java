package org.claimstat.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;

/**
 * The range a written number's last significant digit allows, ends excluded: 66,000 is 65,500 to
 * 66,500; 66,187 is 66,186.5 to 66,187.5. Two numbers agree within rounding where their ranges
 * overlap (so 45,755 and 45,756 do not).
 */
final class Rounding {
    private Rounding() {
    }

    /** Returns the range of a claim's written number, empty where it states none (a range, a date). */
    static Optional<Interval> range(Claim c) {
        Optional<BigDecimal> n = c.quantity().number();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal stripped = n.get().stripTrailingZeros();
        double half = BigDecimal.ONE.movePointLeft(Math.max(stripped.scale(), -300)).doubleValue() / 2;
        double v = n.get().doubleValue();
        return Optional.of(new Interval(v - half, false, v + half, false));
    }

    /** Returns true where both claims state numbers in one unit that agree within rounding. */
    static boolean agree(Claim a, Claim b) {
        if (!a.unit().isConvertibleTo(b.unit())) {
            return false;
        }
        Optional<Interval> x = range(a);
        Optional<Interval> y = range(b);
        return x.isPresent() && y.isPresent() && x.get().overlaps(y.get());
    }
}
