package org.claimstat.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.claimstat.Interval;
import org.claimstat.Value;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * Writes mentions as the JSON list of {@code claimstat extract --format json}, streamed: each part's mentions are
 * written and flushed as they come, so that no output is held whole. {@link #start}, then {@link #write} per part,
 * then {@link #end}.
 */
final class MentionJson implements MentionOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final JsonGenerator json;

    MentionJson(Writer out) {
        try {
            this.json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()
                    .setCharacterEscapes(JsonText.ESCAPES);
            json.setCodec(MAPPER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start() {
        io(json::writeStartArray);
    }

    @Override
    public void write(Extraction x, int offset) {
        io(() -> {
            for (Mention m : x.mentions()) {
                ObjectNode o = node(m, offset);
                o.put("doc_mixed_script_words", x.mixedScript().size());
                json.writeTree(o);
            }
            json.flush();
        });
    }

    @Override
    public void end() {
        io(() -> {
            json.writeEndArray();
            json.writeRaw('\n');
            json.flush();
        });
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode node(Mention m, int offset) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc", m.doc());
        o.put("start", offset + m.start());
        o.put("end", offset + m.end());
        o.put("text", m.text());
        putValue(o, "value", m.yearless().isPresent() ? m.yearless().map(Object::toString).map(s -> (Object) s)
                : m.value().map(MentionJson::plain));
        putValue(o, "lower", m.lower().map(MentionJson::plain));
        putValue(o, "upper", m.upper().map(MentionJson::plain));
        o.put("hedge", m.hedge().code());
        o.put("unit", m.unit().symbol());
        o.put("counted", m.counted());
        o.put("boilerplate", m.boilerplate());
        o.put("kind", m.kind().code());
        o.put("number", m.number());
        o.put("scale", m.scale().orElse(null));
        o.put("interval", m.interval().map(Interval::toString).orElse(null));
        o.put("anchor", m.anchor().orElse(null));
        o.set("secondary", m.secondary().map(s -> node(s, offset)).orElse(null));
        ArrayNode mixed = o.putArray("mixed_script");
        m.mixedScript().forEach(mixed::add);
        o.put("dimension", m.dimension());
        o.put("per", m.per().orElse(null));
        o.put("change", m.change());
        return o;
    }

    private static Object plain(Value v) {
        return v instanceof Value.Decimal d ? d.number() : v.toString();
    }

    private static void putValue(ObjectNode o, String field, java.util.Optional<Object> v) {
        if (v.isEmpty()) {
            o.putNull(field);
        } else if (v.get() instanceof java.math.BigDecimal d) {
            o.put(field, d);
        } else {
            o.put(field, v.get().toString());
        }
    }
}
