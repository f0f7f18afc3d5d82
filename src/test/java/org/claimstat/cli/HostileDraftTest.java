package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --to-dataset} on texts dense with numbers, found by {@code bench/hostile/fresh_cases.py}: a draft
 * that cannot fit the heap is refused at once with exit code 4, how much to give and nothing written (20 MB of dense
 * numbers thrashed for 25 minutes in -Xmx1g after the message said 1 GiB would do), and standard error stays bounded
 * (each of 18,000 left-out years was named on one line of 1.2 MB, after a search of every note for each of them).
 */
class HostileDraftTest {
    @TempDir
    Path dir;

    @Test
    void heapForDrafting_countsEachNumberOnce_whateverItsSeparators() throws IOException {
        String text = "In 2023, 1,234 people and 5.6% of 7,890 and $12 million.";
        Path file = Files.writeString(dir.resolve("a.txt"), text);
        assertEquals(HeapNeed.BASE + HeapNeed.TEXT_FACTOR * text.length() + 5 * HeapNeed.DRAFT_PER_NUMBER,
                HeapNeed.ofDrafting(List.of(file, dir.resolve("missing.txt"), dir)));
    }

    @Test
    void aDraftTooLargeForTheHeap_isRefusedAtOnce_withExit4AndNothingWritten() throws IOException, InterruptedException {
        Path text = Files.writeString(dir.resolve("dense.txt"), "Some 1,234 people and 5.6% of 7,890. ".repeat(20_000));
        Path out = dir.resolve("ds");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract", text.toString(),
                "--to-dataset", out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(4, p.waitFor(), err);
        assertTrue(err.startsWith("drafting these files needs about "), err);
        assertTrue(err.contains("; nothing was written to " + out + ". Run it with more heap: java -Xmx"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void leftOutNumbers_areNamedUpTo30_thenCounted() throws IOException {
        Path text = Files.writeString(dir.resolve("years.txt"), "In 2023, 1,234 people came.\n\n".repeat(40));
        HostileInputTest.Run r = HostileInputTest.run("extract", text.toString(), "--to-dataset",
                dir.resolve("ds").toString());
        assertEquals(0, r.code(), r.err());
        String line = r.err().lines().filter(l -> l.startsWith("left out 40 numbers")).findFirst().orElseThrow();
        assertTrue(line.endsWith("years 844 '2023' (a year that only says when something else happened), and 10 more"),
                line);
        assertEquals(31, line.split("\\(a year that only says").length, line);
    }

    @Test
    void twoSourceRowsNamingOneDocument_areBadData_notASilentChoice() throws IOException {
        Path text = Files.writeString(dir.resolve("ok.txt"), "Some 300 people came.");
        Path sources = Files.writeString(dir.resolve("sources.csv"), "id,publisher,title,url,published,author,"
                + "language,derived_from,document\ns1,P,T,,2024-01-02,,en,,ok.txt\ns2,Q,U,,2024-01-03,,en,,ok.txt\n");
        HostileInputTest.Run r = HostileInputTest.run("extract", text.toString(), "--sources", sources.toString(),
                "--to-dataset", dir.resolve("ds").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("sources.csv: sources s1 and s2 both name the document 'ok.txt'; expected one row"
                + " per document (it was drafted as s1)\n"), r.err());
    }

    @Test
    void aPageWhoseMarkupDeclaresUtf16WithoutAByteOrderMark_isReadAsUtf8() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><meta charset=\"utf-16\"><title>T</title>"
                + "</head><body><p>About 3,000 people fled the town.</p></body></html>");
        Path out = dir.resolve("ds");
        HostileInputTest.Run r = HostileInputTest.run("extract", page.toString(), "--to-dataset", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("mix scripts"), r.err());
        assertTrue(Files.readString(out.resolve("claims.csv")).contains(",3000,"), Files.readString(out.resolve("claims.csv")));
    }

    @Test
    void theSameFileGivenTwice_isReadOnce() throws IOException {
        Path text = Files.writeString(dir.resolve("ok.txt"), "Some 300 people came.");
        Path out = dir.resolve("ds");
        HostileInputTest.Run r = HostileInputTest.run("extract", text.toString(), dir.resolve(".").resolve("ok.txt")
                .toString(), "--to-dataset", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith(dir.resolve(".").resolve("ok.txt") + " is " + text + " again; read once\n"), r.err());
        assertEquals(2, Files.readAllLines(out.resolve("claims.csv")).size());
        HostileInputTest.Run plain = HostileInputTest.run("extract", text.toString(), text.toString(), "--format", "json");
        assertEquals(0, plain.code(), plain.err());
        assertEquals(1, plain.out().split("\"doc\"").length - 1, plain.out());
    }
}
