package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimstat.check.Checks;

/**
 * The dataset reader's fuzz target (Jazzer): claims.csv, relations.csv and datapackage.json made of any bytes either
 * read, and then pass every check without an exception, or are refused with a {@link DatasetException} naming a file;
 * no other exception. A plain test run replays the seed corpus in
 * {@code src/test/resources/org/claimstat/dataset/DatasetReaderFuzzTestInputs/read/}; {@code bench/fuzz/run.sh}
 * fuzzes it for a bounded time.
 */
class DatasetReaderFuzzTest {
    private static final Path DIR = folder();

    @FuzzTest(maxDuration = "5m")
    void read(FuzzedDataProvider data) {
        byte[] claims = data.consumeBytes(data.consumeInt(0, 4096));
        String relations = data.consumeString(200);
        byte[] descriptor = data.consumeRemainingAsBytes();
        TinyDataset tiny = TinyDataset.valid()
                .bytes("claims.csv", concat(TinyDataset.CLAIMS_HEADER + "\n", claims))
                .text("relations.csv", "id,expression,description\nr1,\"" + relations.replace("\"", "\"\"") + "\",\n");
        if (descriptor.length > 0) {
            tiny.bytes("datapackage.json", descriptor);
        }
        try {
            Checks.defaults().run(ClaimDatasets.read(tiny.writeTo(DIR)));
        } catch (DatasetException expected) {
            assertTrue(expected.getMessage().contains(".csv") || expected.getMessage().contains(".json"),
                    () -> "a dataset error naming no file: " + expected.getMessage());
        }
    }

    private static byte[] concat(String head, byte[] tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + tail.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(tail, 0, all, h.length, tail.length);
        return all;
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("claimstat-fuzz-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
