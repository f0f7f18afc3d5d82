package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimstat.Claim;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ClaimDatasetViewsTest {
    @TempDir
    Path dir;
    private ClaimDataset dataset;

    @BeforeEach
    void read() {
        dataset = ClaimDatasets.read(TinyDataset.valid()
                .text("sources.csv", "id,publisher,title,url,published,author,language,derived_from,document\n"
                        + "s1,Reuters,A,,2024-02,,en,,\ns2,TASS,B,,,,ru,,\n")
                .text("indicators.csv", "id,label,unit,aggregation,description\nemigrants,E,person,flow,\n"
                        + "vacancies,V,vacancy,stock,\n")
                .text("claims.csv", TinyDataset.CLAIMS_HEADER + ",note\n"
                        + "c1,emigrants,RU,2022,2022,200000,,,person,estimate,estimate,X,s1,q1,n1\n"
                        + "c2,vacancies,RU,2022-03,2022-03,95000,,,vacancy,nearly,observation,Y,s2,q2,\n"
                        + "c3,emigrants,KZ,2023,,100000.50,,,person,more_than,statement,Z,s2,q3,n3\n"
                        + "c4,emigrants,RU,,,,6,9,person,range,statement,Z,s1,q4,\n")
                .writeTo(dir));
    }

    private static List<String> ids(ClaimDataset d) {
        return d.claims().stream().map(Claim::id).toList();
    }

    @Test
    void filters_keepMatchingClaimsInFileOrder() {
        assertEquals(List.of("c1", "c3", "c4"), ids(dataset.withIndicator("emigrants")));
        assertEquals(List.of("c1", "c2", "c4"), ids(dataset.withEntity("RU")));
        assertEquals(List.of("c2", "c3"), ids(dataset.withSource("s2")));
        assertEquals(List.of("c3"), ids(dataset.withSource("s2").withIndicator("emigrants")));
        assertEquals(List.of(), ids(dataset.withEntity("US")));
    }

    @Test
    void overlapping_keepsClaimsSharingADayAndOpenPeriods() {
        assertEquals(List.of("c1", "c2", "c4"), ids(dataset.overlapping(Period.of(PartialDate.ofMonth(2022, 3)))));
        assertEquals(List.of("c1", "c2", "c4"), ids(dataset.overlapping(Period.of(PartialDate.ofYear(2022)))));
        assertEquals(List.of("c3", "c4"), ids(dataset.overlapping(Period.of(PartialDate.ofYear(2030)))));
    }

    @Test
    void toTable_hasClaimColumnsExtrasIntervalsAndSource() {
        Table table = dataset.toTable();
        assertEquals("tiny", table.name());
        assertEquals(List.of("id", "indicator", "entity", "period_start", "period_end", "value", "lower", "upper",
                "unit", "hedge", "kind", "claimant", "source", "quote", "note", "interval_lower", "interval_upper",
                "publisher", "published"), table.columnNames());
        assertEquals(4, table.rowCount());
        assertEquals("100000.50", table.stringColumn("value").get(2));
        assertEquals("", table.stringColumn("period_end").get(2));
        assertEquals(180000.0, table.doubleColumn("interval_lower").get(0));
        assertEquals(220000.0, table.doubleColumn("interval_upper").get(0));
        assertEquals(100000.5, table.doubleColumn("interval_lower").get(2));
        assertTrue(Double.isNaN(table.doubleColumn("interval_upper").getDouble(2)));
        assertEquals(List.of("Reuters", "TASS", "TASS", "Reuters"), table.stringColumn("publisher").asList());
        assertEquals(List.of("2024-02", "", "", "2024-02"), table.stringColumn("published").asList());
        assertEquals(List.of("n1", "", "n3", ""), table.stringColumn("note").asList());
    }

    @Test
    void filters_rejectNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> dataset.withEntity(null));
        assertEquals("entity", e.getMessage());
    }
}
