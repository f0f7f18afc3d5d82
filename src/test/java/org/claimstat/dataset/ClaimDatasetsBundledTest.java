package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimDatasetsBundledTest {

    static List<String> folders() throws IOException {
        Path root = Path.of("datasets");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void names_listsEveryDatasetFolder_soTheIndexFileIsComplete() throws IOException {
        assertEquals(folders(), ClaimDatasets.names().stream().sorted().toList(),
                "datasets/index.txt must list every folder of datasets/");
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("folders")
    void load_readsTheBundledCopyLikeTheFolder(String name) {
        ClaimDataset fromClasspath = ClaimDatasets.load(name);
        ClaimDatasetsRoundTripTest.assertSameData(ClaimDatasets.read(Path.of("datasets", name)), fromClasspath);
        assertFalse(fromClasspath.claims().isEmpty());
    }

    @Test
    void load_rejectsAnUnknownName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimDatasets.load("nope"));
        assertEquals("no bundled dataset 'nope'; expected one of " + ClaimDatasets.names(), e.getMessage());
    }

    @Test
    void isBundled_rejectsPaths() {
        assertFalse(ClaimDatasets.isBundled("../datasets/russia-ai"));
        assertFalse(ClaimDatasets.isBundled("russia-ai/claims.csv"));
    }

    @Test
    void read_rejectsAMissingFolder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimDatasets.read(Path.of("target", "no-such-folder")));
        assertEquals("not a dataset folder: target/no-such-folder (no such directory)", e.getMessage());
    }
}
