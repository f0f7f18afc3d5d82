package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd inputs beyond issue 19's list, found by {@code bench/hostile/odd_cases.py}: an empty text file, control and
 * bidirectional characters in JSON and in messages on standard error, a typo in {@code --entity}, a report folder
 * holding the user's own files, and a datapackage.json whose schema lies about the columns.
 */
class OddInputTest {
    private static final String ESC = HostileInputTest.ESC;

    @TempDir
    Path dir;
    private final HostileInputTest files = new HostileInputTest();

    @BeforeEach
    void setUp() {
        files.dir = dir;
    }

    @Test
    void extract_ofAnEmptyFile_isNoMentionsNotAnError() throws IOException {
        HostileInputTest.Run r = HostileInputTest.run("extract", files.text("empty.txt", "").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("[ ]", r.out().strip());
    }

    @Test
    void json_writesTerminalControlsFromDataAsEscapes_theSameValue() throws IOException {
        Path d = files.dataset("esc", "c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X" + ESC + ",s1,q\n", null);
        for (String[] args : new String[][] {{"show", d.toString(), "--format", "json"},
            {"compare", d.toString(), "--indicator", "emigrants", "--format", "json"}}) {
            HostileInputTest.Run r = HostileInputTest.run(args);
            assertEquals(0, r.code(), r.err());
            assertFalse(r.out().chars().anyMatch(c -> c == 0x1b || c == 0x9b || c == 0x202e || c == 7), r.out());
            assertTrue(r.out().contains("\\u009B31m\\u202E"), r.out());
        }
    }

    @Test
    void messages_onStandardError_carryNoControlFromTheArguments() throws IOException {
        HostileInputTest.Run r = HostileInputTest.run("show", files.dataset("plain").toString(), "--indicator", "x" + ESC);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no indicator 'x\uFFFD]0;pwned\uFFFD\uFFFD[2J"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c == 0x1b || c == 0x9b || c == 0x202e), r.err());
    }

    @Test
    void compare_ofAnEntityWithNoClaims_namesItAndExits2() throws IOException {
        HostileInputTest.Run r = HostileInputTest.run("compare", files.dataset("e").toString(), "--indicator", "emigrants",
                "--entity", "RUU");
        assertEquals(2, r.code());
        assertEquals("no claims of indicator 'emigrants' for --entity 'RUU'; its entities: RU", r.err().strip());
    }

    @Test
    void report_intoAFolderOfTheUsersOwnFiles_writesNothingAndSaysWhich() throws IOException {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("index.html"), "<p>my page</p>");
        HostileInputTest.Run r = HostileInputTest.run("report", files.dataset("r").toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already holds index.html, not of an earlier claimstat report"), r.err());
        assertEquals("<p>my page</p>", Files.readString(out.resolve("index.html")));
        assertEquals(1, Files.list(out).count());
        Path again = dir.resolve("again");
        assertEquals(0, HostileInputTest.run("report", files.dataset("r2").toString(), "--out", again.toString()).code());
        assertEquals(0, HostileInputTest.run("report", files.dataset("r3").toString(), "--out", again.toString()).code());
    }

    @Test
    void datapackage_whoseSchemaListsOtherColumns_isBadDataNamingBoth() throws IOException {
        Path d = files.dataset("lies");
        Files.writeString(d.resolve("datapackage.json"), "{\"name\": \"t\", \"licenses\": [{\"name\": \"CC0-1.0\"}],\n"
                + "\"resources\": [{\"path\": \"claims.csv\", \"schema\": {\"fields\": [{\"name\": \"id\"}, {\"name\": \"amount\"}]}}]}");
        HostileInputTest.Run r = HostileInputTest.run("check", d.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("datapackage.json:2: property 'resources.0.schema.fields'"), r.err());
        assertTrue(r.err().contains("the schema declares the columns [id, amount] but the header of claims.csv has [id,"
                + " indicator,"), r.err());
    }
}
