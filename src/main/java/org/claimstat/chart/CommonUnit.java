package org.claimstat.chart;

import java.util.Objects;
import java.util.Optional;
import javax.measure.UnitConverter;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Unit;

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
        Interval own = claim.interval();
        Unit from = claim.unit();
        Unit to = indicator.unit();
        if (from.equals(to) || from.kind() == Unit.Kind.RANK && to.kind() == Unit.Kind.RANK) {
            return Optional.of(own);
        }
        if (!from.isConvertibleTo(to)) {
            return Optional.empty();
        }
        UnitConverter converter = converter(from, to);
        return Optional.of(new Interval(convert(converter, own.lower()), own.lowerClosed(),
                convert(converter, own.upper()), own.upperClosed()));
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
        Unit from = claim.unit();
        Unit to = indicator.unit();
        if (from.equals(to) || from.kind() == Unit.Kind.RANK && to.kind() == Unit.Kind.RANK) {
            return Optional.of(mid);
        }
        if (!from.isConvertibleTo(to)) {
            return Optional.empty();
        }
        return Optional.of(converter(from, to).convert(mid));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static UnitConverter converter(Unit from, Unit to) {
        javax.measure.Unit a = from.measure().orElseThrow();
        javax.measure.Unit b = to.measure().orElseThrow();
        return a.getConverterTo(b);
    }

    private static double convert(UnitConverter converter, double x) {
        return Double.isInfinite(x) ? x : converter.convert(x);
    }
}
