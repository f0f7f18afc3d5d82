package org.claimstat.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.Source;

/**
 * Brings a dataset's {@code datapackage.json} up to date with what a merge wrote, changing nothing else in it: the
 * package's {@code sources} list gains the added sources, a file it does not declare (the draft log
 * {@code drafted.csv}) gets a resource, and a resource whose file has columns its schema lacks gets them as text
 * fields. The title, description, licences, existing field schemas and any property a person added stay as they are.
 */
final class PackageDescriptor {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> LOG_TYPES = Map.of("doc_start", "integer", "doc_end", "integer");
    private static final Map<String, String> LOG_DESCRIPTIONS = Map.of(
            "claim", "Id the claim was drafted under; it may since have been deleted from claims.csv in review",
            "source", "Id of the source (sources.csv) the claim was drafted from",
            "doc_start", "Index of the number's first character in the article text",
            "doc_end", "Index after the number's last character in the article text",
            "quantity", "The drafted quantity: hedge, value and unit",
            "quote", "The drafted quote");

    private PackageDescriptor() {
    }

    /**
     * Returns {@code json} with {@code added} in its sources list and every file of {@code headers} (file name to its
     * CSV header) declared with at least those columns; the same bytes where nothing was missing.
     *
     * @throws IllegalStateException where {@code json} is not a JSON object
     */
    static byte[] refreshed(byte[] json, List<Source> added, Map<String, List<String>> headers) {
        ObjectNode root;
        try {
            JsonNode node = MAPPER.readTree(json);
            if (!(node instanceof ObjectNode)) {
                throw new IllegalStateException("datapackage.json is not a JSON object; expected a data package");
            }
            root = (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("datapackage.json is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read datapackage.json", e);
        }
        boolean changed = false;
        for (Source s : added) {
            ArrayNode sources = root.get("sources") instanceof ArrayNode a ? a : root.putArray("sources");
            String title = !s.title().isEmpty() ? s.title() : !s.publisher().isEmpty() ? s.publisher() : s.id();
            ObjectNode entry = sources.addObject().put("title", title);
            s.url().ifPresent(url -> entry.put("path", url));
            changed = true;
        }
        ArrayNode resources = root.get("resources") instanceof ArrayNode a ? a : root.putArray("resources");
        for (Map.Entry<String, List<String>> file : headers.entrySet()) {
            changed |= declare(resources, file.getKey(), file.getValue());
        }
        if (!changed) {
            return json;
        }
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write datapackage.json: " + e.getMessage(), e);
        }
    }

    /** Declares {@code file} with the columns {@code header}; returns whether anything was added. */
    private static boolean declare(ArrayNode resources, String file, List<String> header) {
        ObjectNode resource = null;
        ObjectNode dialect = null;
        for (JsonNode r : resources) {
            if (r instanceof ObjectNode o && file.equals(o.path("path").asText())) {
                resource = o;
            }
            if (dialect == null && r.get("dialect") instanceof ObjectNode d) {
                dialect = d;
            }
        }
        boolean changed = false;
        if (resource == null) {
            resource = resources.addObject();
            resource.put("name", file.replaceFirst("\\.csv$", "")).put("path", file)
                    .put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", "text/csv")
                    .put("encoding", "utf-8");
            if (dialect != null) {
                resource.set("dialect", dialect.deepCopy());
            }
            resource.putObject("schema").putArray("fields");
            ((ObjectNode) resource.get("schema")).putArray("missingValues").add("");
            changed = true;
        }
        ObjectNode schema = resource.get("schema") instanceof ObjectNode s ? s : resource.putObject("schema");
        ArrayNode fields = schema.get("fields") instanceof ArrayNode f ? f : schema.putArray("fields");
        Set<String> declared = new HashSet<>();
        fields.forEach(f -> declared.add(f.path("name").asText()));
        boolean log = file.equals(DraftLog.FILE);
        for (String column : header) {
            if (declared.add(column)) {
                fields.addObject().put("name", column)
                        .put("type", log ? LOG_TYPES.getOrDefault(column, "string") : "string")
                        .put("description", log ? LOG_DESCRIPTIONS.getOrDefault(column, "") : "Extra column, kept as text");
                changed = true;
            }
        }
        return changed;
    }
}
