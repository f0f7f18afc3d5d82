package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimstat.Claim;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetMergeTest {

    @TempDir
    Path tmp;

    private static ClaimDataset draft(Path... files) {
        return Drafter.builder().sources(Examples.SOURCES).build().draft(List.of(files)).dataset();
    }

    @Test
    void merge_ofAnotherPageOfTheSameFileName_addsItAsANewSourceWithItsClaims() throws IOException {
        // Saved pages are often all called index.html: the name alone must not make two articles one.
        String page = "<html><head><title>Page %d</title><meta property=\"og:url\" content=\"https://site%d.org/story\">"
                + "<meta property=\"og:site_name\" content=\"Site %d\"><meta property=\"article:published_time\" "
                + "content=\"2024-03-01\"></head><body><article><p>Police said %d people were arrested in Paris in 2024."
                + "</p></article></body></html>";
        Path first = Files.writeString(Files.createDirectories(tmp.resolve("p1")).resolve("index.html"),
                String.format(page, 1, 1, 1, 142));
        Path second = Files.writeString(Files.createDirectories(tmp.resolve("p2")).resolve("index.html"),
                String.format(page, 2, 2, 2, 242));
        Path dir = tmp.resolve("ds");
        DatasetMerge.write(Drafter.builder().build().draft(List.of(first)).dataset(), dir);
        MergeResult merged = DatasetMerge.merge(Drafter.builder().build().draft(List.of(second)).dataset(), dir);
        ClaimDataset back = ClaimDatasets.read(dir);
        assertEquals(2, back.sources().size(), merged.toString());
        Claim added = back.claims().stream().filter(c -> c.quantity().toString().contains("242")).findFirst()
                .orElseThrow(() -> new AssertionError("the second page's figure was dropped: " + merged));
        assertEquals("Site 2", back.sourceOf(added).publisher());
        // The same page merged again is still recognised as already there.
        MergeResult again = DatasetMerge.merge(Drafter.builder().build().draft(List.of(second)).dataset(), dir);
        assertEquals(2, ClaimDatasets.read(dir).sources().size(), again.toString());
    }

    @Test
    void merge_ofAnotherTextOfTheSameFileName_addsIt_whileAReviewedTitleKeepsTheSameTextOne() throws IOException {
        Path first = Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("story.txt"),
                "Quake toll\n\nOfficials said 1,200 people died in the quake.\n");
        Path second = Files.writeString(Files.createDirectories(tmp.resolve("c")).resolve("story.txt"),
                "Protests\n\nPolice said 42 people were arrested in Paris.\n");
        Path dir = tmp.resolve("ds");
        DatasetMerge.write(Drafter.builder().build().draft(List.of(first)).dataset(), dir);
        // A reviewer retitles the source: the same file merged again is still that source.
        Path sources = dir.resolve("sources.csv");
        Files.writeString(sources, Files.readString(sources).replace("Quake toll", "Quake death toll as reviewed"));
        MergeResult same = DatasetMerge.merge(Drafter.builder().build().draft(List.of(first)).dataset(), dir);
        assertEquals(1, ClaimDatasets.read(dir).sources().size(), same.toString());
        DatasetMerge.merge(Drafter.builder().build().draft(List.of(second)).dataset(), dir);
        ClaimDataset back = ClaimDatasets.read(dir);
        assertEquals(2, back.sources().size());
        Claim arrested = back.claims().stream().filter(c -> c.quote().contains("arrested")).findFirst().orElseThrow();
        assertEquals("Protests", back.sourceOf(arrested).title());
    }

    @Test
    void write_refusesAFolderThatHoldsADataset() {
        Path dir = tmp.resolve("eras");
        DatasetMerge.write(draft(Examples.WEALTHIEST), dir);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DatasetMerge.write(draft(Examples.HINDU), dir));
        assertEquals(dir + " already holds a dataset (datapackage.json, claims.csv, sources.csv, indicators.csv);"
                + " merge into it to add only what it does not have, or choose another folder", e.getMessage());
    }

    @Test
    void writeAndMerge_refuseAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("eras.csv"), "keep me");
        for (Runnable write : List.<Runnable>of(() -> DatasetMerge.write(draft(Examples.HINDU), file),
                () -> DatasetMerge.merge(draft(Examples.HINDU), file))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, write::run);
            assertEquals(file + " is a file, not a folder; expected a folder for the dataset", e.getMessage());
        }
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void write_intoAFolderWithOtherFiles_keepsThemAndLeavesNoStagingBehind() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("eras"));
        Files.writeString(dir.resolve("notes.md"), "mine");
        MergeResult r = DatasetMerge.write(draft(Examples.WEALTHIEST), dir);
        assertEquals(6, r.addedClaims().size());
        assertEquals("mine", Files.readString(dir.resolve("notes.md")));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(dir), siblings.toList());
        }
        assertEquals(6, ClaimDatasets.read(dir).claims().size());
    }

    @Test
    void merge_keepsAReviewedDatasetByteForByteAndAddsOnlyWhatIsNew() throws IOException {
        Path dir = tmp.resolve("eras");
        DatasetMerge.write(draft(Examples.SONGWRITER, Examples.WEALTHIEST), dir);
        review(dir);
        Map<String, byte[]> before = snapshot(dir);
        ClaimDataset reviewed = ClaimDatasets.read(dir);

        MergeResult r = DatasetMerge.merge(draft(Examples.SONGWRITER, Examples.WEALTHIEST, Examples.HINDU), dir);

        ClaimDataset merged = ClaimDatasets.read(dir);
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            if (file.getKey().equals("datapackage.json")) {
                continue;   // brought up to date: see merge_keepsDatapackageJsonConsistentWithWhatItAdds
            }
            byte[] now = Files.readAllBytes(dir.resolve(file.getKey()));
            assertArrayEquals(file.getValue(), Arrays.copyOf(now, file.getValue().length), file.getKey());
        }
        for (String unchanged : List.of("relations.csv", "review.md")) {
            assertArrayEquals(before.get(unchanged), Files.readAllBytes(dir.resolve(unchanged)), unchanged);
        }
        assertEquals(reviewed.claims(), merged.claims().subList(0, reviewed.claims().size()));
        List<String> hindu = merged.claims().stream().filter(c -> c.source().equals("thehindu-eras-explained"))
                .map(Claim::id).toList();
        assertEquals(hindu, r.addedClaims());
        assertEquals(List.of("thehindu-eras-explained"), r.addedSources());
        assertEquals(reviewed.claims().size() + hindu.size(), merged.claims().size());
        assertEquals(reviewed.claims().size() + 2, r.skipped().size());
        assertTrue(r.skipped().contains(new MergeResult.Skip("wealthiest-46bn-1", "wealthiest-46bn-1",
                "same document and span")), r.skipped().toString());
        assertEquals("checked", merged.claims().get(0).extra().get("reviewer"));
        assertEquals(List.of(), r.droppedColumns());

        Map<String, byte[]> merged1 = snapshot(dir);
        MergeResult again = DatasetMerge.merge(draft(Examples.HINDU), dir);
        assertEquals(List.of(), again.addedClaims());
        assertEquals(List.of(), again.addedSources());
        assertSameFiles(merged1, snapshot(dir));
    }

    @Test
    void merge_afterAReviewerDeletesClaims_leavesThemOutAndEveryByteAsItWas() throws IOException {
        Path dir = tmp.resolve("eras");
        DatasetMerge.write(draft(Examples.WEALTHIEST, Examples.HINDU), dir);
        ClaimDataset d = ClaimDatasets.read(dir);
        List<Claim> kept = d.claims().subList(2, d.claims().size());
        // the reviewer's own tool rewrites the dataset (and its descriptor, which then no longer names drafted.csv)
        ClaimDatasets.write(ClaimDataset.of(d.info(), d.sources(), d.indicators(), kept, List.of(), List.of()), dir);
        Map<String, byte[]> reviewed = snapshot(dir);

        MergeResult r = DatasetMerge.merge(draft(Examples.WEALTHIEST, Examples.HINDU), dir);

        assertEquals(List.of(), r.addedClaims());
        for (Claim deleted : d.claims().subList(0, 2)) {
            assertTrue(r.skipped().contains(new MergeResult.Skip(deleted.id(), deleted.id(), MergeResult.REMOVED_IN_REVIEW)),
                    r.skipped().toString());
        }
        assertSameFiles(reviewed, snapshot(dir));
        assertEquals(kept, ClaimDatasets.read(dir).claims());
    }

    @Test
    void merge_keepsDatapackageJsonConsistentWithWhatItAdds() throws IOException {
        Path dir = tmp.resolve("eras");
        DatasetMerge.write(draft(Examples.WEALTHIEST), dir);
        ClaimDataset d = ClaimDatasets.read(dir);
        // a dataset written before the draft log existed: no drafted.csv, a descriptor that does not name it
        Files.delete(dir.resolve(DraftLog.FILE));
        ClaimDatasets.write(d, dir);

        MergeResult r = DatasetMerge.merge(draft(Examples.WEALTHIEST, Examples.HINDU), dir);

        assertEquals(List.of("thehindu-eras-explained"), r.addedSources());
        JsonNode descriptor = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
        Map<String, List<String>> declared = new HashMap<>();
        descriptor.get("resources").forEach(res -> {
            List<String> names = new ArrayList<>();
            res.get("schema").get("fields").forEach(f -> names.add(f.get("name").asText()));
            declared.put(res.get("path").asText(), names);
        });
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                String header = Files.readAllLines(csv).get(0);
                assertEquals(List.of(header.split(",")), declared.get(csv.getFileName().toString()), csv.toString());
            }
        }
        List<String> titles = new ArrayList<>();
        descriptor.get("sources").forEach(s -> titles.add(s.get("title").asText()));
        assertEquals(ClaimDatasets.read(dir).sources().stream().map(s -> s.title()).toList(), titles);
        List<String> logged = Files.readAllLines(dir.resolve(DraftLog.FILE));
        assertEquals(String.join(",", DraftLog.COLUMNS), logged.get(0));
        assertEquals(d.claims().size() + r.addedClaims().size(), logged.size() - 1);
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void merge_intoAHandMadeDatasetWithoutSpans_matchesBySourceQuoteAndQuantity() throws IOException {
        Path dir = tmp.resolve("eras");
        DatasetMerge.write(draft(Examples.WEALTHIEST), dir);
        ClaimDataset plain = ClaimDatasets.read(dir);
        List<Claim> claims = new ArrayList<>();
        for (Claim c : plain.claims()) {
            claims.add(new Claim(c.id(), c.indicator(), c.entity(), c.period(), c.quantity(), c.kind(), c.claimant(),
                    c.source(), c.quote(), Map.of()));
        }
        Files.delete(dir.resolve("claims.csv"));
        Files.delete(dir.resolve("datapackage.json"));
        Files.delete(dir.resolve("sources.csv"));
        Files.delete(dir.resolve("indicators.csv"));
        ClaimDatasets.write(ClaimDataset.of(plain.info(), plain.sources(), plain.indicators(), claims, List.of(),
                List.of()), dir);
        MergeResult r = DatasetMerge.merge(draft(Examples.WEALTHIEST), dir);
        assertEquals(List.of(), r.addedClaims());
        assertTrue(r.skipped().stream().filter(s -> s.why().equals("same source and quote")).count() >= 5,
                r.skipped().toString());
    }

    /** Does what a reviewer does: edits a field, adds a column, a relation and a file of notes. */
    private static void review(Path dir) throws IOException {
        ClaimDataset d = ClaimDatasets.read(dir);
        List<Claim> claims = new ArrayList<>();
        for (Claim c : d.claims()) {
            Map<String, String> extra = new LinkedHashMap<>(c.extra());
            extra.put("reviewer", "checked");
            claims.add(new Claim(c.id(), c.indicator(), "US", c.period(), c.quantity(), c.kind(), c.claimant(),
                    c.source(), c.quote(), extra));
        }
        ClaimDatasets.write(ClaimDataset.of(d.info(), d.sources(), d.indicators(), claims, List.of(), List.of()), dir);
        String indicator = d.indicators().get(0).id();
        Files.writeString(dir.resolve("relations.csv"), "id,expression,description\r\nr1," + indicator + " >= 0,"
                + "\"reviewed, by hand\"\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("review.md"), "checked the first article\n");
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
