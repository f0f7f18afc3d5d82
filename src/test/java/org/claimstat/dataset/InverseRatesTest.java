package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rate and the rate of the inverted pair on the same day must agree, or a conversion depends on its direction. */
class InverseRatesTest {
    private static final String HEADER = "date,base,quote,rate,source\n";

    @TempDir
    Path dir;

    @Test
    void inverseThatDisagreesIsReportedOnItsLine() {
        DatasetException e = assertThrows(DatasetException.class, () -> ClaimDatasets.read(
                rates("2024-02-01,USD,RUB,90,s1\n2024-02-01,RUB,USD,1,s1\n")));
        assertEquals(List.of(new DatasetError("rates.csv", 3, "rate", "1", "a rate of RUB in USD for 2024-02-01"
                + " (1 RUB = 1 USD) that is not the inverse of line 2 (1 USD = 90 RUB); expected rates of one day that"
                + " agree in both directions (within 2%)")), e.getErrors());
    }

    @Test
    void roundedInverseAndInversesOfOtherDaysPass() {
        assertEquals(3, ClaimDatasets.read(rates("2024-02-01,USD,RUB,90,s1\n2024-02-01,RUB,USD,0.0111,s1\n"
                + "2024-02-02,RUB,USD,1,s1\n")).rates().size());
    }

    private Path rates(String rows) {
        return TinyDataset.valid().text("rates.csv", HEADER + rows).writeTo(dir);
    }
}
