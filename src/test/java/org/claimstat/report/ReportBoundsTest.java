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
}
