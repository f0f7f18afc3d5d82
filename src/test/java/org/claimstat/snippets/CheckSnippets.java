package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.claimstat.check.Check;
import org.claimstat.check.CheckContext;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Checks;
import org.claimstat.check.ClaimGroup;
import org.claimstat.check.Finding;
import org.claimstat.check.MarkdownText;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;

/** The check package's Javadoc examples; JavadocExamplesTest runs each region's method. */
final class CheckSnippets {
    private CheckSnippets() {
    }

    static void check() {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        // @start region="check"
        Check roundNumbers = new Check() {
            public String id() { return "round_numbers"; }
            public String description() { return "figures that are suspiciously round"; }
            public Check.Outcome run(ClaimGroup group, CheckContext context) {
                List<Finding> found = group.claims().stream()
                        .filter(c -> c.quantity().number().map(v -> v.signum() != 0
                                && v.remainder(new BigDecimal("100000")).signum() == 0).orElse(false))
                        .map(c -> new Finding(id(), Severity.INFO, List.of(c.id()), c.quantity() + " is a round figure"))
                        .toList();
                return new Check.Outcome(group.claims().size(), group.claims().size() - found.size(), found);
            }
        };
        CheckReport report = Checks.defaults().with(roundNumbers).run(dataset);
        // @end
        assertTrue(report.checks().stream().anyMatch(r -> r.check().equals("round_numbers")));
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("round_numbers")));
    }

    static void markdown() {
        // @start region="markdown"
        MarkdownText.escape("<img src=x onerror=alert(1)> [click](javascript:alert(1))");
        // "&lt;img src=x onerror=alert(1)&gt; \[click\](javascript&#58;alert(1))"
        // @end
        assertEquals("&lt;img src=x onerror=alert(1)&gt; \\[click\\](javascript&#58;alert(1))",
                MarkdownText.escape("<img src=x onerror=alert(1)> [click](javascript:alert(1))"));
    }

    static void checks() {
        ClaimDataset dataset = ClaimDatasets.load("russia-ai");
        // @start region="checks"
        CheckReport report = Checks.defaults().only(List.of("conflict", "outlier")).run(dataset);
        report.toMarkdown();
        // @end
        assertEquals(List.of("conflict", "outlier"), report.checks().stream().map(r -> r.check()).toList());
        assertTrue(report.toMarkdown().contains("conflict"));
    }

}
