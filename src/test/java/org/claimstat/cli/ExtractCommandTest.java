package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void json_listsMentionsWithTheContractFields() throws IOException {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Nearly 95,000 vacancies were open at the end of March.\nSign up to get $50 free.\n");
        Run r = run("extract", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertEquals(3, list.size());
        JsonNode first = list.get(0);
        for (String field : List.of("doc", "start", "end", "text", "value", "lower", "upper", "hedge", "unit",
                "counted", "boilerplate")) {
            assertTrue(first.has(field), field);
        }
        assertEquals("note", first.get("doc").asText());
        assertEquals(0, first.get("start").asInt());
        assertEquals("Nearly 95,000", first.get("text").asText());
        assertEquals(95000, first.get("value").asInt());
        assertTrue(first.get("lower").isNull());
        assertEquals("nearly", first.get("hedge").asText());
        assertEquals("vacancy", first.get("unit").asText());
        assertEquals("vacancies", first.get("counted").asText());
        assertEquals("(90000, 95000]", first.get("interval").asText());
        assertEquals("--03", list.get(1).get("value").asText());
        assertTrue(list.get(2).get("boilerplate").asBoolean());
        assertTrue(r.err().contains("note: 1 boilerplate lines (advertising), 1 of 3 mentions in them"), r.err());
    }

    @Test
    void table_reportsMixedScriptsOnStandardError() throws IOException {
        Path file = dir.resolve("hidden.txt");
        Files.writeString(file, "The firm hired 500 wоrkers.\n");
        Run r = run("extract", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("hidden") && l.contains("500") && l.contains("person")), r.out());
        assertEquals("hidden: 1 words mix scripts (Latin+Cyrillic), read as normalised: wоrkers\n", r.err());
    }

    @Test
    void toDataset_writesADraftThatReadsBack() throws IOException {
        Path file = dir.resolve("exodus.txt");
        Files.writeString(file, "Exodus\nAn estimated 200,000 IT workers left.\nThe war began on February 24.\n"
                + "Sign up to get $50 free.\n");
        Path out = dir.resolve("draft");
        Run r = run("extract", file.toString(), "--year", "2022", "--to-dataset", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().endsWith("wrote a draft dataset of 2 claims to " + out + "\n"
                + "left out 1 mention in boilerplate (flagged so in the mentions printed)\n"), r.err());
        ClaimDataset back = ClaimDatasets.read(out);
        assertEquals(List.of("exodus-1", "exodus-2"), back.claims().stream().map(Claim::id).toList());
        Claim workers = back.claims().get(0);
        assertEquals("person", back.indicatorOf(workers).unit().toString());
        assertEquals("estimate 200000 person", workers.quantity().toString());
        assertEquals("exact 2022-02-24 date", back.claims().get(1).quantity().toString());
        assertEquals("Exodus", back.sources().get(0).title());
        assertEquals(Optional.of("exodus.txt"), back.sources().get(0).document());
    }

    @Test
    void toDataset_leavesOutADateThatIsThePeriodOfAnotherNumberInItsSentence() throws IOException {
        Path file = dir.resolve("exodus.txt");
        Files.writeString(file, "Exodus\nAn estimated 200,000 IT workers left on February 24.\n");
        Path out = dir.resolve("draft");
        Run r = run("extract", file.toString(), "--year", "2022", "--to-dataset", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().endsWith("wrote a draft dataset of 1 claim to " + out + "\n"
                + "left out 1 date that only gives the period of another number in its sentence: exodus 47"
                + " 'February 24'\n"), r.err());
    }

    @Test
    void toDataset_saysWhichDatesItLeftOutForWantOfAYear() throws IOException {
        Path file = dir.resolve("exodus.txt");
        Files.writeString(file, "Exodus\nAn estimated 200,000 IT workers left on February 24.\n");
        Path out = dir.resolve("draft");
        Run r = run("extract", file.toString(), "--to-dataset", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("wrote a draft dataset of 1 claim to " + out + "\n"
                + "left out 1 date without a year (give --year YEAR to keep them): exodus 47 'February 24'\n"), r.err());
    }

    @Test
    void missingFile_failsWithItsName() {
        Run r = run("extract", dir.resolve("absent.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot read " + dir.resolve("absent.txt") + ": no such file"), r.err());
    }

    @Test
    void toDataset_refusesAFolderThatHoldsADatasetUnlessMerge() throws IOException {
        Path pages = Path.of("examples/drafting");
        Path out = dir.resolve("eras");
        Run first = run("extract", pages.resolve("wealthiest-eras-economy.txt").toString(), "--sources",
                pages.resolve("sources.csv").toString(), "--to-dataset", out.toString());
        assertEquals(0, first.code(), first.err());
        byte[] claims = Files.readAllBytes(out.resolve("claims.csv"));
        int before = ClaimDatasets.read(out).claims().size();

        Run refused = run("extract", pages.resolve("thehindu-eras-explained.html").toString(), "--to-dataset",
                out.toString());
        assertEquals(2, refused.code(), refused.err());
        assertEquals(out + " already holds a dataset; give --merge to add only the claims and sources it does not"
                + " have yet (every existing row and file is kept), or choose another folder\n", refused.err());
        assertEquals("", refused.out());

        Run merged = run("extract", pages.resolve("thehindu-eras-explained.html").toString(),
                pages.resolve("wealthiest-eras-economy.txt").toString(), "--sources", pages.resolve("sources.csv")
                        .toString(), "--to-dataset", out.toString(), "--merge");
        assertEquals(0, merged.code(), merged.err());
        ClaimDataset back = ClaimDatasets.read(out);
        long added = back.claims().stream().filter(c -> c.source().equals("thehindu-eras-explained")).count();
        assertTrue(added > 5, merged.err());
        assertTrue(merged.err().contains("merged into " + out + ": added " + added + " claims, 1 source, "),
                merged.err());
        assertTrue(merged.err().contains("skipped " + (before + 1) + " already there: wealthiest-46bn (same URL), "
                + "wealthiest-46bn-1 (same document and span)"), merged.err());
        byte[] after = Files.readAllBytes(out.resolve("claims.csv"));
        assertEquals(new String(claims, java.nio.charset.StandardCharsets.UTF_8),
                new String(after, 0, claims.length, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(before + added, back.claims().size());
    }

    @Test
    void toDataset_whenNoInputCanBeDrafted_writesNothing_soTheCorrectedRunNeedsNoMerge() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Quake toll\n\nOfficials said 1,200 people died.\n");
        String header = "id,publisher,title,url,published,author,language,derived_from,document\n";
        Path bad = Files.writeString(dir.resolve("bad.csv"), header + "a,Example,Quake toll,,2023-02-30,,en,,a.txt\n");
        Path out = dir.resolve("out");
        Run failed = run("extract", text.toString(), "--sources", bad.toString(), "--to-dataset", out.toString());
        assertEquals(2, failed.code(), failed.err());
        assertTrue(failed.err().contains("bad.csv:2: column 'published'"), failed.err());
        assertTrue(failed.err().contains("nothing was drafted, so nothing was written to " + out), failed.err());
        assertFalse(Files.exists(out), "no empty dataset is left behind");
        Path good = Files.writeString(dir.resolve("good.csv"), header + "a,Example,Quake toll,,2023-02-09,,en,,a.txt\n");
        Run fixed = run("extract", text.toString(), "--sources", good.toString(), "--to-dataset", out.toString());
        assertEquals(0, fixed.code(), fixed.err());
    }

    @Test
    void toDataset_ontoAFile_failsWithExitCode2AndKeepsTheFile() throws IOException {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "12 people left.\n");
        Path target = Files.writeString(dir.resolve("claims.csv"), "mine");
        Run r = run("extract", file.toString(), "--to-dataset", target.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("cannot write a dataset to " + target + ": it is a file, not a folder\n", r.err());
        assertEquals("mine", Files.readString(target));
    }

    @Test
    void toDataset_withABadInput_writesTheOthersAndExitsWith2() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Good\n\n12 people left.\n");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'1', '2', ' ', (byte) 0xe9, '\n'});
        Path out = dir.resolve("draft");
        Run r = run("extract", good.toString(), bad.toString(), "--to-dataset", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("bad.txt: byte 3 is not UTF-8; expected a UTF-8 text file"), r.err());
        assertEquals(List.of("good"), ClaimDatasets.read(out).sources().stream().map(s -> s.id()).toList());
    }
}
