package org.claimstat.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code datapackage.json} of a dataset (a Frictionless Data Package) into a
 * {@link DatasetInfo}, recording every problem with the line of the property it concerns.
 */
final class DataPackage {
    static final String FILE = "datapackage.json";
    static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Reads a descriptor strictly: a property named twice ({@code "name": "a", "name": "b"}) or a second value after
     * the object is bad data, never a silent choice of one of them.
     */
    private static final ObjectReader STRICT = MAPPER.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]+");

    private final Problems problems;
    private final Map<String, Integer> lines;

    private DataPackage(Problems problems, Map<String, Integer> lines) {
        this.problems = problems;
        this.lines = lines;
    }

    /** Reads the descriptor; empty where it is not usable (the problems recorded). */
    static Optional<DatasetInfo> read(InputStream in, DatasetFiles files, Problems problems) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + FILE, e);
        }
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = STRICT.readTree(bytes);
            lines = lines(bytes);
        } catch (JsonProcessingException e) {
            problems.add(FILE, Math.max(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 0), "", "",
                    "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + FILE, e);
        }
        return new DataPackage(problems, lines).info(root, files);
    }

    /** Maps each property's JSON pointer ({@code /licenses/0/name}) to the line it is on. */
    private static Map<String, Integer> lines(byte[] bytes) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    private Optional<DatasetInfo> info(JsonNode root, DatasetFiles files) {
        if (root == null || !root.isObject()) {
            error("", "", "expected a JSON object (a Frictionless data package descriptor)");
            return Optional.empty();
        }
        int before = problems.size();
        String name = text(root, "/name", true);
        if (!name.isEmpty() && !NAME.matcher(name).matches()) {
            error("/name", name, "bad package name; expected lower-case letters, digits, '.', '_' and '-'");
        }
        String title = text(root, "/title", false);
        String description = text(root, "/description", false);
        List<String> licenses = licenses(root.path("licenses"));
        resources(root.path("resources"), files);
        return problems.size() == before ? Optional.of(new DatasetInfo(name, title, description, licenses))
                : Optional.empty();
    }

    private String text(JsonNode root, String pointer, boolean required) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                error(pointer, "", "missing; expected a string");
            }
            return "";
        }
        if (!node.isTextual()) {
            error(pointer, node.toString(), "expected a string, found " + node.getNodeType().toString().toLowerCase());
            return "";
        }
        if (required && node.asText().isEmpty()) {
            error(pointer, "", "empty; expected a non-empty string");
        }
        return node.asText();
    }

    private List<String> licenses(JsonNode licenses) {
        List<String> names = new ArrayList<>();
        if (licenses.isMissingNode()) {
            return names;
        }
        if (!licenses.isArray()) {
            error("/licenses", licenses.toString(), "expected an array of licences such as [{\"name\": \"CC-BY-4.0\"}]");
            return names;
        }
        for (int i = 0; i < licenses.size(); i++) {
            JsonNode name = licenses.get(i).path("name");
            JsonNode path = licenses.get(i).path("path");
            if (name.isTextual() && !name.asText().isEmpty()) {
                names.add(name.asText());
            } else if (path.isTextual() && !path.asText().isEmpty()) {
                names.add(path.asText());
            } else {
                error("/licenses/" + i, licenses.get(i).toString(), "expected a licence with a \"name\" or \"path\" string");
            }
        }
        return names;
    }

    private void resources(JsonNode resources, DatasetFiles files) {
        if (resources.isMissingNode()) {
            return;
        }
        if (!resources.isArray()) {
            error("/resources", resources.toString(), "expected an array of resources");
            return;
        }
        for (int i = 0; i < resources.size(); i++) {
            String pointer = "/resources/" + i + "/path";
            JsonNode path = resources.get(i).path("path");
            if (!path.isTextual() || path.asText().isEmpty()) {
                error(pointer, path.isMissingNode() ? "" : path.toString(), "expected the name of a file in the dataset folder");
                continue;
            }
            String file = path.asText();
            Optional<InputStream> in = file.contains("/") || file.contains("\\") ? Optional.empty() : files.open(file);
            if (in.isEmpty()) {
                error(pointer, file, "resource file '" + file + "' is not in the dataset folder; expected a file"
                        + " name such as claims.csv");
            } else {
                JsonNode fields = resources.get(i).path("schema").path("fields");
                List<String> header = fields.isArray() ? header(in.get(), file) : List.of();
                close(in.get());
                List<String> declared = new ArrayList<>();
                fields.forEach(f -> declared.add(f.path("name").asText("")));
                if (fields.isArray() && !declared.equals(header)) {
                    error("/resources/" + i + "/schema/fields", String.join(",", declared), "the schema declares the"
                            + " columns " + declared + " but the header of " + file + " has " + header + "; expected"
                            + " the same columns in the same order (Frictionless tools read a row's cells by position)");
                }
            }
        }
    }

    /** Returns the column names on the first line of a CSV file (a BOM dropped), empty where it has none. */
    private static List<String> header(InputStream in, String file) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> names = new ArrayList<>(csv.stream().findFirst().map(CsvRecord::getFields).orElse(List.of()));
            if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
                names.set(0, names.get(0).substring(1));
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void error(String pointer, String value, String message) {
        String property = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
        problems.add(FILE, lines.getOrDefault(pointer, 0), property, value, message);
    }
}
