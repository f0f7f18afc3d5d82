package org.claimstat.draft;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.PartialDate;
import org.claimstat.Period;

/**
 * Dated events that news counts from or makes figures at without giving their dates, such as the UN climate
 * conferences ("pledged at COP28"): a table shipped as {@code events.csv} beside this class (a Java pattern of the
 * names an article may use, the first and last scheduled day, a label). An article's event is the one it names most
 * often (the first named on a tie), where that event began by the publication date.
 */
final class Events {
    /**
     * One event.
     *
     * @param label a readable name with its place, such as {@code COP28 (Dubai)}
     * @param period its first and last scheduled day
     */
    record Event(String label, Period period) {
        LocalDate first() {
            return period.firstDay();
        }

        LocalDate last() {
            return period.lastDay();
        }
    }

    private record Named(Pattern names, Event event) {
    }

    private static final List<Named> TABLE = load();

    private Events() {
    }

    /** Returns the event {@code text} names most often that began by {@code published}, if any. */
    static Optional<Event> main(String text, Optional<PartialDate> published) {
        Event best = null;
        int bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        for (Named n : TABLE) {
            if (published.isPresent() && n.event().first().isAfter(published.get().lastDay())) {
                continue;
            }
            Matcher m = n.names().matcher(text);
            int count = 0;
            int first = -1;
            while (m.find()) {
                first = count++ == 0 ? m.start() : first;
            }
            if (count > bestCount || count > 0 && count == bestCount && first < bestFirst) {
                best = n.event();
                bestCount = count;
                bestFirst = first;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Named> load() {
        return table("events.csv", r -> new Named(Pattern.compile("(?i)\\b(?:" + r.getField("pattern") + ")"),
                new Event(r.getField("label"), Period.of(PartialDate.of(LocalDate.parse(r.getField("start"))),
                        PartialDate.of(LocalDate.parse(r.getField("end")))))));
    }

    /** Returns the rows of the table {@code name} shipped beside this class, each read by {@code row}. */
    static <T> List<T> table(String name, Function<NamedCsvRecord, T> row) {
        List<T> out = new ArrayList<>();
        InputStream in = Objects.requireNonNull(Events.class.getResourceAsStream(name), name);
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : reader) {
                out.add(row.apply(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table " + name, e);
        }
        return List.copyOf(out);
    }
}
