package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record of more fields than the CSV parser reads is named as such, on its line, not as a quoting error. */
class CsvFieldLimitTest {
    @TempDir
    Path dir;

    @Test
    void headerOfTwentyThousandColumnsIsReportedAsTooManyFields() {
        String extra = IntStream.range(0, 20_000).mapToObj(i -> "x" + i).collect(Collectors.joining(","));
        DatasetException e = assertThrows(DatasetException.class, () -> ClaimDatasets.read(TinyDataset.valid()
                .text("claims.csv", TinyDataset.CLAIMS_HEADER + "," + extra + "\n").writeTo(dir)));
        assertEquals(List.of(new DatasetError("claims.csv", 1, "", "", "a record of more than 16384 fields, the most the"
                + " CSV parser reads; expected at most 16384 columns; the rest of the file was not read")), e.getErrors());
    }
}
