package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ExtractionTableTest {

    @Test
    void toTable_hasOneRowPerMentionWithTheJsonFields() {
        Extraction x = ClaimExtractor.standard().extract("note", "Nearly 95,000 vacancies and six to nine months.");
        Table t = x.toTable();
        assertEquals(List.of("doc", "start", "end", "text", "kind", "value", "lower", "upper", "hedge", "unit",
                "interval", "counted", "boilerplate", "mixed_script"), t.columnNames());
        assertEquals(x.mentions().size(), t.rowCount());
        assertEquals("note", t.name());
        assertEquals("nearly", t.getString(0, "hedge"));
        assertEquals("95000", t.getString(0, "value"));
        assertEquals("(90000, 95000]", t.getString(0, "interval"));
        assertEquals("range", t.getString(1, "hedge"));
        assertEquals("[6, 9]", t.getString(1, "interval"));
    }
}
