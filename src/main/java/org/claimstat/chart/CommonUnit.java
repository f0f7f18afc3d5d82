package org.claimstat.chart;

import java.util.Objects;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.compare.Converter;
import org.claimstat.dataset.ClaimDataset;

/**
 * Expresses a claim's interval in an indicator's unit, so claims can share one axis, by the one
 * conversion policy of {@link Converter} (the same as comparisons and checks): ranks as positions,
 * currencies at the dataset's rate of the claim's date, time and physical units through JSR-385.
 * Claims that do not convert are listed, not plotted.
 *
 * <p>Stateless and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.ChartSnippets region=commonUnit}
 */
public final class CommonUnit {

    private CommonUnit() {
    }

    /** Returns the claim's interval in {@code indicator}'s unit, currencies converted at the dataset's dated rates. */
    public static Optional<Interval> interval(ClaimDataset dataset, Claim claim, Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return Converter.of(dataset).convert(claim, dataset.sourceOf(claim), indicator.unit());
    }

    /** Returns the claim's stated value in {@code indicator}'s unit, currencies converted at the dataset's dated rates. */
    public static Optional<Double> stated(ClaimDataset dataset, Claim claim, Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return Converter.of(dataset).convertStated(claim, dataset.sourceOf(claim), indicator.unit());
    }

    /**
     * Returns the claim's interval in {@code indicator}'s unit by the same policy without rates: a
     * currency converts only to itself.
     */
    public static Optional<Interval> interval(Claim claim, Indicator indicator) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(indicator, "indicator");
        return Converter.convertMeasure(claim.interval(), claim.unit(), indicator.unit());
    }

    /** Returns the claim's stated value in {@code indicator}'s unit, without rates; empty for a range stated by its bounds. */
    public static Optional<Double> stated(Claim claim, Indicator indicator) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(indicator, "indicator");
        return Converter.statedPoint(claim).flatMap(p -> Converter.convertMeasure(p, claim.unit(), indicator.unit()))
                .map(Interval::lower);
    }
}
