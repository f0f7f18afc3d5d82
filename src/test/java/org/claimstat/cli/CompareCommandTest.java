package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void json_listsOneComparisonPerEntity() throws IOException {
        assertEquals(0, run("compare", "russia-ai", "--indicator", "ai_lag_behind_us_china", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(1, json.size());
        JsonNode c = json.get(0);
        assertEquals("RU", c.get("entity").asText());
        assertEquals("month", c.get("unit").asText());
        assertEquals("[6, 9]", c.get("claims").get(0).get("interval").asText());
        assertEquals(7.5, c.get("consensus").get(0).get("median").asDouble());
    }

    @Test
    void table_printsClaimsPairsAndConsensus() {
        assertEquals(0, run("compare", "russia-ai", "--indicator", "ai_lag_behind_us_china", "--entity", "RU"));
        assertTrue(out.toString().contains("c000-04"), out.toString());
        assertTrue(out.toString().contains("median"), out.toString());
    }

    @Test
    void unknownIndicator_isAnError() {
        assertEquals(2, run("compare", "russia-ai", "--indicator", "nope"));
        assertTrue(err.toString().startsWith("no indicator 'nope' in dataset russia-ai; expected one of ["),
                err.toString());
    }

    @Test
    void compare_tableOfARealMultiOutletDatasetFits120ColumnsWithReadableNumbersAndIsoDates() {
        assertEquals(0, run("compare", "src/test/resources/draft/channel-crossings/gold", "--indicator", "small_boat_arrivals"));
        String table = out.toString();
        for (String line : table.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 120, line.length() + ": " + line);
        }
        assertTrue(table.contains("45,756 people"), "thousands separators and the unit in words");
        assertTrue(table.contains("The Times, 2023-01-02"), "outlet and ISO publication date");
        assertTrue(!table.matches("(?s).*\\d\\.0\\b.*") && !table.contains("E7") && !table.contains("E4"), "no raw doubles");
    }

    @Test
    void aMissingRateAndALongNoteAreWrappedWithin120Columns() {
        // money-pledges: EUR and USD pledges of 2 December 2023, with no same-day rate when the tolerance is 0 days
        assertEquals(2, run("compare", "src/test/resources/draft/money-pledges/gold", "--indicator",
                "loss_damage_pledge", "--rate-tolerance", "0"));
        String message = err.toString();
        assertTrue(message.contains("no EUR/USD rate"), message);
        assertTrue(message.lines().allMatch(l -> l.length() <= 120), message);
        assertEquals(0, run("compare", "src/test/resources/draft/money-pledges/gold", "--indicator",
                "loss_damage_pledges_total"));
        String table = out.toString();
        assertTrue(table.contains("periods of different lengths"), table);
        assertTrue(table.lines().allMatch(l -> l.length() <= 120), table);
        assertTrue(table.lines().noneMatch(l -> l.startsWith("The claims of this flow") && l.endsWith("\u2026")),
                "the note is wrapped, not cut");
    }
}
