package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Source;
import org.claimstat.compare.Claimants;
import org.claimstat.compare.Independence;

/**
 * {@code syndication}: claims of one indicator, entity and period, from two or more sources, that
 * count as one witness (see {@link Independence}): copies of one wire story, the same quote of
 * the same claimant on the same day, or the same claimant's figure repeated. Reported as
 * {@code info}, so readers do not count them as confirmations.
 */
final class SyndicationCheck implements Check {
    static final String ID = "syndication";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Claims from several sources that are copies of one story or one claimant's repeated figure, counted once.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        Map<String, String> claimants = Claimants.keys(group.claims().stream().map(Claim::claimant).distinct().toList());
        for (List<Claim> run : Runs.byPeriod(group.claims())) {
            if (run.size() < 2) {
                continue;
            }
            examined++;
            int before = findings.size();
            for (Independence.Cluster cluster : Independence.clusters(run, context::source, claimants)) {
                Set<String> sources = new LinkedHashSet<>();
                cluster.claims().forEach(c -> sources.add(c.source()));
                if (sources.size() > 1) {
                    findings.add(finding(cluster, sources, context));
                }
            }
            if (findings.size() == before) {
                passed++;
            }
        }
        return new Outcome(examined, passed, findings);
    }

    private static Finding finding(Independence.Cluster cluster, Set<String> sources, CheckContext context) {
        List<String> outlets = new ArrayList<>();
        for (String id : sources) {
            outlets.add(Text.source(context.source(id)));
        }
        List<String> why = new ArrayList<>();
        Claim first = cluster.representative();
        if (cluster.reasons().contains(Independence.Reason.SAME_STORY)) {
            Set<String> wires = new LinkedHashSet<>();
            for (String id : sources) {
                context.source(id).derivedFrom().ifPresent(wires::add);
            }
            why.add(wires.isEmpty() ? "they come from one story" : "their sources derive from " + String.join(", ", wires));
        }
        if (cluster.reasons().contains(Independence.Reason.SAME_QUOTE)) {
            why.add("they carry the same quote \"" + first.quote() + "\" from " + first.claimant() + " on the same day");
        }
        if (cluster.reasons().contains(Independence.Reason.SAME_CLAIMANT_FIGURE)) {
            why.add("they repeat one claimant's figure (" + first.claimant() + ", " + first.quantity() + ")");
        }
        Source earliest = context.source(first.source());
        return new Finding(ID, Severity.INFO, Text.ids(cluster.claims()), "Claims " + String.join(", ",
                Text.ids(cluster.claims())) + " from " + outlets.size() + " sources, " + String.join(", ", outlets)
                + ", count as one for " + Text.where(first) + ": " + String.join(" and ", why) + "; the earliest is "
                + first.id() + earliest.published().map(d -> " of " + d).orElse("") + ".");
    }
}
