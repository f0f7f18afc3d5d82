package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.compare.Independence;

/**
 * {@code syndication}: claims of one indicator, entity and period, from two or more sources, that
 * count as one witness (see {@link Independence}) and state the same figure: copies of one wire
 * story, one claimant's figure relayed, or one attributed origin. Reported as {@code info}, so
 * readers do not count them as confirmations. Copies whose figures differ are the {@code copies}
 * check's.
 */
final class SyndicationCheck implements Check {
    static final String ID = "syndication";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Claims from several sources that are copies of one origin (a wire story, one claimant, one attributed"
                + " source) giving the same figure, counted once.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (ClaimGroup.PeriodRun period : group.byPeriod(context)) {
            if (period.claims().size() < 2) {
                continue;
            }
            examined++;
            int before = findings.size();
            for (Independence.Cluster cluster : period.witnesses()) {
                Set<String> sources = new LinkedHashSet<>();
                Set<String> figures = new LinkedHashSet<>();
                cluster.claims().forEach(c -> {
                    sources.add(c.source());
                    figures.add(Independence.figure(c).orElseGet(() -> Words.figure(c)));
                });
                if (sources.size() > 1 && figures.size() == 1) {
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
        Claim first = cluster.representative();
        return new Finding(ID, Severity.INFO, Text.ids(cluster.claims()), sources.size() + " sources give "
                + Words.figure(first) + " for " + Text.where(first) + " as one witness, "
                + (cluster.originKnown() ? cluster.origin() : "of unknown origin") + ": " + cluster.why()
                + ". Count them once; the earliest is " + Words.claim(first, context) + ". The others: "
                + Words.claims(cluster.claims().subList(1, cluster.claims().size()), context) + ".");
    }
}
