package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
    private static final String HEADER =
            "id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,kind,claimant,source,quote";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path dataset(String claims) throws IOException {
        Files.writeString(dir.resolve("datapackage.json"), "{\"name\": \"tiny\"}");
        Files.writeString(dir.resolve("sources.csv"),
                "id,publisher,title,url,published,author,language,derived_from,document\ns1,Reuters,A,,2024-02,,en,,\n");
        Files.writeString(dir.resolve("indicators.csv"), "id,label,unit,aggregation,description\n"
                + "vacancies,V,vacancy,stock,\nevents,E,date,date,\n");
        Files.writeString(dir.resolve("claims.csv"), HEADER + "\n" + claims);
        return dir;
    }

    private Path twoClaims() throws IOException {
        return dataset("c1,vacancies,RU,2022-03,2022-03,95000,,,vacancy,nearly,observation,CNews,s1,\"nearly 95,000\"\n"
                + "c2,events,RU,,,2024-02,,,date,exact,event,Кто-то,s1,\"In February\nof 2024\"\n");
    }

    @Test
    void show_printsAnAlignedTable() throws IOException {
        assertEquals(0, run("show", twoClaims().toString()));
        assertEquals("tiny: 2 claims, 1 sources, 2 indicators\n"
                + "\nvacancies · V\n"
                + "id  entity  period                  quantity  interval\n"
                + "c1  RU      2022-03  nearly 95,000 vacancies  (90,000, 95,000] vacancies\n"
                + "    s1 · CNews: “nearly 95,000”\n"
                + "\nevents · E\n"
                + "id  entity  period  quantity  interval\n"
                + "c2  RU      ..       2024-02  [2024-02-01, 2024-02-29]\n"
                + "    s1 · Кто-то: “In February↵of 2024”\n",
                out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void show_printsJsonWithIntervals() throws IOException {
        assertEquals(0, run("show", twoClaims().toString(), "--format", "json", "--indicator", "vacancies"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(1, json.size());
        JsonNode c1 = json.get(0);
        assertEquals("[\"id\",\"indicator\",\"entity\",\"period_start\",\"period_end\",\"value\",\"lower\",\"upper\","
                + "\"unit\",\"hedge\",\"kind\",\"claimant\",\"source\",\"quote\",\"interval_lower\",\"interval_upper\","
                + "\"interval\",\"extra\"]", fieldNames(c1));
        assertEquals("95000", c1.get("value").asText());
        assertEquals(90000.0, c1.get("interval_lower").asDouble());
        assertEquals(95000.0, c1.get("interval_upper").asDouble());
        assertEquals("(90000, 95000]", c1.get("interval").asText());
        assertEquals("nearly 95,000", c1.get("quote").asText());
    }

    private static String fieldNames(JsonNode node) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new ObjectMapper().writeValueAsString(names);
    }

    @Test
    void show_printsEveryDataErrorAndExitsWith2() throws IOException {
        Path bad = dataset("c1,vacancies,RU,2022-03,,95 000,,,vacancy,about,observation,CNews,s1,q\n");
        assertEquals(2, run("show", bad.toString()));
        assertEquals("2 errors in dataset " + bad + ":\n"
                + "claims.csv:2: column 'value': bad number '95 000'; expected a plain decimal such as 200000 or 7.25"
                + " (no separators, no exponent)\n"
                + "claims.csv:2: column 'hedge': unknown hedge 'about'; expected one of exact, approximately, estimate,"
                + " nearly, up_to, at_most, less_than, at_least, more_than, range\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void show_reportsAnUnknownDatasetWithExit1() {
        assertEquals(1, run("show", "no-such-dataset"));
        assertEquals(true, err.toString().startsWith("no dataset folder or bundled dataset 'no-such-dataset';"
                + " expected a folder or one of ["), err.toString());
    }

    @Test
    void show_rejectsAnUnknownFormat() throws IOException {
        assertEquals(2, run("show", twoClaims().toString(), "--format", "xml"));
        assertEquals(true, err.toString().startsWith("Invalid value for option '--format': expected table or json,"
                + " was 'xml'"), err.toString());
    }

    @Test
    void show_tableOfARealMultiOutletDatasetFits120Columns() {
        assertEquals(0, run("show", "src/test/resources/draft/money-pledges/gold"));
        for (String line : out.toString().split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 120, line.length() + ": " + line);
        }
        assertTrue(out.toString().contains("USD"), "amounts keep their currency");
    }
}
