package org.claimstat;

import java.util.Map;
import java.util.Objects;

/**
 * What a claim measures, such as "IT workers who left Russia" counted in {@code person}, with how
 * its figures aggregate ({@link Aggregation}) so checks know which rules apply.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier claims refer to
 * @param label a short human label
 * @param unit the indicator's unit; claims in compatible units are converted to it
 * @param aggregation how figures behave over time
 * @param description what exactly is counted, and how it differs from neighbouring indicators
 * @param extra further columns of the dataset file, in file order, kept for a lossless round trip
 */
public record Indicator(String id, String label, Unit unit, Aggregation aggregation, String description,
                        Map<String, String> extra) {

    /** Rejects nulls and a blank id; copies {@code extra}. */
    public Indicator {
        Ids.require(id, "indicator id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(description, "description");
        extra = Ids.copyOrdered(extra);
    }

    /** The optional column of {@code indicators.csv} that declares an indicator signed: {@code true}, {@code false} or empty. */
    public static final String SIGNED = "signed";

    /**
     * Returns true when the indicator is declared signed ({@code signed} is {@code true} in its extra
     * columns): a net flow, a change or a balance, whose figures may be negative.
     */
    public boolean signed() {
        return "true".equals(extra.get(SIGNED));
    }

    /** Returns an indicator with no extra columns. */
    public static Indicator of(String id, String label, Unit unit, Aggregation aggregation, String description) {
        return new Indicator(id, label, unit, aggregation, description, Map.of());
    }
}
