package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;

/**
 * The checks on three real multi-outlet datasets annotated by people (src/test/resources/draft/X/gold,
 * with expected-findings.md): the findings a person expects are reported, and copies of one figure
 * that differ only in rounding, conversion or hedging are not called conflicts. derna-floods was
 * annotated blind (its expected findings written before the checks were run on it).
 */
class MultiOutletGoldTest {
    private static final Path DRAFT = Path.of("src/test/resources/draft");

    private static CheckReport check(String name) {
        ClaimDataset data = ClaimDatasets.read(DRAFT.resolve(name).resolve("gold"));
        return Checks.defaults().run(data);
    }

    private static Set<String> pairs(CheckReport report, String check, Severity severity) {
        Set<String> out = new TreeSet<>();
        report.findings().stream().filter(f -> f.check().equals(check) && f.severity() == severity)
                .forEach(f -> out.add(String.join(" ", new TreeSet<>(f.claims()))));
        return out;
    }

    private static boolean named(Set<String> pairs, String a, String b) {
        return pairs.stream().anyMatch(p -> p.contains(a) && p.contains(b));
    }

    @Test
    void channelCrossings_reportsTheMisquoteAndTheUncorrectedTotal() {
        CheckReport report = check("channel-crossings");
        Set<String> conflicts = pairs(report, "conflict", Severity.CONFLICT);
        assertTrue(named(conflicts, "thenational-2023-08-10-04", "bbc-2023-08-11-07"), "1.2: 100,210 against 100,715");
        assertTrue(named(conflicts, "yahoo-2024-10-26-04", "independent-2024-01-01-06"), "1.1: Sky's 45,728 against 45,774");
        assertTrue(named(conflicts, "yahoo-2022-09-22-05", "independent-2024-01-01-05"), "1.4: 28,561 against 28,526");
        assertTrue(named(pairs(report, "copies", Severity.WARNING), "thetimes-2023-01-02-01", "guardian-2023-09-03-12"),
                "1.4: the Home Office's 2022 total, revised from 45,756 to 45,774");
    }

    @Test
    void channelCrossings_callsNoRoundingOrCopyAConflict() {
        CheckReport report = check("channel-crossings");
        Set<String> conflicts = pairs(report, "conflict", Severity.CONFLICT);
        assertFalse(conflicts.stream().anyMatch(p -> p.contains("kvia-2024-01-01-02")), "2.1: AP's bare 30,000 rounds 29,437");
        assertFalse(named(conflicts, "upday-2024-10-25-03", "upday-2024-10-25-04"), "2.1: the bare 500 is the 509");
        assertFalse(report.findings().stream().anyMatch(f -> f.check().equals("outlier")
                && f.claims().contains("kvia-2024-01-01-02")), "2.1: the 30,000 is no outlier");
        assertFalse(conflicts.stream().anyMatch(p -> p.contains("thenational-2023-08-10-03")),
                "1.3: the 250 of 'Thursday morning' counts part of the day, not against the day's 755");
        assertFalse(conflicts.stream().anyMatch(p -> p.contains("independent-2024-01-01-01")),
                "1.6: 'fell by a third' is a loose rounding of -36%, not a conflict");
        assertEquals(0, conflicts.stream().filter(p -> p.contains("shropshirestar-2024-10-26-12")).count(),
                "the coastguard's 48, copied by PA to two outlets, is one witness: one pair, not two");
    }

    @Test
    void moneyPledges_reportsTheMisquotedCurrenciesAndNotTheRoundedCopies() {
        CheckReport report = check("money-pledges");
        Set<String> conflicts = pairs(report, "conflict", Severity.CONFLICT);
        assertTrue(named(conflicts, "seenews-2023-12-01-03", "egyptianstreets-2023-12-01-04"), "1: USD 225 against 246 million");
        assertTrue(named(conflicts, "premiumtimesng-2023-11-30-05", "agbi-2023-11-30-07"), "2: USD 40 against about 50 million");
        assertTrue(named(conflicts, "reuters-2023-11-30-08", "belga-2023-11-30-06"), "4: USD 17.5 against 24.5 million");
        assertFalse(conflicts.stream().anyMatch(p -> p.contains("premiumtimesng-2023-11-30-07")
                && !p.contains("belga")), "the $17 million is a rounded copy of the 17.5, not a conflict with it");
        assertFalse(report.findings().stream().anyMatch(f -> f.check().equals("copies") && f.severity() == Severity.WARNING),
                "conversions of one pledge into other currencies are no misquotes");
    }

    @Test
    void findings_nameTheirClaimsByOutletDateAndQuote() {
        CheckReport report = check("channel-crossings");
        Finding f = report.findings().stream().filter(x -> x.check().equals("conflict")
                && x.claims().contains("thenational-2023-08-10-04")).findFirst().orElseThrow();
        assertTrue(f.message().startsWith("thenational-2023-08-10-04, 100,210 people (The National (UAE), 10 Aug 2023: \"The"
                + " latest influx"), f.message());
        assertTrue(f.message().contains(" against bbc-2023-08-11-07, 100,715 people (BBC News, 11 Aug 2023: "), f.message());
        assertTrue(f.message().contains("They are different witnesses: The National"), f.message());
        List<String> ids = f.claims();
        assertEquals(List.of("thenational-2023-08-10-04", "bbc-2023-08-11-07"), ids);
    }

    @Test
    void dernaFloods_reportsTheMinistriesAndWhoApartAndTheDernaTollGivenForLibya() {
        CheckReport report = check("derna-floods");
        Set<String> conflicts = pairs(report, "conflict", Severity.CONFLICT);
        assertTrue(named(conflicts, "pledgetimes-2023-09-16-04", "pledgetimes-2023-09-16-02"),
                "1.6: the health ministry's 3,166 against the WHO's 3,958, same day");
        assertTrue(named(conflicts, "anews-2023-09-17-01", "businessstandard-2023-09-18-03"), "1.6: 3,283 against 3,958");
        Set<String> scope = pairs(report, "scope", Severity.WARNING);
        for (String libya : List.of("khaleejtimes-2023-09-17-01", "businessstandard-2023-09-18-02")) {
            assertTrue(scope.stream().anyMatch(p -> p.contains(libya)), "1.7: OCHA's Derna 11,300 given as Libya's: " + libya);
        }
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("dates")
                && f.claims().contains("terradaily-2024-09-10-01")), "1.9: the dams burst on 11, not 10 September");
    }

    @Test
    void dernaFloods_keepsOneClaimantsFiguresOneWitness() {
        CheckReport report = check("derna-floods");
        Set<String> conflicts = pairs(report, "conflict", Severity.CONFLICT);
        assertFalse(named(conflicts, "7news-2023-09-12-01", "islamtimes-2023-09-13-01"),
                "1.5: the interior ministry's 5,200 and then more than 5,300 are one claimant's figures, not two sources");
        assertFalse(named(conflicts, "pledgetimes-2023-09-16-04", "pledgetimes-2023-09-16-01"),
                "2.2: the WHO's 'around 4,000' and its 3,958 are one witness: one conflict with the ministry, not two");
        assertFalse(report.findings().stream().anyMatch(f -> f.check().equals("copies")
                && f.message().startsWith("Misquoted copy") && f.claims().contains("7news-2023-09-12-01")),
                "an earlier figure of the same claimant is not a misquote of its later one");
    }
}
