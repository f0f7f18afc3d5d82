package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.extract.ClaimExtractor;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/** The extractor's Javadoc examples; JavadocExamplesTest runs each region's method. */
final class ExtractSnippets {
    private ExtractSnippets() {
    }

    static void extractor() {
        // @start region="extractor"
        ClaimExtractor extractor = ClaimExtractor.standard();
        Extraction x = extractor.extract("doc1", "Some $77 billion will be invested by 2030.");
        x.mentions().get(0).hedge();   // APPROXIMATELY
        x.mentions().get(1).hedge();   // AT_MOST ("by 2030")

        ClaimExtractor in2022 = ClaimExtractor.builder().year(2022).build();  // "February 24" is 2022-02-24
        // @end
        assertEquals(Hedge.APPROXIMATELY, x.mentions().get(0).hedge());
        assertEquals(Hedge.AT_MOST, x.mentions().get(1).hedge());
        Mention february24 = in2022.extract("d", "On February 24 troops crossed.").mentions().get(0);
        assertEquals("d 3..14 exact 2022-02-24 date", february24.toString());
    }

    static void extraction() {
        Source source = Source.of("s1", "CNews", "IT sector loses staff", PartialDate.parse("2024-12-24"));
        // @start region="extraction"
        Extraction x = ClaimExtractor.standard().extract("doc1", "Nearly 95,000 vacancies were open.");
        Mention m = x.mentions().get(0);   // nearly 95000 vacancy, "vacancies"
        List<Claim> drafts = x.toClaims(List.of(m), source);
        // @end
        assertEquals(Hedge.NEARLY, m.hedge());
        assertEquals(1, drafts.size());
        assertEquals("(90000, 95000]", drafts.get(0).interval().toString());
    }
}
