package org.claimstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** What the numbers of findings were written with before grouping was done by hand. */
    private static String decimalFormat(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setMaximumFractionDigits(Math.max(n.scale(), 0));
        f.setMinimumFractionDigits(Math.max(n.scale(), 0));
        return f.format(n);
    }

    @Test
    void group_writesThousandsAndWrittenDecimals() {
        assertEquals("650,000", Words.group(new BigDecimal("650000")));
        assertEquals("1,000,000", Words.group(new BigDecimal("1E+6")));
        assertEquals("3,166.50", Words.group(new BigDecimal("3166.50")));
        assertEquals("-12,345.6", Words.group(new BigDecimal("-12345.6")));
        assertEquals("999", Words.group(new BigDecimal("999")));
        assertEquals("0.05", Words.group(new BigDecimal("0.05")));
    }

    @Test
    void group_writesWhatDecimalFormatWrites() {
        List<String> table = List.of("0", "0.00", "-0.5", "1", "12", "123", "1234", "-1234", "100000", "1E+5",
                "2.5E+9", "123456789012345678901234567890", "1234.5678901", "-999999.999", "1E-7", "77000000000");
        for (String s : table) {
            assertEquals(decimalFormat(new BigDecimal(s)), Words.group(new BigDecimal(s)), s);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 10_000; k++) {
            BigDecimal n = BigDecimal.valueOf(random.nextLong(), random.nextInt(-6, 12));
            assertEquals(decimalFormat(n), Words.group(n), n.toString());
        }
    }
}
