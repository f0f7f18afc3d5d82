package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the five seed articles and scores it against the hand-made annotation in
 * {@code extract/annotations.csv}: a hit needs value (or bounds), hedge and unit all right.
 */
class SeedPrecisionRecallTest {

    static Path seeds() {
        return Path.of(System.getProperty("claimstat.shared", "../shared"), "seeds");
    }

    @Test
    void seeds_reachPrecisionAndRecallOf95Percent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(seeds()),
                "seed articles not found at " + seeds().toAbsolutePath() + "; precision/recall not measured");
        Map<String, Extraction> byDoc = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds())) {
            for (Path f : files.sorted().toList()) {
                String doc = f.getFileName().toString().substring(0, 3);
                byDoc.put(doc, ClaimExtractor.standard().extract(doc, Files.readString(f)));
            }
        }
        AnnotationScore.Result r = AnnotationScore.score(byDoc, AnnotationScore.annotations("/extract/annotations.csv"));
        r.print("seed extraction");
        assertTrue(r.precision() >= 0.95, "precision " + r.precision());
        assertTrue(r.recall() >= 0.95, "recall " + r.recall());
    }
}
