package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records are parsed on a second thread and handed over in batches; errors keep their lines and order. */
class CsvInputBatchesTest {
    private static final String BAD_NUMBER = "expected a plain decimal such as 200000 or 7.25 (no separators, no exponent)";

    @TempDir
    Path dir;

    private static String claim(int i, String value) {
        return "c" + i + ",emigrants,RU,2022,2022," + value + ",,,person,approximately,statement,Someone,s1,q" + i;
    }

    @Test
    void read_reportsErrorsOfSeveralBatchesInLineOrder() {
        int rows = 2 * RecordPipe.BATCH + 10;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(claim(i, "1000"));
        }
        int lastOfFirst = RecordPipe.BATCH - 1;
        int firstOfSecond = RecordPipe.BATCH;
        int lastOfSecond = 2 * RecordPipe.BATCH - 1;
        lines.set(lastOfFirst, claim(lastOfFirst, "x"));
        lines.set(firstOfSecond, claim(firstOfSecond, "y"));
        lines.set(1500, claim(3, "1000"));
        lines.set(lastOfSecond, claim(lastOfSecond, "1,5").replace(",1,5,", ",\"1,5\","));
        lines.set(rows - 1, claim(rows - 1, "z"));
        DatasetException e = assertThrows(DatasetException.class,
                () -> ClaimDatasets.read(TinyDataset.valid().claims(lines.toArray(String[]::new)).writeTo(dir)));
        assertEquals(List.of(
                "claims.csv:1025: column 'value': bad number 'x'; " + BAD_NUMBER,
                "claims.csv:1026: column 'value': bad number 'y'; " + BAD_NUMBER,
                "claims.csv:1502: column 'id': duplicate id 'c3', first on line 5; expected ids unique in claims.csv",
                "claims.csv:2049: column 'value': bad number '1,5'; " + BAD_NUMBER,
                "claims.csv:2059: column 'value': bad number 'z'; " + BAD_NUMBER),
                e.getErrors().stream().map(DatasetError::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 1024})
    void read_keepsLinesAndOrderWhateverTheBatchSize(int batchSize) {
        String csv = TinyDataset.CLAIMS_HEADER + "\n"
                + claim(1, "1") + "\n"
                + claim(2, "2").replace(",q2", ",\"two\nlines\"") + "\n"
                + "\n"
                + "c3,emigrants\n"
                + claim(4, "x") + "\n"
                + claim(5, "5").replace(",q5", ",\"unclosed") + "\n";
        Problems problems = new Problems();
        List<Long> seen = new ArrayList<>();
        CsvInput.read("claims.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Schemas.CLAIMS,
                problems, row -> {
                    seen.add(row.line());
                    if (row.get(Schemas.C_VALUE).equals("x")) {
                        row.error(Schemas.C_VALUE, "bad");
                    }
                }, batchSize);
        assertEquals(List.of(2L, 3L, 7L), seen);
        assertEquals(List.of(
                "claims.csv:6: record has 2 fields; expected 14 as in the header",
                "claims.csv:7: column 'value': bad",
                "claims.csv:8: malformed CSV: Unclosed quoted field at end of input; expected RFC 4180 quoting (a field"
                        + " with a comma, quote or line break in double quotes, inner quotes doubled); the rest of the"
                        + " file was not read"),
                problems.errors().stream().map(DatasetError::toString).toList());
    }

    @Test
    void read_stopsTheParsingThreadWhenTheParserFails() {
        StringBuilder csv = new StringBuilder(TinyDataset.CLAIMS_HEADER).append('\n');
        for (int i = 0; i < 20_000; i++) {
            csv.append(claim(i, "1")).append('\n');
        }
        IllegalStateException failure = new IllegalStateException("parser failed");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CsvInput.read("claims.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), Schemas.CLAIMS,
                new Problems(), row -> {
                    if (row.line() == 100) {
                        throw failure;
                    }
                }, 2));
        assertSame(failure, e);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("claimstat-csv") && t.isAlive()), "parsing thread still running");
    }
}
