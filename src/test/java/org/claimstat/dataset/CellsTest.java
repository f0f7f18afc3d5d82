package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "007", "200000", "7.25", "2.50", "-0.50", "0.00", "-12",
        "999999999999999999", "-999999999999999999", "9999999999999999999", "123456789012345678.9",
        "12345678901234567890.123", "0.000000000000000000001"})
    void plainDecimal_givesWhatBigDecimalGives(String text) {
        BigDecimal expected = new BigDecimal(text);
        BigDecimal actual = Cells.plainDecimal(text);
        assertEquals(expected, actual);
        assertEquals(expected.scale(), actual.scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "1.", ".5", "-.5", "+1", "1e5", "1,000", "1 000", "1.2.3", "--1", "0x10", "١٢",
        "-0", "-0.00"})
    void plainDecimal_rejectsOtherForms(String text) {
        assertNull(Cells.plainDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7.25", "2.50", "-0.50", "999999999999999999", "12345678901234567890.123",
        "", "-", "1.", ".5", "1e5", "1,000"})
    void scanDecimal_ofCharacters_readsAsTheTextDoes(String text) {
        ValueCell fromText = new ValueCell();
        ValueCell fromChars = new ValueCell();
        char[] chars = ("x," + text + ",y").toCharArray();
        boolean plain = fromText.scanDecimal(text);
        assertEquals(plain, fromChars.scanDecimal(chars, 2, text.length()));
        if (plain) {
            assertEquals(fromText.toValue(), fromChars.toValue());
            assertEquals(text, fromChars.toValue().orElseThrow().toString());
        }
    }
}
