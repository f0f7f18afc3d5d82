package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments that are empty, out of range, or useless without another, found by {@code bench/hostile/fresh_cases.py}:
 * each is a message naming the argument and exit code 2, and nothing is written where the user did not ask.
 */
class HostileArgumentsTest {
    @TempDir
    Path dir;
    private final HostileInputTest files = new HostileInputTest();

    @BeforeEach
    void setUp() {
        files.dir = dir;
    }

    private static HostileInputTest.Run run(String... args) {
        return HostileInputTest.run(args);
    }

    /** The names of the files directly in a folder. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anEmptyPath_isRefusedByEveryCommand_neverTheCurrentFolder() throws IOException {
        Path d = files.dataset("ds");
        Path text = files.text("ok.txt", "Some 300 people came.");
        List<String> before = names(Path.of("").toAbsolutePath());
        for (String[] args : new String[][] {{"report", d.toString(), "--out", ""},
            {"extract", text.toString(), "--to-dataset", ""},
            {"extract", text.toString(), "--to-dataset", dir.resolve("x").toString(), "--sources", " "},
            {"chart", d.toString(), "--indicator", "emigrants", "--out", ""}}) {
            HostileInputTest.Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains("an empty path"), r.err());
        }
        assertEquals(before, names(Path.of("").toAbsolutePath()));
        HostileInputTest.Run show = run("show", "");
        assertEquals(2, show.code(), show.err());
        assertTrue(show.err().startsWith("DIR|NAME '' names no folder"), show.err());
    }

    @Test
    void extract_draftingOptionsWithoutToDataset_areRefusedNotIgnored() throws IOException {
        Path text = files.text("ok.txt", "Some 300 people came.");
        for (String option : List.of("--merge", "--sources", "--indicators")) {
            HostileInputTest.Run r = option.equals("--merge") ? run("extract", text.toString(), option)
                    : run("extract", text.toString(), option, text.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(option + " works only with --to-dataset DIR; give the folder to draft into, or leave " + option
                    + " out\n", r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aNegativeRateTolerance_namesTheOption() throws IOException {
        Path d = files.dataset("ds");
        for (String[] args : new String[][] {{"check", d.toString(), "--rate-tolerance", "-1"},
            {"compare", d.toString(), "--indicator", "emigrants", "--rate-tolerance", "-30"}}) {
            HostileInputTest.Run r = run(args);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("--rate-tolerance must be 0 or more days, was -"), r.err());
        }
    }

    @Test
    void compare_anUnknownUnit_namesTheOption() throws IOException {
        HostileInputTest.Run r = run("compare", files.dataset("ds").toString(), "--indicator", "emigrants", "--unit",
                "furlong/fortnight^x");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("--unit: unknown unit 'furlong/fortnight^x'"), r.err());
    }

    @Test
    void compareAndChart_ofAnIndicatorWithoutClaims_sayItAndWriteNothing() throws IOException {
        Path d = files.dataset("ds", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n"
                + "c2,spend,RU,2023,2023,200,,,USD,exact,statement,X,s1,q\n", null);
        HostileInputTest.Run compare = run("compare", d.toString(), "--indicator", "emigrants");
        assertEquals(2, compare.code(), compare.err());
        assertEquals("indicator 'emigrants' has no claims in t: 2 claims, 2 sources, 2 indicators; indicators with claims:"
                + " spend\n", compare.err());
        assertEquals("", compare.out());
        Path png = dir.resolve("empty.png");
        HostileInputTest.Run chart = run("chart", d.toString(), "--indicator", "emigrants", "--out", png.toString());
        assertEquals(2, chart.code(), chart.err());
        assertTrue(chart.err().endsWith("; nothing written\n"), chart.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void check_aReviewerUrlThatIsNoWebAddress_isRefused() throws IOException {
        Path d = files.dataset("ds");
        HostileInputTest.Run r = run("check", d.toString(), "--format", "claimreview", "--reviewer-url",
                "javascript:alert(1)");
        assertEquals(2, r.code(), r.err());
        assertEquals("--reviewer-url must be a web address (http:// or https://), was 'javascript:alert(1)'\n", r.err());
        HostileInputTest.Run ok = run("check", d.toString(), "--format", "claimreview", "--reviewer-url",
                "https://factcheck.example.org/");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("https://factcheck.example.org/"), ok.out());
    }

    @Test
    void check_aReviewDateBeyondYear9999_isRefused() throws IOException {
        HostileInputTest.Run r = run("check", files.dataset("ds").toString(), "--format", "claimreview", "--review-date",
                "+99999-01-01");
        assertEquals(2, r.code(), r.err());
        assertEquals("--review-date must be in the years 1 to 9999, was +99999-01-01\n", r.err());
    }

    @Test
    void sourcesWhoseDerivedFromChainsLoop_areBadDataInEveryCommand_notIndependent() throws IOException {
        Path d = files.dataset("cycle");
        Files.writeString(d.resolve("sources.csv"), "id,publisher,title,url,published,author,language,derived_from,"
                + "document\ns1,Reuters,A title,,2024-02,,en,s2,\ns2,AP,Other,,2024-03,,en,s1,\n"
                + "s3,AFP,Third,,2024-03,,en,s3,\ns4,DPA,Fourth,,2024-03,,en,s1,\ns5,BBC,Fifth,,2024-03,,en,AFP,\n");
        for (String[] args : new String[][] {{"show", d.toString()}, {"check", d.toString()},
            {"compare", d.toString(), "--indicator", "emigrants"}}) {
            HostileInputTest.Run r = run(args);
            assertEquals(2, r.code(), r.err());
            assertEquals("4 errors in dataset " + d + ":\n"
                    + "sources.csv:2: column 'derived_from': a derived_from chain that never ends (s1 -> s2 -> s1); expected"
                    + " a chain that ends at a wire service or at a source that copies none\n"
                    + "sources.csv:3: column 'derived_from': a derived_from chain that never ends (s2 -> s1 -> s2); expected"
                    + " a chain that ends at a wire service or at a source that copies none\n"
                    + "sources.csv:4: column 'derived_from': a derived_from chain that never ends (s3 -> s3); expected"
                    + " a chain that ends at a wire service or at a source that copies none\n"
                    + "sources.csv:5: column 'derived_from': a derived_from chain that never ends (s4 -> s1 -> s2 -> s1);"
                    + " expected a chain that ends at a wire service or at a source that copies none\n", r.err());
        }
    }
}
