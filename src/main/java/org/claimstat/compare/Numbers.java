package org.claimstat.compare;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for sentences a person can check by hand. */
final class Numbers {
    private Numbers() {
    }

    /** Returns {@code x} with at most six significant digits, no exponent, no grouping. */
    static String format(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "+∞" : "-∞";
        }
        return new BigDecimal(x).round(MathContext.DECIMAL64).round(new MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
