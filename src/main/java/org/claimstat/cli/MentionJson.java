package org.claimstat.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimstat.Interval;
import org.claimstat.Value;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/** Writes mentions as the JSON list of {@code claimstat extract --format json}. */
final class MentionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private MentionJson() {
    }

    static String write(List<Extraction> extractions) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Extraction x : extractions) {
            for (Mention m : x.mentions()) {
                ObjectNode o = node(m);
                o.put("doc_mixed_script_words", x.mixedScript().size());
                list.add(o);
            }
        }
        try {
            return MAPPER.writeValueAsString(list);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static ObjectNode node(Mention m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc", m.doc());
        o.put("start", m.start());
        o.put("end", m.end());
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
        o.set("secondary", m.secondary().map(MentionJson::node).orElse(null));
        ArrayNode mixed = o.putArray("mixed_script");
        m.mixedScript().forEach(mixed::add);
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
