package org.claimstat.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;

/**
 * Which indicators a report draws, so that the report of a large dataset stays bounded: at most {@code max}
 * indicators get a section with charts and a table of claims: those with the most conflicts and warnings first, then
 * those with the most findings, then those with the most claims; the rest are {@code listed} with their counts (their claims stay in claims.csv).
 * Both lists keep the dataset's order.
 *
 * @param charted the indicators drawn, in the dataset's order
 * @param listed the indicators only listed, in the dataset's order
 * @param claims the number of claims of each indicator
 * @param findings the number of findings about claims of each indicator
 * @param max the most indicators drawn
 */
record Charted(List<Indicator> charted, List<Indicator> listed, Map<String, Integer> claims,
               Map<String, Integer> findings, int max) {

    Charted {
        charted = List.copyOf(charted);
        listed = List.copyOf(listed);
        claims = Map.copyOf(claims);
        findings = Map.copyOf(findings);
    }

    static Charted of(ClaimDataset data, List<Finding> found, int max) {
        Map<String, Integer> claims = new HashMap<>();
        Map<String, String> indicatorOf = new HashMap<>();
        for (Claim c : data.claims()) {
            claims.merge(c.indicator(), 1, Integer::sum);
            indicatorOf.put(c.id(), c.indicator());
        }
        Map<String, Integer> findings = new HashMap<>();
        Map<String, Integer> serious = new HashMap<>();
        for (Finding f : found) {
            Set<String> about = new HashSet<>();
            f.claims().forEach(id -> about.add(indicatorOf.getOrDefault(id, "")));
            about.forEach(i -> findings.merge(i, 1, Integer::sum));
            if (f.severity() != Severity.INFO) {
                about.forEach(i -> serious.merge(i, 1, Integer::sum));
            }
        }
        List<Indicator> all = data.indicators();
        Map<Indicator, Integer> order = new HashMap<>();
        all.forEach(i -> order.put(i, order.size()));
        Set<Indicator> drawn = new HashSet<>(all.stream().filter(i -> claims.getOrDefault(i.id(), 0) > 0)
                .sorted(Comparator.<Indicator>comparingInt(i -> -serious.getOrDefault(i.id(), 0))
                        .thenComparingInt(i -> -findings.getOrDefault(i.id(), 0))
                        .thenComparingInt(i -> -claims.getOrDefault(i.id(), 0)).thenComparingInt(order::get))
                .limit(max).toList());
        return new Charted(all.stream().filter(drawn::contains).toList(),
                all.stream().filter(i -> !drawn.contains(i)).toList(), claims, findings, max);
    }

    /** Returns the sentence that states the limit and says where the listed indicators' claims are. */
    String statement() {
        return "This report draws charts and claim tables for at most " + max + " indicators (those with"
                + " conflicts and warnings first, then those with findings, then those with the most claims); the other " + listed.size() + " are listed here with their"
                + " counts, and all their claims are in claims.csv."
                + (listed.stream().anyMatch(i -> claims.getOrDefault(i.id(), 0) == 0)
                        ? " Indicators without claims (such as those emptied in review) are listed, never drawn." : "");
    }
}
