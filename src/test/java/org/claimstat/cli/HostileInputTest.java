package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile, careless and large inputs of issue 19, each through the command line as a user gives it: every one
 * gets a message naming what was wrong and a documented exit code, never a stack trace, a silent wrong value or a
 * lost file. {@code bench/hostile/cases.py} runs the same kinds of input through the jar.
 */
class HostileInputTest {
    static final String HEADER = "id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,kind,claimant,"
            + "source,quote\n";
    static final String ESC = "\u001b]0;pwned\u0007\u001b[2J\u001b[31m\u009b31m\u202e";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
            assertFalse(out.contains("\tat "), out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        Run r = new Run(code, out.toString(), err.toString());
        r.assertNoStackTrace();
        return r;
    }

    Path dataset(String name, String claims, String rates) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("datapackage.json"), "{\"name\": \"t\", \"title\": \"T\", \"licenses\": [{\"name\": \"CC0-1.0\"}]}\n");
        Files.writeString(d.resolve("sources.csv"), "id,publisher,title,url,published,author,language,derived_from,document\n"
                + "s1,Reuters,A title,,2024-02,,en,,\ns2,AP,Other,,2024-03,,en,,\n");
        Files.writeString(d.resolve("indicators.csv"), "id,label,unit,aggregation,description\n"
                + "emigrants,IT workers who left,person,flow,\nspend,Spending,USD,flow,\n");
        Files.writeString(d.resolve("claims.csv"), HEADER + claims);
        if (rates != null) {
            Files.writeString(d.resolve("rates.csv"), "date,base,quote,rate,source\n" + rates);
        }
        return d;
    }

    Path dataset(String name) throws IOException {
        return dataset(name, "c1,emigrants,RU,2022,2022,100000,,,person,approximately,statement,X,s1,q\n"
                + "c2,emigrants,RU,2022,2022,120000,,,person,exact,statement,Y,s2,q2\n", null);
    }

    Path claimOf(String name, String value, String hedge) throws IOException {
        return dataset(name, "c1,emigrants,RU,2022,2022," + value + ",,,person," + hedge + ",statement,X,s1,q\n", null);
    }

    Path text(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    Path text(String name, String content) throws IOException {
        return text(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "check", "compare", "report"})
    void valueBeyondADouble_isABadNumberWithFileLineAndColumnInEveryCommand(String command) throws IOException {
        Path d = claimOf("big", "2" + "0".repeat(308), "exact");
        Run r = switch (command) {
            case "compare" -> run(command, d.toString(), "--indicator", "emigrants");
            case "report" -> run(command, d.toString(), "--out", dir.resolve("report").toString());
            default -> run(command, d.toString());
        };
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("claims.csv:2: column 'value': number 2000000000…(309 chars)…0000000000 is too large"
                + " to compute with"), r.err());
        assertFalse(Files.exists(dir.resolve("report")), "no report of bad data");
    }

    @Test
    void aNumberOfMoreDigitsThanADoubleHolds_neverMakesAnEmptyInterval() throws IOException {
        Run nearly = run("show", claimOf("p54", "18014398509481985", "nearly").toString(), "--format", "json");
        assertEquals(0, nearly.code(), nearly.err());
        assertTrue(nearly.out().contains(", 1.8014398509481984E16]\""), nearly.out());
        Run lessThan = run("check", claimOf("less", "18014398509481985.000000001", "more_than").toString());
        assertEquals(0, lessThan.code(), lessThan.err());
    }

    @Test
    void aNumberNearer0ThanADoubleHolds_isABadNumber() throws IOException {
        Run r = run("show", claimOf("tiny", "0." + "0".repeat(320) + "1", "nearly").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("claims.csv:2: column 'value': number 0.00000000…(323 chars)…0000000001 is too near 0"),
                r.err());
    }

    @Test
    void aMillionNines_areRefusedAsTooLongAtOnce() throws IOException {
        Run r = run("check", claimOf("nines", "9".repeat(1_000_000), "exact").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("claims.csv:2: column 'value': number too long: 1000000 characters"), r.err());
    }

    @Test
    void anExtremeRate_isABadNumberOfRatesCsv() throws IOException {
        Path d = dataset("rate", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n",
                "2024-02-01,USD,RUB,0." + "0".repeat(320) + "1,s1\n");
        Run r = run("check", d.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("rates.csv:2: column 'rate': number 0.00000000…"), r.err());
    }

    @Test
    void extract_nearlyANumberBeyondADoublesDigits_answersWithoutFailing() throws IOException {
        Run r = run("extract", text("p54.txt", "There were nearly 18014398509481985 people.").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void check_tableAndMarkdown_andCompare_neverPassTerminalEscapesFromTheData() throws IOException {
        assertTrue(run("show", dataset("esc-shown", "c1,emigrants,RU,2022,2022,1,,,person,exact,statement,X" + ESC
                + ",s1,q\n", null).toString()).out().contains("X\uFFFD]0;pwned\uFFFD\uFFFD[2J"));
        Path d = dataset("esc", "c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X" + ESC + ",s1,\"q" + ESC
                + "\"\nc2,emigrants,RU,2022,2022,200000,,,person,exact,statement,Y" + ESC + ",s2,\"q" + ESC + "\"\n", null);
        for (Run r : List.of(run("check", d.toString()), run("check", d.toString(), "--format", "markdown"),
                run("compare", d.toString(), "--indicator", "emigrants"), run("show", d.toString()))) {
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e), r.out());
        }
    }

    @Test
    void extract_latin1File_isRefusedWithItsByteOffset_andReadWithCharset() throws IOException {
        Path f = text("latin1.txt", "Au total, 12\u00a0000 personnes.".getBytes(Charset.forName("windows-1252")));
        Run refused = run("extract", f.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith(f + ": not valid UTF-8: byte 0xA0 at byte offset 12 (line 1, byte 13 of"
                + " the line); give --charset NAME"), refused.err());
        Run read = run("extract", f.toString(), "--charset", "windows-1252", "--format", "json");
        assertEquals(0, read.code(), read.err());
        assertTrue(read.out().contains("\"value\" : 12000"), read.out());
    }

    @Test
    void extract_withCharsetUtf8_readsBadBytesAsReplacementsWithAWarning() throws IOException {
        Path f = text("mixed.txt", new byte[] {'5', '0', ' ', 'p', 'e', 'o', 'p', 'l', 'e', ' ', (byte) 0xFF, '\n'});
        Run r = run("extract", f.toString(), "--charset", "UTF-8");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(f + ": warning: 1 bytes are not UTF-8 and read as U+FFFD, the first at byte offset 10"),
                r.err());
    }

    @Test
    void extract_binaryFile_isRefused() throws IOException {
        Path f = text("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Run r = run("extract", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(f + ": a binary file, not text (a NUL byte at byte offset 4)"), r.err());
    }

    @Test
    void extract_aDocumentThatOnceFailed_losesNoOtherFilesOutput() throws IOException {
        Run r = run("extract", text("ok.txt", "Some 300 people came.").toString(),
                text("took.txt", "It took 28.9s to load, and 12 people waited.").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"doc\" : \"ok\""), r.out());
        assertTrue(r.out().contains("\"doc\" : \"took\""), r.out());
        assertTrue(r.out().contains("\"value\" : 12,"), r.out());
    }

    @Test
    void extract_aMissingFileAmongSeveral_isReportedAndTheOthersWritten() throws IOException {
        Run r = run("extract", dir.resolve("missing.txt").toString(), text("ok.txt", "Some 300 people came.").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cannot read " + dir.resolve("missing.txt") + ": no such file\n"), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("ok") && l.contains("300")), r.out());
    }

    @Test
    void extract_badOptions_areAMessageAndExit2() throws IOException {
        Path ok = text("ok.txt", "Some 300 people came.");
        Run year = run("extract", ok.toString(), "--year", "0");
        assertEquals(2, year.code());
        assertEquals("--year must be 1 to 9999, was 0\n", year.err());
        Run charset = run("extract", ok.toString(), "--charset", "klingon-8");
        assertEquals(2, charset.code());
        assertTrue(charset.err().startsWith("unknown --charset 'klingon-8'"), charset.err());
        assertEquals(2, run("extract", ok.toString(), "--format", "xml").code());
    }

    @Test
    void report_ontoARegularFile_isRefusedAndTheFileKept() throws IOException {
        Path file = text("regular", "keep me");
        Run r = run("report", dataset("r").toString(), "--out", file.toString());
        assertEquals(2, r.code());
        assertEquals("--out " + file + " is a file, not a folder; give a folder for the report\n", r.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void report_whereNothingCanBeWritten_isAMessageAndLeavesNothing() throws IOException {
        Path under = text("plain-file", "x").resolve("report");
        Run r = run("report", dataset("r").toString(), "--out", under.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cannot read or write " + dir.resolve("plain-file")), r.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("plain-file", "r"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void report_intoTheDatasetsOwnFolder_isRefusedAndTheClaimsKept() throws IOException {
        Path d = dataset("self");
        String claims = Files.readString(d.resolve("claims.csv"));
        Run r = run("report", d.toString(), "--out", d.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is the dataset's own folder"), r.err());
        assertEquals(claims, Files.readString(d.resolve("claims.csv")));
        Run other = run("report", dataset("a").toString(), "--out", dataset("b").toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("holds a dataset (datapackage.json)"), other.err());
    }

    @Test
    void report_intoAnExistingReportFolder_replacesTheReportsFilesOnly() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertEquals(0, run("report", dataset("r").toString(), "--out", out.toString()).code());
        assertEquals(0, run("report", dataset("r").toString(), "--out", out.toString()).code());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.size(out.resolve("index.html")) > 0);
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".out.claimstat-")), "no staging left");
        }
    }

    @Test
    void show_anUnknownIndicator_isAMessageAndExit2() throws IOException {
        Run r = run("show", dataset("typo").toString(), "--indicator", "emigrnts");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("no indicator 'emigrnts' in t: 2 claims"), r.err());
        assertTrue(r.err().contains("expected one of [emigrants, spend]"), r.err());
    }

    @Test
    void outOfMemory_saysHowMuchHeapToGive() throws IOException {
        Path d = dataset("sized");
        String message = Failures.outOfMemory("check", d.toString());
        assertTrue(message.startsWith("claimstat ran out of memory: a Java heap of "), message);
        assertTrue(message.contains("Give it about ") && message.contains(": java -Xmx"), message);
        assertEquals("1g", HeapNeed.xmx(1000L << 20));
        assertEquals("768m", HeapNeed.xmx(600L << 20));
        assertEquals("3g", HeapNeed.xmx(2100L << 20));
        assertEquals("512m", HeapNeed.xmx(300L << 20));
    }

    @Test
    void twoRatesOfOnePairForOneDay_areBadDataNamingBothLines() throws IOException {
        Path d = dataset("dupe", "c1,spend,RU,2024,2024,100,,,USD,exact,statement,X,s1,q\n",
                "2024-02-01,USD,RUB,90,s1\n2024-02-01,USD,RUB,90.0,s1\n2024-02-01,USD,RUB,95,s1\n");
        Run r = run("check", d.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("rates.csv:4: column 'rate': a second rate of USD in RUB for 2024-02-01: 95 where"
                + " line 2 gives 90; expected one rate per currency pair and day"), r.err());
        assertFalse(r.err().contains("rates.csv:3"), "the same rate twice passes: " + r.err());
    }

    @Test
    void negativeZero_isRefusedSinceItCannotBeWrittenBackAsWritten() throws IOException {
        Run r = run("show", claimOf("minus-zero", "-0", "exact").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("claims.csv:2: column 'value': bad number '-0': a zero with a minus sign; expected 0"),
                r.err());
    }

    @Test
    void aFieldLongerThanTheParsersBuffer_isNamedAsSuch() throws IOException {
        Path d = dataset("field", "c1,emigrants,RU,2022,2022,1,,,person,exact,statement,X,s1,\""
                + "x".repeat(17 * 1024 * 1024) + "\"\n", null);
        Run r = run("show", d.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("claims.csv:2: a field longer than 16 Mi chars (or a quote opened and never closed"),
                r.err());
    }

    @Test
    void extract_invisibleCharsInsideANumber_areReadThrough_neverANewNumber() throws IOException {
        Path f = text("hidden.txt", "It cost 3\u2060500 dollars, 4\u00ad000 jobs, 7\ufeff000 and 1\u0301000 people,"
                + " 12\u200d000 workers.");
        Run r = run("extract", f.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        for (String value : List.of("3500", "4000", "7000", "1000", "12000")) {
            assertTrue(r.out().contains("\"value\" : " + value + ","), value + " in " + r.out());
        }
        assertFalse(r.out().contains("\"value\" : 0,") || r.out().contains("\"value\" : 500,"), r.out());
    }

    @Test
    void extract_aLetterThatPassesForADigitInsideANumber_neverMakesItsTailANumber() throws IOException {
        Run r = run("extract", text("cyr.txt", "It hired 1\u041e0 workers and 2O0 more and 5,\u041e00 others.").toString(),
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("\"value\" : 0,") || r.out().contains("\"value\" : 0\n"), r.out());
        assertFalse(r.out().contains("\"value\" : 10,") || r.out().contains("\"value\" : 200,"), r.out());
    }
}
