package org.claimstat.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import org.claimstat.Source;

/** Builds the parts of a generated {@code datapackage.json}: resources with field schemas, and the sources list. */
final class Descriptors {
    private Descriptors() {
    }

    /**
     * Returns the tabular data resource of one CSV file: typed fields (numbers, full dates, patterns of the reader's
     * grammar where a column mixes numbers and dates or date precisions), extra columns as strings.
     */
    static ObjectNode resource(CsvSchema schema, Collection<String> extraNames) {
        ObjectNode resource = DataPackage.MAPPER.createObjectNode();
        resource.put("name", schema.resource());
        resource.put("path", schema.file());
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        // The CSV dialect the writer uses, stated so Frictionless tools read the file as written instead of sniffing it.
        resource.putObject("dialect").put("delimiter", ",").put("quoteChar", "\"").put("doubleQuote", true)
                .put("lineTerminator", "\n").put("header", true);
        ObjectNode tableSchema = resource.putObject("schema");
        ArrayNode fields = tableSchema.putArray("fields");
        for (CsvSchema.Field f : schema.fields()) {
            field(fields, f);
        }
        for (String name : extraNames) {
            field(fields, name.equals(Schemas.EDITION.name()) && (schema == Schemas.CLAIMS || schema == Schemas.SOURCES)
                    ? Schemas.EDITION : new CsvSchema.Field(name, "string", "Extra column, kept as text"));
        }
        // An empty cell is a missing value (open period, no bound, unknown date), allowed wherever no constraint requires one.
        tableSchema.putArray("missingValues").add("");
        if (!schema.primaryKey().isEmpty()) {
            tableSchema.put("primaryKey", schema.primaryKey());
        }
        // The Frictionless profile refuses an empty foreignKeys list: a file with none leaves it out.
        ArrayNode foreignKeys = schema.foreignKeys().isEmpty() ? DataPackage.MAPPER.createArrayNode()
                : tableSchema.putArray("foreignKeys");
        for (CsvSchema.ForeignKey k : schema.foreignKeys()) {
            ObjectNode key = foreignKeys.addObject().put("fields", k.field());
            key.putObject("reference").put("resource", k.resource()).put("fields", k.referenceField());
        }
        return resource;
    }

    /** Adds a field schema: name, Frictionless type, description and, where the column has one, its pattern. */
    private static void field(ArrayNode fields, CsvSchema.Field f) {
        ObjectNode field = fields.addObject().put("name", f.name()).put("type", f.type())
                .put("description", f.description());
        if (!f.pattern().isEmpty()) {
            field.putObject("constraints").put("pattern", f.pattern());
        }
    }

    /** Returns the Frictionless {@code sources}: one per source, titled by its title (or publisher, or id), with its URL. */
    static ArrayNode sources(List<Source> sources) {
        ArrayNode list = DataPackage.MAPPER.createArrayNode();
        for (Source s : sources) {
            String title = !s.title().isEmpty() ? s.title() : !s.publisher().isEmpty() ? s.publisher() : s.id();
            ObjectNode node = list.addObject().put("title", title);
            s.url().ifPresent(url -> node.put("path", url));
        }
        return list;
    }
}
