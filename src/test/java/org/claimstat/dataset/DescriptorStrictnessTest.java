package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A datapackage.json that says two things at once is bad data, never a silent choice of one of them. */
class DescriptorStrictnessTest {
    @TempDir
    Path dir;

    @Test
    void propertyNamedTwiceIsReportedWithItsLine() {
        String message = error("{\"name\": \"tiny\",\n\"name\": \"other\",\n\"licenses\": [{\"name\": \"CC0-1.0\"}]}");
        assertTrue(message.startsWith("datapackage.json:2: not valid JSON: Duplicate field 'name'"), message);
    }

    @Test
    void secondValueAfterTheDescriptorIsReported() {
        String message = error("{\"name\": \"tiny\"}\n{\"name\": \"other\"}");
        assertTrue(message.startsWith("datapackage.json:2: not valid JSON: Trailing token"), message);
    }

    @Test
    void sameNameInTwoObjectsIsNoDuplicate() throws Exception {
        Path folder = TinyDataset.valid().text("datapackage.json", "{\"name\": \"tiny\", \"licenses\": [{\"name\": \"A\"},"
                + " {\"name\": \"B\"}], \"contributors\": [{\"title\": \"x\"}, {\"title\": \"y\"}]}").writeTo(dir);
        assertEquals("tiny", ClaimDatasets.read(folder).info().name());
    }

    private String error(String descriptor) {
        DatasetException e = assertThrows(DatasetException.class,
                () -> ClaimDatasets.read(TinyDataset.valid().text("datapackage.json", descriptor).writeTo(dir)));
        assertEquals(1, e.getErrors().size(), e::getMessage);
        return e.getMessage().lines().skip(1).findFirst().orElseThrow();
    }
}
