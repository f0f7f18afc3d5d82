package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.claimstat.Aggregation;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path conflicting() {
        ClaimDatasets.write(TestData.create().indicator("vac", "vacancy", Aggregation.STOCK)
                .source("s1", "CNews", "2022-04-05").source("s2", "HH", "2022-04-06")
                .claim("c1", "vac", "2022-03", "nearly", "95000", "vacancy", "CNews", "s1")
                .claim("c2", "vac", "2022-03", "exact", "96000", "vacancy", "HH", "s2").build(), dir);
        return dir;
    }

    @Test
    void json_hasFindingsAndChecks() throws IOException {
        assertEquals(0, run("check", conflicting().toString(), "--format", "json", "--checks", "conflict,bounds"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("conflict", finding.get("check").asText());
        assertEquals("conflict", finding.get("severity").asText());
        assertEquals("[\"c1\",\"c2\"]", finding.get("claims").toString());
        assertTrue(finding.get("message").asText().startsWith("c1, almost 95,000 vacancies ("), finding.toString());
        assertEquals("conflict bounds", json.get("checks").get(0).get("check").asText() + " "
                + json.get("checks").get(1).get("check").asText());
        assertEquals(2, json.get("checks").get(1).get("examined").asInt());
    }

    @Test
    void failOn_makesTheExitCodeNonZero_onlyAtThatSeverity() {
        assertEquals(3, run("check", conflicting().toString(), "--fail-on", "conflict", "--format", "markdown"));
        assertTrue(out.toString().startsWith("# Check report\n\n1 conflicts, 0 warnings, 0 info."), out.toString());
        assertEquals(0, run("check", conflicting().toString(), "--fail-on", "warning", "--checks", "bounds"));
    }

    @Test
    void table_printsFindingsAndTheChecksThatRan() {
        assertEquals(0, run("check", "russia-ai", "--checks", "dates"));
        assertTrue(out.toString().startsWith("1 conflicts, 0 warnings, 0 info\n\nCONFLICT  dates  c003-01, c001-04\n    c003-01 ("),
                out.toString());
        assertTrue(out.toString().contains("\ncheck  examined    passed  findings\ndates         3 "), out.toString());
    }

    @Test
    void unknownCheck_andUnknownDataset_areReported() {
        assertEquals(2, run("check", "russia-ai", "--checks", "nope"));
        assertTrue(err.toString().startsWith("unknown check 'nope'; expected one of conflict,"), err.toString());
        assertEquals(1, run("check", "no-such-dataset"));
    }
}
