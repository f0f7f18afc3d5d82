package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A file whose name starts with '-' is read as an option by the command line: the message says so and how to pass
 * it, instead of only "Missing required parameter" (found by {@code bench/hostile/fourth_cases.py}).
 */
class LeadingDashFileTest {

    @Test
    void fileNamedWithALeadingDash_isExplained_andReadAfterTwoDashes() throws IOException {
        Path file = Path.of("-" + UUID.randomUUID() + " people.txt");   // relative: in the working folder
        Files.writeString(file, "Some 300 people came.");
        try {
            HostileInputTest.Run refused = HostileInputTest.run("extract", file.toString());
            assertEquals(2, refused.code(), refused.err());
            assertTrue(refused.err().contains("'" + file + "' names a file but starts with '-', so it was read as an"
                    + " option; put -- before it ('-- " + file + "') or write it as './" + file + "'"), refused.err());
            HostileInputTest.Run read = HostileInputTest.run("extract", "--", file.toString());
            assertEquals(0, read.code(), read.err());
            assertTrue(read.out().contains("300"), read.out());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void unknownOptionThatNamesNoFile_getsNoHint() {
        HostileInputTest.Run r = HostileInputTest.run("show", "russia-ai", "--colour");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--colour"), r.err());
        assertTrue(!r.err().contains("names a file"), r.err());
    }
}
