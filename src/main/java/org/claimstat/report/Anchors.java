package org.claimstat.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.dataset.ClaimDataset;

/**
 * Safe, unique names derived from ids that come from data: HTML anchors for claims and
 * indicators, and file names for charts. An id of letters, digits, {@code _} and {@code -} is
 * kept; any other gets {@code _} and its position instead, so no id can inject markup or a path.
 */
final class Anchors {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}+");

    private final Map<String, String> claims;
    private final Map<String, String> indicators;

    private Anchors(Map<String, String> claims, Map<String, String> indicators) {
        this.claims = claims;
        this.indicators = indicators;
    }

    static Anchors of(ClaimDataset dataset) {
        return new Anchors(names(dataset.claims(), Claim::id), names(dataset.indicators(), Indicator::id));
    }

    private static <T> Map<String, String> names(List<T> items, Function<T, String> id) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String raw = id.apply(items.get(i));
            names.put(raw, SAFE.matcher(raw).matches() ? raw : "_" + (i + 1));
        }
        return names;
    }

    /** Returns the anchor of a claim of the dataset, such as {@code claim-c1}. */
    Optional<String> claim(String id) {
        return Optional.ofNullable(claims.get(id)).map(n -> "claim-" + n);
    }

    /** Returns the anchor of an indicator of the dataset, such as {@code indicator-it_workers_emigrated}. */
    String indicator(String id) {
        return "indicator-" + indicators.get(id);
    }

    /** Returns a file name stem for an indicator's charts, such as {@code it_workers_emigrated} or {@code _3}. */
    String file(String indicatorId) {
        return indicators.get(indicatorId);
    }
}
