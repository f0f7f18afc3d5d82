package org.claimstat.chart;

import java.util.Objects;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Converter;

/**
 * Expresses a claim's interval in its indicator's unit, so claims can share one axis: claims in
 * the indicator's unit as they are, ranks out of any total as positions, time and physical units
 * through JSR-385 (Indriya). Currency needs dated rates and is left to the caller: such claims
 * give an empty result and are listed, not plotted.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * CommonUnit.interval(claim, indicator);  // Optional[[6, 9]] for "six to nine months" in month
 * }</pre>
 */
public final class CommonUnit {

    private CommonUnit() {
    }

    /** Returns the claim's interval in {@code indicator}'s unit, empty where it cannot be converted without outside data. */
    public static Optional<Interval> interval(Claim claim, Indicator indicator) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(indicator, "indicator");
        return inIndicatorUnit(claim.interval(), claim.unit(), indicator.unit());
    }

    /** Returns the claim's stated value in {@code indicator}'s unit, empty for a range stated by its bounds or an unconvertible unit. */
    public static Optional<Double> stated(Claim claim, Indicator indicator) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(indicator, "indicator");
        if (claim.quantity().value().isEmpty()) {
            return Optional.empty();
        }
        var value = claim.quantity().value().get();
        double mid = value.low() + (value.high() - value.low()) / 2;
        return inIndicatorUnit(Interval.point(mid), claim.unit(), indicator.unit()).map(Interval::lower);
    }

    /** Ranks out of any total share one axis of positions; other units convert through the compare package. */
    private static Optional<Interval> inIndicatorUnit(Interval interval, Unit from, Unit to) {
        if (from.kind() == Unit.Kind.RANK && to.kind() == Unit.Kind.RANK) {
            return Optional.of(interval);
        }
        return Converter.convertMeasure(interval, from, to);
    }
}
