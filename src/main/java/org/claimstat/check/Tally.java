package org.claimstat.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Adds up the outcomes of each check over groups, keeping findings in check order. */
final class Tally {
    private final List<Check> checks;
    private final Map<Check, long[]> counts = new IdentityHashMap<>();
    private final Map<Check, List<Finding>> findings = new IdentityHashMap<>();

    Tally(List<Check> checks) {
        this.checks = checks;
        for (Check c : checks) {
            counts.put(c, new long[2]);
            findings.put(c, new ArrayList<>());
        }
    }

    void add(Check check, Check.Outcome outcome) {
        long[] n = counts.get(check);
        n[0] += outcome.examined();
        n[1] += outcome.passed();
        findings.get(check).addAll(outcome.findings());
    }

    CheckReport report() {
        List<Finding> all = new ArrayList<>();
        List<CheckRun> runs = new ArrayList<>();
        for (Check c : checks) {
            long[] n = counts.get(c);
            List<Finding> f = findings.get(c);
            all.addAll(f);
            runs.add(new CheckRun(c.id(), c.description(), n[0], n[1], f.size()));
        }
        return new CheckReport(all, runs);
    }
}
