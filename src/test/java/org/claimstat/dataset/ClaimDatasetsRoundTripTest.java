package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimDatasetsRoundTripTest {
    @TempDir
    Path dir;

    static void assertSameData(ClaimDataset expected, ClaimDataset actual) {
        assertEquals(expected.info(), actual.info());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.indicators(), actual.indicators());
        assertEquals(expected.claims(), actual.claims());
        assertEquals(expected.rates(), actual.rates());
        assertEquals(expected.relations(), actual.relations());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void writeThenRead_givesEveryFieldBack(long seed) {
        ClaimDataset original = RandomDatasets.of(seed, 400);
        ClaimDatasets.write(original, dir);
        assertSameData(original, ClaimDatasets.read(dir));
    }

    @Test
    void writeThenRead_keepsOddTextExactly() {
        ClaimDataset original = RandomDatasets.of(7, 2000);
        ClaimDatasets.write(original, dir);
        ClaimDataset back = ClaimDatasets.read(dir);
        List<String> quotes = back.claims().stream().map(c -> c.quote()).distinct().sorted().toList();
        assertEquals(RandomDatasets.ODD_TEXT.stream().sorted().toList(), quotes);
    }

    @Test
    void writeTwice_givesIdenticalFiles() throws IOException {
        ClaimDataset original = RandomDatasets.of(11, 300);
        ClaimDatasets.write(original, dir.resolve("a"));
        ClaimDatasets.write(ClaimDatasets.read(dir.resolve("a")), dir.resolve("b"));
        for (String file : List.of("datapackage.json", "claims.csv", "sources.csv", "indicators.csv", "rates.csv",
                "relations.csv")) {
            assertEquals(Files.readString(dir.resolve("a").resolve(file)), Files.readString(dir.resolve("b").resolve(file)),
                    file);
        }
    }

    static Stream<Path> datasetFolders() throws IOException {
        Path root = Path.of("datasets");
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("datasetFolders")
    void everyDatasetFolder_survivesWriteThenRead(Path folder) {
        ClaimDataset original = ClaimDatasets.read(folder);
        assertFalse(original.claims().isEmpty(), folder + " has no claims");
        ClaimDatasets.write(original, dir);
        assertSameData(original, ClaimDatasets.read(dir));
    }
}
