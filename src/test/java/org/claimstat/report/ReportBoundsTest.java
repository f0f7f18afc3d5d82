package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimstat.Indicator;
import org.claimstat.check.Checks;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a large dataset stays bounded: charts and claim tables for at most
 * {@link Report#MAX_CHARTED_INDICATORS} indicators, those with findings first, then those with the most claims; the
 * limit stated in the report and the other indicators listed with their counts.
 */
class ReportBoundsTest {
    @TempDir
    Path dir;

    /** A dataset of {@code n} indicators: indicator i has i + 1 agreeing claims, and ind0 two that conflict. */
    private ClaimDataset dataset(int n) throws IOException {
        StringBuilder indicators = new StringBuilder("id,label,unit,aggregation,description\n");
        StringBuilder claims = new StringBuilder("id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,"
                + "kind,claimant,source,quote\n");
        for (int i = 0; i < n; i++) {
            indicators.append("ind").append(i).append(",Indicator ").append(i).append(",person,flow,\n");
            for (int c = 0; c <= i; c++) {
                String value = i == 0 && c == 0 ? "200" : "100";
                claims.append("c").append(i).append('-').append(c).append(",ind").append(i).append(",RU,2022,2022,")
                        .append(value).append(",,,person,exact,statement,X,s").append(1 + c % 2).append(",q\n");
            }
        }
        claims.append("c0-x,ind0,RU,2022,2022,100,,,person,exact,statement,Y,s2,q\n");
        Files.writeString(dir.resolve("datapackage.json"), "{\"name\": \"big\", \"licenses\": [{\"name\": \"CC0-1.0\"}]}");
        Files.writeString(dir.resolve("sources.csv"), "id,publisher,title,url,published,author,language,derived_from,"
                + "document\ns1,Reuters,A,,2024-02,,en,,\ns2,AP,B,,2024-03,,en,,\n");
        Files.writeString(dir.resolve("indicators.csv"), indicators);
        Files.writeString(dir.resolve("claims.csv"), claims);
        return ClaimDatasets.read(dir);
    }

    @Test
    void charted_takesIndicatorsWithConflictsFirstThenTheMostClaims_inDatasetOrder() throws IOException {
        ClaimDataset data = dataset(6);
        List<Finding> findings = Checks.defaults().run(data).findings();
        assertTrue(findings.stream().anyMatch(f -> f.claims().contains("c0-0") && f.severity() != Severity.INFO),
                findings.toString());
        Charted charted = Charted.of(data, findings, 3);
        assertEquals(List.of("ind0", "ind4", "ind5"), charted.charted().stream().map(Indicator::id).toList());
        assertEquals(List.of("ind1", "ind2", "ind3"), charted.listed().stream().map(Indicator::id).toList());
        assertEquals(4, charted.claims().get("ind3"));
    }

    @Test
    void charted_neverDrawsAnIndicatorWithoutClaims_butListsIt() throws IOException {
        ClaimDataset data = dataset(3);
        Files.writeString(dir.resolve("indicators.csv"), "emptied,Emptied in review,person,flow,\n",
                java.nio.file.StandardOpenOption.APPEND);
        data = ClaimDatasets.read(dir);
        Charted charted = Charted.of(data, Checks.defaults().run(data).findings(), Report.MAX_CHARTED_INDICATORS);
        assertEquals(List.of("ind0", "ind1", "ind2"), charted.charted().stream().map(Indicator::id).toList());
        assertEquals(List.of("emptied"), charted.listed().stream().map(Indicator::id).toList());
        assertTrue(charted.statement().endsWith("Indicators without claims (such as those emptied in review) are listed,"
                + " never drawn."), charted.statement());
    }

    @Test
    void report_ofMoreIndicatorsThanTheLimit_drawsTheLimitStatesItAndListsTheRest() throws IOException {
        ClaimDataset data = dataset(Report.MAX_CHARTED_INDICATORS + 5);
        Report report = Report.of(data);
        assertEquals(Report.MAX_CHARTED_INDICATORS, report.charts().size());
        assertEquals("ind0", report.charts().get(0).indicator().id());
        String markdown = report.markdown();
        assertTrue(markdown.contains("## 5 more indicators\n\nThis report draws charts and claim tables for at most 60"
                + " indicators (those with conflicts and warnings first, then those with findings, then those with the most"
                + " claims); the other 5 are listed here"
                + " with their counts, and all their claims are in claims.csv."), markdown);
        assertTrue(markdown.contains("| ind1 | Indicator 1 | 2 | 1 |\n"), markdown);
        assertEquals(Report.MAX_CHARTED_INDICATORS, markdown.split("\n## Indicator ", -1).length - 1);
    }

    @Test
    void report_ofMoreFindingsThanTheLimit_spellsOutTheLimitCountsTheRestAndKeepsEveryOneInFindingsCsv() throws IOException {
        // Per indicator, one claimant gives two different figures in two sources: a copy that differs from its origin.
        int n = Report.MAX_LISTED_FINDINGS + 20;
        StringBuilder indicators = new StringBuilder("id,label,unit,aggregation,description\n");
        StringBuilder claims = new StringBuilder("id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,"
                + "kind,claimant,source,quote\n");
        for (int i = 0; i < n; i++) {
            indicators.append("ind").append(i).append(",Indicator ").append(i).append(",person,flow,\n");
            claims.append("a").append(i).append(",ind").append(i).append(",RU,2022,2022,1000,,,person,exact,statement,X,s1,q\n");
            claims.append("b").append(i).append(",ind").append(i).append(",RU,2022,2022,1500,,,person,exact,statement,X,s2,q\n");
        }
        Files.writeString(dir.resolve("datapackage.json"), "{\"name\": \"many\", \"licenses\": [{\"name\": \"CC0-1.0\"}]}");
        Files.writeString(dir.resolve("sources.csv"), "id,publisher,title,url,published,author,language,derived_from,"
                + "document\ns1,Reuters,A,,2024-02,,en,,\ns2,AP,B,,2024-03,,en,,\n");
        Files.writeString(dir.resolve("indicators.csv"), indicators);
        Files.writeString(dir.resolve("claims.csv"), claims);
        Report report = Report.of(ClaimDatasets.read(dir));
        List<Finding> all = report.findings().stream().filter(f -> f.check().equals("copies")).toList();
        assertTrue(all.size() > Report.MAX_LISTED_FINDINGS, "fixture must exceed the limit: " + all.size());
        Severity severity = all.get(0).severity();
        long ofSeverity = report.findings().stream().filter(f -> f.severity() == severity).count();
        String html = report.html();
        assertEquals(Report.MAX_LISTED_FINDINGS, html.split("<li class=\"finding " + severity.code() + "\"", -1).length - 1);
        String more = String.format(java.util.Locale.ROOT, "%,d more not listed here (the first %,d are): every finding is"
                + " in findings.csv.", ofSeverity - Report.MAX_LISTED_FINDINGS, Report.MAX_LISTED_FINDINGS);
        assertTrue(html.contains(more), more);
        assertTrue(report.markdown().contains(more), more);
        Path out = dir.resolve("out");
        report.write(out);
        try (var rows = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(out.resolve("findings.csv"))) {
            assertEquals(report.findings().size() + 1L, rows.stream().count(), "a header and every finding");
        }
    }
}
