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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void json_listsMentionsWithTheContractFields() throws IOException {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Nearly 95,000 vacancies were open at the end of March.\nSign up to get $50 free.\n");
        Run r = run("extract", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertEquals(3, list.size());
        JsonNode first = list.get(0);
        for (String field : List.of("doc", "start", "end", "text", "value", "lower", "upper", "hedge", "unit",
                "counted", "boilerplate")) {
            assertTrue(first.has(field), field);
        }
        assertEquals("note", first.get("doc").asText());
        assertEquals(0, first.get("start").asInt());
        assertEquals("Nearly 95,000", first.get("text").asText());
        assertEquals(95000, first.get("value").asInt());
        assertTrue(first.get("lower").isNull());
        assertEquals("nearly", first.get("hedge").asText());
        assertEquals("vacancy", first.get("unit").asText());
        assertEquals("vacancies", first.get("counted").asText());
        assertEquals("(94000, 95000]", first.get("interval").asText());
        assertEquals("--03", list.get(1).get("value").asText());
        assertTrue(list.get(2).get("boilerplate").asBoolean());
        assertTrue(r.err().contains("note: 1 boilerplate lines (advertising), 1 of 3 mentions in them"), r.err());
    }

    @Test
    void table_reportsMixedScriptsOnStandardError() throws IOException {
        Path file = dir.resolve("hidden.txt");
        Files.writeString(file, "The firm hired 500 wоrkers.\n");
        Run r = run("extract", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("hidden") && l.contains("500") && l.contains("person")), r.out());
        assertEquals("hidden: 1 words mix scripts (Latin+Cyrillic), read as normalised: wоrkers\n", r.err());
    }

    @Test
    void missingFile_failsWithItsName() {
        Run r = run("extract", dir.resolve("absent.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot read " + dir.resolve("absent.txt") + ": no such file"), r.err());
    }
}
