package org.claimstat.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.claimstat.Value;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the Tablesaw view of an extraction's mentions (the same fields as the JSON output). */
final class MentionTables {
    private MentionTables() {
    }

    static Table of(String name, List<Mention> mentions) {
        return Table.create(name,
                text("doc", mentions, Mention::doc),
                IntColumn.create("start", mentions.stream().mapToInt(Mention::start).toArray()),
                IntColumn.create("end", mentions.stream().mapToInt(Mention::end).toArray()),
                text("text", mentions, Mention::text),
                text("kind", mentions, m -> m.kind().code()),
                text("value", mentions, m -> m.valueText().orElse("")),
                text("lower", mentions, m -> m.lower().map(Value::toString).orElse("")),
                text("upper", mentions, m -> m.upper().map(Value::toString).orElse("")),
                text("hedge", mentions, m -> m.hedge().code()),
                text("unit", mentions, m -> m.unit().toString()),
                text("interval", mentions, m -> m.interval().map(Object::toString).orElse("")),
                text("counted", mentions, Mention::counted),
                BooleanColumn.create("boilerplate", mentions.stream().map(Mention::boilerplate).toList()),
                text("mixed_script", mentions, m -> String.join(" ", m.mixedScript())));
    }

    private static StringColumn text(String name, List<Mention> mentions, Function<Mention, String> cell) {
        return StringColumn.create(name, mentions.stream().map(cell).map(s -> Optional.ofNullable(s).orElse("")));
    }
}
