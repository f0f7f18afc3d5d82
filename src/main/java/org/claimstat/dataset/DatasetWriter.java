package org.claimstat.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;

/**
 * Writes a dataset folder: the CSV files (UTF-8, LF line ends, RFC 4180 quoting only where a
 * field needs it, text exactly as held: no formula neutralising) and a generated
 * {@code datapackage.json} describing them.
 */
final class DatasetWriter {
    private final ObjectNode descriptor = DataPackage.MAPPER.createObjectNode();
    private final ArrayNode resources = DataPackage.MAPPER.createArrayNode();

    private DatasetWriter() {
    }

    static void write(ClaimDataset dataset, Path dir) {
        try {
            Files.createDirectories(dir);
            DatasetWriter writer = new DatasetWriter();
            writer.csv(dir, Schemas.SOURCES, dataset.sources(), Source::extra, DatasetWriter::row);
            writer.csv(dir, Schemas.INDICATORS, dataset.indicators(), Indicator::extra, DatasetWriter::row);
            writer.csv(dir, Schemas.CLAIMS, dataset.claims(), Claim::extra, ClaimRows::fields);
            writer.csv(dir, Schemas.RATES, dataset.rates(), Rate::extra, DatasetWriter::row);
            writer.csv(dir, Schemas.RELATIONS, dataset.relations(), Relation::extra, DatasetWriter::row);
            writer.descriptor(dataset, dir.resolve(DataPackage.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write dataset to " + dir, e);
        }
    }

    private <T> void csv(Path dir, CsvSchema schema, List<T> items, Function<T, Map<String, String>> extra,
                         Function<T, List<String>> contract) throws IOException {
        Path file = dir.resolve(schema.file());
        if (items.isEmpty() && !schema.required()) {
            Files.deleteIfExists(file);
            return;
        }
        Set<String> extraNames = new LinkedHashSet<>();
        items.forEach(item -> extraNames.addAll(extra.apply(item).keySet()));
        List<String> header = new ArrayList<>(schema.names());
        header.addAll(extraNames);
        try (CsvWriter csv = CsvWriter.builder().quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
            csv.writeRecord(header);
            List<String> fields = new ArrayList<>(header.size());
            for (T item : items) {
                fields.clear();
                fields.addAll(contract.apply(item));
                Map<String, String> extras = extra.apply(item);
                extraNames.forEach(name -> fields.add(extras.getOrDefault(name, "")));
                csv.writeRecord(fields);
            }
        }
        resources.add(Descriptors.resource(schema, extraNames));
    }

    private void descriptor(ClaimDataset dataset, Path file) throws IOException {
        DatasetInfo info = dataset.info();
        descriptor.put("name", info.name());
        descriptor.put("title", info.title());
        descriptor.put("description", info.description());
        // The Frictionless profile refuses empty licenses and sources lists: an empty one is left out.
        if (!info.licenses().isEmpty()) {
            ArrayNode licenses = descriptor.putArray("licenses");
            info.licenses().forEach(name -> licenses.addObject().put("name", name));
        }
        if (!dataset.sources().isEmpty()) {
            descriptor.set("sources", Descriptors.sources(dataset.sources()));
        }
        descriptor.put("profile", "tabular-data-package");
        descriptor.set("resources", resources);
        Files.writeString(file, DataPackage.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(descriptor)
                + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> row(Source s) {
        return List.of(s.id(), s.publisher(), s.title(), s.url().orElse(""), ClaimRows.date(s.published()),
                s.author().orElse(""), s.language().orElse(""), s.derivedFrom().orElse(""), s.document().orElse(""));
    }

    private static List<String> row(Indicator i) {
        return List.of(i.id(), i.label(), i.unit().toString(), i.aggregation().code(), i.description());
    }

    private static List<String> row(Rate r) {
        return List.of(r.date().toString(), r.base().getCurrencyCode(), r.quote().getCurrencyCode(),
                r.rate().toPlainString(), r.source());
    }

    private static List<String> row(Relation r) {
        return List.of(r.id(), r.expression(), r.description());
    }
}
