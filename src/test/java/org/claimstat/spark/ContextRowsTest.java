package org.claimstat.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.claimstat.check.CheckContext;
import org.junit.jupiter.api.Test;

class ContextRowsTest {

    private static ContextRows roundTrip(ContextRows rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rows);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ContextRows) in.readObject();
        }
    }

    @Test
    void context_survivesSerializationWithEveryField() throws Exception {
        ContextRows rows = roundTrip(ContextRows.of(PlantedCorpus.indicators(), PlantedCorpus.sources(),
                PlantedCorpus.rates(), PlantedCorpus.relations(), 7));
        CheckContext context = rows.context();
        for (var i : PlantedCorpus.indicators()) {
            assertEquals(i, context.indicator(i.id()));
        }
        for (var s : PlantedCorpus.sources()) {
            assertEquals(s, context.source(s.id()));
        }
        assertEquals(PlantedCorpus.relations(), context.relations());
    }

    @Test
    void indicators_rejectABadUnitNamingTheRow() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"x", "X", "no such unit!", "flow", ""});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContextRows.indicators(rows));
        assertEquals("bad row [x, X, no such unit!, flow, ] for columns [id, label, unit, aggregation, description]: "
                + "unknown unit 'no such unit!'; expected a counted noun in lower case (person), an ISO 4217 code (USD),"
                + " percent, rank:N, date, or a unit symbol (month, GW, TWh)", e.getMessage());
    }
}
