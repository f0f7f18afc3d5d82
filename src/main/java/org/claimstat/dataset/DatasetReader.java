package org.claimstat.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.claimstat.Indicator;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.Unit;

/**
 * Reads a whole dataset: {@code datapackage.json}, then sources, indicators, claims, rates and
 * relations, checking ids are unique and every reference resolves; throws one
 * {@link DatasetException} with every problem of every file.
 */
final class DatasetReader {
    private final DatasetFiles files;
    private final Problems problems = new Problems();
    private final Cells cells = new Cells();

    private DatasetReader(DatasetFiles files) {
        this.files = files;
    }

    static ClaimDataset read(DatasetFiles files) {
        return new DatasetReader(files).read();
    }

    private ClaimDataset read() {
        Optional<InputStream> descriptor = files.open(DataPackage.FILE);
        if (descriptor.isEmpty()) {
            problems.add(DataPackage.FILE, 0, "", "", "file is missing; expected a Frictionless data package"
                    + " descriptor with at least a name");
        }
        Optional<DatasetInfo> info = descriptor.flatMap(in -> DataPackage.read(in, files, problems));
        Table<Source> sources = table(Schemas.SOURCES, row -> RecordParsers.source(row, cells));
        DerivedChains.check(sources.items, sources.ids::line, problems);
        Table<Indicator> indicators = table(Schemas.INDICATORS, row -> RecordParsers.indicator(row, cells));
        Map<String, Unit> indicatorUnits = new HashMap<>();
        indicators.items.forEach(i -> indicatorUnits.put(i.id(), i.unit()));
        ClaimParser claimParser = new ClaimParser(cells, indicators.ids(), indicatorUnits, sources.ids());
        Table<Void> claims = read(Schemas.CLAIMS, new Table<>(), claimParser::parse);
        RateDays days = new RateDays();
        Table<Rate> rates = table(Schemas.RATES, row -> RecordParsers.rate(row, cells, sources.ids())
                .filter(r -> days.keep(row, r)));
        Table<Relation> relations = table(Schemas.RELATIONS, row -> RecordParsers.relation(row, indicators.ids()));
        if (!problems.isEmpty()) {
            throw new DatasetException(files.where(), problems.errors());
        }
        return ClaimDataset.ofChecked(info.orElseThrow(), sources.items, indicators.items,
                claimParser.claims(claims.ids), rates.items, relations.items);
    }

    /** Reads one {@code sources.csv} on its own, such as a drafter's {@code --sources FILE}. */
    static List<Source> sources(DatasetFiles files) {
        return new DatasetReader(files).alone(Schemas.SOURCES, (reader, row) -> RecordParsers.source(row, reader.cells));
    }

    /** Reads one {@code indicators.csv} on its own, such as a drafter's {@code --indicators FILE}. */
    static List<Indicator> indicators(DatasetFiles files) {
        return new DatasetReader(files).alone(Schemas.INDICATORS,
                (reader, row) -> RecordParsers.indicator(row, reader.cells));
    }

    private <T> List<T> alone(CsvSchema schema, BiFunction<DatasetReader, Row, Optional<T>> parser) {
        Table<T> table = table(schema, row -> parser.apply(this, row));
        if (!problems.isEmpty()) {
            throw new DatasetException(files.where(), problems.errors().stream().map(e -> new DatasetError(
                    files.where(), e.line(), e.column(), e.value(), e.message())).toList());
        }
        return List.copyOf(table.items);
    }

    private <T> Table<T> table(CsvSchema schema, Function<Row, Optional<T>> parser) {
        Table<T> table = new Table<>();
        return read(schema, table, row -> parser.apply(row).ifPresent(table.items::add));
    }

    /** Reads one file, handing each well-formed record to {@code parser}; returns {@code table} with the file's ids. */
    private <T> Table<T> read(CsvSchema schema, Table<T> table, Consumer<Row> parser) {
        Optional<InputStream> in = files.open(schema.file());
        if (in.isEmpty()) {
            if (schema.required()) {
                problems.add(schema.file(), 0, "", "", "file is missing; expected a CSV file with the columns "
                        + String.join(", ", schema.names()));
            }
            return table.readable(!schema.required());
        }
        int before = problems.size();
        int idColumn = schema.primaryKey().isEmpty() ? -1 : 0;
        IdLines firstLines = new IdLines();
        try (InputStream stream = in.get()) {
            CsvInput.read(schema.file(), stream, schema, problems, firstLines, row -> {
                if (idColumn >= 0 && row.firstLine() != 0) {
                    row.error(idColumn, "duplicate id '" + row.get(idColumn) + "', first on line " + row.firstLine()
                            + "; expected ids unique in " + schema.file());
                }
                parser.accept(row);
                row.finish();
            }, RecordPipe.BATCH);
        } catch (CsvInput.NotUtf8 e) {
            problems.add(schema.file(), badUtf8Line(schema.file()), "", "", "bytes that are not UTF-8; expected a UTF-8"
                    + " file; the rest of the file was not read");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + schema.file(), e);
        }
        table.ids = firstLines;
        return table.readable(problems.size() == before || !firstLines.isEmpty());
    }

    private long badUtf8Line(String file) {
        try (InputStream in = files.open(file).orElseThrow()) {
            return CsvInput.firstBadUtf8Line(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** The records read from one file, and the ids it declares (kept even for records with other errors). */
    private static final class Table<T> {
        final List<T> items = new ArrayList<>();
        IdLines ids = new IdLines();
        boolean readable;

        Table<T> readable(boolean value) {
            this.readable = value;
            return this;
        }

        /** Returns the declared ids, or empty where the file could not be read, so references are not checked. */
        Optional<Set<String>> ids() {
            return readable ? Optional.of(ids) : Optional.empty();
        }
    }
}
