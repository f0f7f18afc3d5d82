package org.claimstat.chart;

import java.util.Objects;
import org.claimstat.dataset.ClaimDataset;

/**
 * A consensus band drawn behind an interval plot: a centre (such as the median of independent
 * sources) and a spread from {@code low} to {@code high}, in the indicator's unit (epoch days for
 * date indicators). A band given to {@link Charts#forest(ClaimDataset, String, java.util.Optional)}
 * belongs to no entity or period and is shaded across every row of the plot.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.ChartSnippets region=band}
 *
 * @param low the lower end of the spread
 * @param centre the consensus value
 * @param high the upper end of the spread
 * @param label what the band is, shown in the chart
 */
public record Band(double low, double centre, double high, String label) {

    /** Rejects non-finite numbers, {@code low > centre > high} and a null label. */
    public Band {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(low) || !Double.isFinite(centre) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("band ends must be finite, were " + low + ", " + centre + ", " + high);
        }
        if (low > centre || centre > high) {
            throw new IllegalArgumentException("band needs low <= centre <= high, was " + low + ", " + centre + ", " + high);
        }
    }

    /** Returns a band of the given parts. */
    public static Band of(double low, double centre, double high, String label) {
        return new Band(low, centre, high, label);
    }
}
