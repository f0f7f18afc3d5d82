package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed field schemas of {@code datapackage.json}: what the writer declares, that every cell it writes matches the
 * declared type or pattern (so Frictionless tools read it), that the bundled descriptors declare the same, and that
 * the reader takes descriptors with and without types.
 */
class FrictionlessSchemaTest {
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    private static final Pattern DAY = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    @TempDir
    Path dir;

    private static Map<String, JsonNode> fields(Path datapackage, String resource) throws IOException {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (JsonNode r : DataPackage.MAPPER.readTree(datapackage.toFile()).path("resources")) {
            if (r.path("name").asText().equals(resource)) {
                r.path("schema").path("fields").forEach(f -> fields.put(f.path("name").asText(), f));
            }
        }
        return fields;
    }

    /** Returns the cells of the written file that break their field's type or pattern, as file:line column 'cell'. */
    private static List<String> mismatches(Path folder, String resource) throws IOException {
        Map<String, JsonNode> fields = fields(folder.resolve("datapackage.json"), resource);
        List<String> bad = new ArrayList<>();
        Path csv = folder.resolve(resource + ".csv");
        if (!Files.exists(csv)) {
            return bad;
        }
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv)) {
            List<String> header = null;
            for (var record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                for (int i = 0; i < header.size(); i++) {
                    JsonNode f = fields.get(header.get(i));
                    String cell = record.getField(i);
                    if (f == null) {
                        bad.add(resource + ".csv: column '" + header.get(i) + "' has no field schema");
                    } else if (!cell.isEmpty() && !fits(f, cell)) {
                        bad.add(resource + ".csv:" + record.getStartingLineNumber() + " " + header.get(i) + " '" + cell + "'");
                    }
                }
            }
        }
        return bad;
    }

    private static boolean fits(JsonNode field, String cell) {
        String pattern = field.path("constraints").path("pattern").asText("");
        boolean typed = switch (field.path("type").asText()) {
            case "number" -> NUMBER.matcher(cell).matches();
            case "date" -> DAY.matcher(cell).matches();
            default -> true;
        };
        return typed && (pattern.isEmpty() || Pattern.compile(pattern).matcher(cell).find());
    }

    @Test
    void write_declaresTypesPatternsAndMissingValues() throws IOException {
        ClaimDatasets.write(ClaimDatasets.load("ai-nations"), dir);
        Map<String, JsonNode> claims = fields(dir.resolve("datapackage.json"), "claims");
        assertEquals(Schemas.VALUE_PATTERN, claims.get("value").path("constraints").path("pattern").asText());
        assertEquals(Schemas.VALUE_PATTERN, claims.get("upper").path("constraints").path("pattern").asText());
        assertEquals(Schemas.DATE_PATTERN, claims.get("period_end").path("constraints").path("pattern").asText());
        assertEquals(Schemas.DATE_PATTERN, claims.get("edition").path("constraints").path("pattern").asText());
        assertEquals("string", claims.get("note").path("type").asText());
        Map<String, JsonNode> rates = fields(dir.resolve("datapackage.json"), "rates");
        assertEquals("date", rates.get("date").path("type").asText());
        assertEquals("number", rates.get("rate").path("type").asText());
        JsonNode descriptor = DataPackage.MAPPER.readTree(dir.resolve("datapackage.json").toFile());
        for (JsonNode r : descriptor.path("resources")) {
            assertEquals("[\"\"]", r.path("schema").path("missingValues").toString(), r.path("name").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"russia-ai", "ai-nations"})
    void everyCellWritten_fitsItsDeclaredTypeAndPattern(String name) throws IOException {
        ClaimDatasets.write(ClaimDatasets.load(name), dir);
        List<String> bad = new ArrayList<>();
        for (CsvSchema schema : Schemas.ALL) {
            bad.addAll(mismatches(dir, schema.resource()));
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyCellOfRandomDatasets_fitsItsDeclaredTypeAndPattern() throws IOException {
        ClaimDatasets.write(RandomDatasets.of(5, 2000), dir);
        List<String> bad = new ArrayList<>();
        for (CsvSchema schema : Schemas.ALL) {
            bad.addAll(mismatches(dir, schema.resource()));
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void patterns_refuseWhatTheReaderRefuses() {
        Pattern value = Pattern.compile(Schemas.VALUE_PATTERN);
        for (String ok : List.of("200000", "-12", "7.25", "2022", "2022-03", "2022-03-01")) {
            assertTrue(value.matcher(ok).find(), ok);
        }
        for (String bad : List.of("95,000", "1e5", "7.", ".5", "2022/03", "about 5", "2022-3")) {
            assertTrue(!value.matcher(bad).find(), bad);
        }
        Pattern date = Pattern.compile(Schemas.DATE_PATTERN);
        assertTrue(date.matcher("2022-03").find());
        assertTrue(!date.matcher("March 2022").find());
    }

    @ParameterizedTest
    @ValueSource(strings = {"russia-ai", "ai-nations"})
    void bundledDescriptors_declareWhatTheWriterDeclares(String name) throws IOException {
        Path bundled = Path.of("datasets", name, "datapackage.json");
        ClaimDatasets.write(ClaimDatasets.read(bundled.getParent()), dir);
        for (CsvSchema schema : Schemas.ALL) {
            Map<String, JsonNode> written = fields(dir.resolve("datapackage.json"), schema.resource());
            Map<String, JsonNode> declared = fields(bundled, schema.resource());
            for (String column : written.keySet()) {
                JsonNode w = written.get(column);
                JsonNode d = declared.get(column);
                String where = name + " " + schema.resource() + "." + column;
                assertEquals(w.path("type").asText(), d.path("type").asText(), where);
                assertEquals(w.path("constraints").path("pattern").asText(""),
                        d.path("constraints").path("pattern").asText(""), where);
            }
        }
    }

    @Test
    void read_takesAnOldDescriptorWithEveryFieldAString() throws IOException {
        ClaimDataset original = ClaimDatasets.load("russia-ai");
        ClaimDatasets.write(original, dir);
        Path descriptor = dir.resolve("datapackage.json");
        JsonNode root = DataPackage.MAPPER.readTree(descriptor.toFile());
        for (JsonNode r : root.path("resources")) {
            ((ObjectNode) r.path("schema")).remove("missingValues");
            for (JsonNode f : r.path("schema").path("fields")) {
                ((ObjectNode) f).put("type", "string").remove("constraints");
            }
        }
        DataPackage.MAPPER.writeValue(descriptor.toFile(), root);
        assertTrue(Files.readString(descriptor).contains("\"type\":\"string\""));
        ClaimDatasetsRoundTripTest.assertSameData(original, ClaimDatasets.read(dir));
    }
}
