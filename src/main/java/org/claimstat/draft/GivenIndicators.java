package org.claimstat.draft;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimstat.Indicator;
import org.claimstat.Unit;

/**
 * Matches a drafted claim to one of the indicators a user gave: the one whose unit fits the claim's and whose
 * keywords (the {@code keywords} column, words split by commas, semicolons or bars; else the label's words) occur
 * most in the claim's drafted label, counted noun and sentence.
 */
final class GivenIndicators {
    private static final Set<String> STOP = Set.of("the", "and", "for", "from", "with", "who", "that", "this", "into",
            "per", "of", "in", "to", "a", "an", "by", "on", "at", "people", "number");

    private GivenIndicators() {
    }

    /** Returns the given indicator that fits {@code f} best, or null where none fits. */
    static Indicator match(ClaimFields f, List<Indicator> given) {
        Indicator best = null;
        int bestScore = 0;
        String where = (f.indicatorLabel() + " " + f.mention().counted() + " " + f.quote()).toLowerCase(Locale.ROOT);
        for (Indicator i : given) {
            if (!fits(i.unit(), f.unit())) {
                continue;
            }
            int score = 0;
            for (String k : keywords(i)) {
                if (!k.isEmpty() && where.contains(k)) {
                    score += k.contains(" ") ? 2 : 1;
                }
            }
            if (i.unit().equals(f.unit()) && score > 0) {
                score++;
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean fits(Unit a, Unit b) {
        return a.equals(b) || a.kind() == b.kind() && a.kind() != Unit.Kind.COUNT || a.isConvertibleTo(b);
    }

    private static List<String> keywords(Indicator i) {
        String k = i.extra().getOrDefault("keywords", "");
        if (!k.isBlank()) {
            return Arrays.stream(k.toLowerCase(Locale.ROOT).split("[,;|]")).map(String::trim).toList();
        }
        return Arrays.stream(i.label().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 2 && !STOP.contains(w)).toList();
    }
}
