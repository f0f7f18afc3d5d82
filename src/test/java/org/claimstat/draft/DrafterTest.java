package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrafterTest {

    @TempDir
    Path dir;

    @Test
    void page_bodyLeavesOutMenuCookieBannerShareBarAuthorBoxRelatedLinksAndScripts() {
        DraftResult r = Drafter.standard().draft(List.of(Examples.SONGWRITER));
        String text = r.extractions().get(0).text();
        assertTrue(text.startsWith("Taylor Swift's Eras Tour Boosts Hotel Revenue, According to Federal Reserve\n\n"
                + "The influence of Taylor Swift’s Eras Tour"), text);
        assertTrue(text.endsWith("as officially reported to Billboard Boxscore."), text);
        assertEquals(4, text.split("\n\n").length, text);
        for (String furniture : List.of("cookies", "Top 100", "Share on", "About the author", "5 tours", "©",
                "pageViews")) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void page_sourceComesFromItsMetadata() {
        DraftResult r = Drafter.standard().draft(List.of(Examples.SONGWRITER));
        Source s = r.dataset().sources().get(0);
        assertEquals("americansongwriter-eras-fed", s.id());
        assertEquals("American Songwriter", s.publisher());
        assertEquals("Taylor Swift's Eras Tour Boosts Hotel Revenue, According to Federal Reserve", s.title());
        assertEquals(Optional.of("https://americansongwriter.com/taylor-swifts-eras-tour-boosts-hotel-revenue-"
                + "according-to-federal-reserve/"), s.url());
        assertEquals(Optional.of(new PartialDate(2023, 7, 15)), s.published());
        assertEquals(Optional.of("en-US"), s.language());
        assertEquals(Optional.empty(), s.author());
        assertEquals(Optional.of("americansongwriter-eras-fed.html"), s.document());
        assertTrue(r.notes().contains(new ReviewNote("americansongwriter-eras-fed.html", "", "published",
                "from JSON-LD datePublished")), r.notes().toString());
        assertTrue(r.notes().contains(new ReviewNote("americansongwriter-eras-fed.html", "", "author",
                "not in the page's metadata; left empty")), r.notes().toString());
    }

    @Test
    void page_withoutADate_leavesPublishedEmptyAndLeavesOutDatesWithoutAYear() {
        DraftResult r = Drafter.standard().draft(List.of(Examples.HINDU));
        Source s = r.dataset().sources().get(0);
        assertEquals(Optional.empty(), s.published());
        assertEquals("The Hindu", s.publisher());
        assertTrue(r.notes().contains(new ReviewNote("thehindu-eras-explained.html", "", "published",
                "no publication date in the page's metadata; left empty")), r.notes().toString());
        assertEquals(List.of("August 31", "October 13"), r.leftOut().stream().filter(m -> m.quantity().isEmpty())
                .map(m -> m.text()).toList());
        assertTrue(r.notes().contains(new ReviewNote("thehindu-eras-explained.html", "", "left out",
                "'August 31' at 99: a date without a year, and no publication date to take one from")));
        assertTrue(r.complete());
    }

    @Test
    void page_metadataFromOgLocaleTimeElementAndJsonLdAuthorList() throws IOException {
        Path page = dir.resolve("wire.htm");
        Files.writeString(page, "<html><head><meta property=\"og:locale\" content=\"en_GB\">"
                + "<meta property=\"og:title\" content=\"Crossings rise\">"
                + "<script type=\"application/ld+json\">[{\"@type\":[\"ReportageNewsArticle\"],"
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"A. Writer\"},\"B. Writer\"]}]</script>"
                + "<script type=\"application/ld+json\">{not json</script></head><body><article>"
                + "<time datetime=\"2023-08-30T23:10:00+01:00\">30 August</time>"
                + "<p>More than 20,000 people crossed.</p></article></body></html>");
        DraftResult r = Drafter.standard().draft(List.of(page));
        Source s = r.dataset().sources().get(0);
        assertEquals(Optional.of("en-GB"), s.language());
        assertEquals(Optional.of("A. Writer, B. Writer"), s.author());
        assertEquals(Optional.of(new PartialDate(2023, 8, 30)), s.published());
        assertEquals("Crossings rise", s.title());
        assertEquals("Crossings rise\n\n30 August\n\nMore than 20,000 people crossed.", r.extractions().get(0).text());
        assertTrue(r.notes().stream().anyMatch(n -> n.field().equals("JSON-LD")
                && n.message().startsWith("a script block is not valid JSON")), r.notes().toString());
    }

    @Test
    void text_takesItsRowOfTheSourcesFileAsGiven() {
        DraftResult r = Drafter.builder().sources(Examples.SOURCES).build().draft(List.of(Examples.WEALTHIEST));
        Source s = r.dataset().sources().get(0);
        assertEquals("wealthiest-46bn", s.id());
        assertEquals("The Wealthiest Investor", s.publisher());
        assertEquals(Optional.empty(), s.published());
        assertTrue(r.dataset().claims().stream().allMatch(c -> c.source().equals("wealthiest-46bn")));
        assertEquals("wealthiest-46bn-1", r.dataset().claims().get(0).id());
    }

    @Test
    void claims_carryTheirSpanInTheArticleText() {
        DraftResult r = Drafter.builder().sources(Examples.SOURCES).build().draft(List.of(Examples.WEALTHIEST));
        Extraction x = r.extractions().get(0);
        for (Claim c : r.dataset().claims()) {
            int start = Integer.parseInt(c.extra().get("doc_start"));
            int end = Integer.parseInt(c.extra().get("doc_end"));
            assertTrue(x.mentions().stream().anyMatch(m -> m.start() == start && m.end() == end
                    && x.text().substring(start, end).equals(m.text())), c.toString());
            assertTrue(c.extra().containsKey("draft_notes"));
        }
        assertEquals("$4.6 billion", x.text().substring(138, 150));
    }

    @Test
    void text_withoutARow_isAProblemAndTheOtherFilesAreStillDrafted() throws IOException {
        Path stray = dir.resolve("stray.txt");
        Files.writeString(stray, "Stray\n\n12 people left.\n");
        DraftResult r = Drafter.builder().sources(Examples.SOURCES).build()
                .draft(List.of(stray, Examples.WEALTHIEST, Examples.HINDU));
        assertEquals(List.of(new ReviewNote("stray.txt", "", "source", "no row of the sources file names"
                + " 'stray.txt' in its document column; add one to draft this file")), r.problems());
        assertEquals(List.of("wealthiest-46bn", "thehindu-eras-explained"),
                r.dataset().sources().stream().map(Source::id).toList());
        assertFalse(r.complete());
    }

    @Test
    void text_notUtf8_isAProblemNamingTheByteOffset() throws IOException {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "12 000 personnes à Paris".getBytes(StandardCharsets.ISO_8859_1));
        DraftResult r = Drafter.standard().draft(List.of(latin, Examples.WEALTHIEST));
        assertEquals(List.of(new ReviewNote("latin.txt", "", "file", "latin.txt: byte 17 is not UTF-8; expected a"
                + " UTF-8 text file (convert it, e.g. with iconv)")), r.problems());
        assertEquals(1, r.dataset().sources().size());
    }

    @Test
    void text_inUtf16WithoutAByteOrderMark_isAProblem_notClaimsOfItsDigits() throws IOException {
        Path utf16 = dir.resolve("u16.txt");
        Files.write(utf16, "12,000 people left in 2022".getBytes(StandardCharsets.UTF_16LE));
        DraftResult r = Drafter.standard().draft(List.of(utf16, Examples.WEALTHIEST));
        assertEquals(List.of(new ReviewNote("u16.txt", "", "file", "u16.txt: a binary file, not text (a NUL byte at byte"
                + " offset 1); expected a UTF-8 text file (convert it, e.g. with iconv)")), r.problems());
        assertEquals(1, r.dataset().sources().size());
    }

    @Test
    void missingFile_isAProblemNamingIt() {
        Path absent = dir.resolve("absent.html");
        DraftResult r = Drafter.standard().draft(List.of(absent, Examples.HINDU));
        assertEquals(List.of(new ReviewNote("absent.html", "", "file", "cannot read " + absent + ": no such file")),
                r.problems());
        assertEquals(1, r.dataset().sources().size());
    }

    @Test
    void badSourcesFile_isAProblemWithFileLineAndColumn() throws IOException {
        Path sources = dir.resolve("my-sources.csv");
        Files.writeString(sources, "id,publisher,title,url,published,author,language,derived_from,document\n"
                + "w,W,T,,2023-13-01,,,,wealthiest-eras-economy.txt\n");
        DraftResult r = Drafter.builder().sources(sources).build().draft(List.of(Examples.WEALTHIEST));
        assertEquals(2, r.problems().size(), r.problems().toString());
        ReviewNote bad = r.problems().get(0);
        assertEquals("my-sources.csv", bad.doc());
        assertEquals("published", bad.field());
        assertTrue(bad.message().startsWith(sources + ":2: column 'published': "), bad.message());
        assertEquals("wealthiest-eras-economy.txt", r.problems().get(1).doc());
    }

    @Test
    void everyDraftedPeriodSaysWhyInTheNotes() throws IOException {
        Path set = DraftScore.CORPUS.resolve("venezuela-exodus");
        List<Path> files;
        try (var s = Files.list(set.resolve("articles"))) {
            files = s.sorted().toList();
        }
        DraftResult r = Drafter.builder().sources(set.resolve("sources.csv")).build().draft(files);
        long dated = r.dataset().claims().stream().filter(c -> !c.period().equals(org.claimstat.Period.UNSPECIFIED))
                .count();
        assertTrue(dated > 50, "dated claims: " + dated);
        for (Claim c : r.dataset().claims()) {
            if (!c.period().equals(org.claimstat.Period.UNSPECIFIED)) {
                assertTrue(c.extra().getOrDefault("draft_notes", "").contains("period: "), c.id() + " " + c.period()
                        + " " + c.extra());
            }
        }
    }
}
