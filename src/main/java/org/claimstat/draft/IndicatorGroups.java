package org.claimstat.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.Indicator;

/**
 * Puts the drafted claims of all articles that measure the same thing under one indicator. First slice: one
 * indicator per {@link ClaimFields#indicatorKey()}; the grouping reader replaces it.
 */
final class IndicatorGroups {
    private IndicatorGroups() {
    }

    /**
     * Returns the indicator of each of {@code fields}, in the same order: one of {@code given} (the user's
     * {@code indicators.csv}, may be empty) where it fits, else a new one shared by the claims of one key.
     */
    static List<Indicator> assign(List<ClaimFields> fields, List<Indicator> given) {
        Map<String, Indicator> byKey = new LinkedHashMap<>();
        List<Indicator> out = new ArrayList<>();
        for (ClaimFields f : fields) {
            out.add(byKey.computeIfAbsent(f.indicatorKey(), k -> Indicator.of(
                    k.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]++", "_").replaceAll("^_|_$", ""),
                    f.indicatorLabel(), f.unit(), Aggregation.STOCK, "drafted; review label, unit and aggregation")));
        }
        return out;
    }
}
