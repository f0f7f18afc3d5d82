package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;

class CurrencyCheckTest {

    private static TestData investment() {
        return TestData.create().indicator("invest", "USD", Aggregation.STOCK)
                .source("s1", "RT", "2024-12-10").source("s2", "TASS", "2024-12-11");
    }

    @Test
    void rublesThatDoNotMatchDollarsAtTheDatedRate_areAWarningWithTheImpliedRate() {
        ClaimDataset ds = investment().rate("2024-12-09", "USD", "RUB", "100")
                .claim("c1", "invest", "2030", "approximately", "77000000000", "USD", "VTB", "s1")
                .claim("c2", "invest", "2030", "exact", "5000000000000", "RUB", "VTB", "s2").build();
        CheckReport report = Run.report(ds, "currency");
        assertEquals(List.of("c2 (exact 5000000000000 RUB: [5000000000000, 5000000000000]) converted at 1 USD = 100 RUB"
                + " on 2024-12-09 is [50000000000, 50000000000] USD, which does not meet c1 (approximately 77000000000 USD:"
                + " [75075000000, 78925000000]) for invest, RU, 2030; the two imply 1 USD = 64.9351 RUB."),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(new CheckRun("currency", new CurrencyCheck().description(), 1, 0, 1), Run.run(report, "currency"));
    }

    @Test
    void matchingAtAnInvertedRate_isSilent() {
        ClaimDataset ds = investment().rate("2024-12-12", "RUB", "USD", "0.01")
                .claim("c1", "invest", "2030", "approximately", "77000000000", "USD", "VTB", "s1")
                .claim("c2", "invest", "2030", "approximately", "7700000000000", "RUB", "VTB", "s2").build();
        CheckReport report = Run.report(ds, "currency");
        assertEquals(List.of(), report.findings());
        assertEquals(1, Run.run(report, "currency").passed());
    }

    @Test
    void noRateWithinTolerance_isSaidAsInfoNotSkipped() {
        ClaimDataset ds = investment().rate("2024-11-01", "USD", "RUB", "100")
                .claim("c1", "invest", "2030", "approximately", "77000000000", "USD", "VTB", "s1")
                .claim("c2", "invest", "2030", "exact", "5000000000000", "RUB", "VTB", "s2").build();
        CheckReport report = Run.report(ds, "currency");
        assertEquals(List.of("c2 (exact 5000000000000 RUB: [5000000000000, 5000000000000]) could not be checked against"
                + " the USD claims of invest, RU, 2030: no RUB/USD rate within 7 days of 2024-12-11; add one to rates.csv"
                + " or widen the rate tolerance."), report.findings().stream().map(Finding::message).toList());
        assertEquals(Severity.INFO, report.findings().get(0).severity());
        assertEquals(1, Run.run(report, "currency").examined());
        assertEquals(0, Run.run(report, "currency").passed());
    }
}
