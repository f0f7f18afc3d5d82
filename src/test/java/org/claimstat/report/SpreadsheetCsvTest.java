package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+2|'=1+2",
        "+SUM(A1)|'+SUM(A1)",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "-12.5|-12.5",
        "+7|+7",
        "200000|200000",
        "a=b|a=b",
        "Reuters|Reuters"})
    void neutralise_prefixesFormulaStartsButNotPlainNumbers(String cell, String expected) {
        assertEquals(expected, SpreadsheetCsv.neutralise(cell));
    }

    @Test
    void neutralise_prefixesTabAndCarriageReturnStarts() {
        assertEquals("'\tx", SpreadsheetCsv.neutralise("\tx"));
        assertEquals("'\rx", SpreadsheetCsv.neutralise("\rx"));
        assertEquals("", SpreadsheetCsv.neutralise(""));
    }

    @Test
    void toString_quotesAndNeutralisesEveryCell() {
        String csv = SpreadsheetCsv.toString(List.of("id", "quote"), List.of(List.of("c1", "=cmd|' /C calc'!A0"),
                List.of("c2", "a, \"b\"")));
        assertEquals("id,quote\r\nc1,'=cmd|' /C calc'!A0\r\nc2,\"a, \"\"b\"\"\"\r\n", csv);
    }

    @Test
    void toString_rejectsARowOfTheWrongLength() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SpreadsheetCsv.toString(List.of("a", "b"), List.of(List.of("1"))));
        assertEquals("row 2 has 1 cells, expected 2 like the header", e.getMessage());
    }
}
