package org.claimstat.check;

import java.util.List;
import org.claimstat.dataset.ClaimDataset;

/** Runs one check over a dataset in tests. */
final class Run {
    private Run() {
    }

    static CheckReport report(ClaimDataset dataset, String check) {
        return Checks.defaults().only(List.of(check)).run(dataset);
    }

    static List<String> messages(ClaimDataset dataset, String check) {
        return report(dataset, check).findings().stream().map(Finding::message).toList();
    }

    static CheckRun run(CheckReport report, String check) {
        return report.checks().stream().filter(r -> r.check().equals(check)).findFirst().orElseThrow();
    }
}
