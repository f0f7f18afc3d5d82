package org.claimstat.draft;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;

/**
 * The record of what was drafted into a dataset, {@code drafted.csv}: one row per claim the drafter ever added, with
 * the source and span it was drafted from, its quantity as written and its quote. The claims a reviewer deletes from
 * {@code claims.csv} stay here, so merging the same articles again does not bring them back. Rows are only appended.
 *
 * <p>Columns: {@code claim} (the id it was added under), {@code source} (the dataset's source id), {@code doc_start},
 * {@code doc_end} (its span in the article text; empty where unknown), {@code quantity} (as the claim's quantity
 * prints, such as {@code 100000000 USD exact}), {@code quote}.
 */
final class DraftLog {
    static final String FILE = "drafted.csv";
    static final List<String> COLUMNS = List.of("claim", "source", "doc_start", "doc_end", "quantity", "quote");

    private final Map<String, String> bySpan = new HashMap<>();
    private final Map<String, String> byQuote = new HashMap<>();

    private DraftLog() {
    }

    /** Returns the log of dataset folder {@code dir}, empty where it has none. */
    static DraftLog read(Path dir) {
        DraftLog log = new DraftLog();
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return log;
        }
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : reader) {
                for (String column : COLUMNS) {
                    if (r.findField(column).isEmpty()) {
                        throw new IllegalStateException(file + " line " + r.getStartingLineNumber() + ": no column '"
                                + column + "'; expected the columns " + String.join(",", COLUMNS));
                    }
                }
                log.add(r.getField("claim"), r.getField("source"), r.getField("doc_start"), r.getField("doc_end"),
                        r.getField("quantity"), r.getField("quote"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (CsvParseException e) {
            throw new IllegalStateException(file + ": not a valid CSV file: " + e.getMessage(), e);
        }
        return log;
    }

    /** Returns the claims of {@code dataset} that carry a span, as a log, for a dataset drafted before logs existed. */
    static DraftLog of(List<Claim> claims) {
        DraftLog log = new DraftLog();
        claims.forEach(c -> log.add(c.id(), c.source(), span(c, DraftAssembly.DOC_START),
                span(c, DraftAssembly.DOC_END), c.quantity().toString(), c.quote()));
        return log;
    }

    /**
     * Returns the id under which drafted claim {@code c} of dataset source {@code source} was drafted before, if it
     * was: same source and span, or same source, quote and quantity.
     */
    Optional<String> find(String source, Claim c) {
        String start = span(c, DraftAssembly.DOC_START);
        String id = start.isEmpty() ? null : bySpan.get(source + "\u0000" + start + "\u0000"
                + span(c, DraftAssembly.DOC_END));
        if (id == null && !c.quote().isEmpty()) {
            id = byQuote.get(source + "\u0000" + c.quote() + "\u0000" + c.quantity());
        }
        return Optional.ofNullable(id);
    }

    /** Writes the rows of {@code claims} (with a header) to {@code file}, as the dataset writer writes CSV. */
    static void write(List<Claim> claims, Path file) {
        try (CsvWriter csv = CsvWriter.builder().quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
            csv.writeRecord(COLUMNS);
            for (Claim c : claims) {
                csv.writeRecord(c.id(), c.source(), span(c, DraftAssembly.DOC_START), span(c, DraftAssembly.DOC_END),
                        c.quantity().toString(), c.quote());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private void add(String claim, String source, String start, String end, String quantity, String quote) {
        if (!start.isEmpty()) {
            bySpan.putIfAbsent(source + "\u0000" + start + "\u0000" + end, claim);
        }
        if (!quote.isEmpty()) {
            byQuote.putIfAbsent(source + "\u0000" + quote + "\u0000" + quantity, claim);
        }
    }

    private static String span(Claim c, String column) {
        return c.extra().getOrDefault(column, "");
    }
}
