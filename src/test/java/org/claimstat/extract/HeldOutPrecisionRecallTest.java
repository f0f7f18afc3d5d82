package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on three short texts written for this test after the extractor was built and never tuned
 * on ({@code extract/heldout/h1..h3.txt}, annotated in {@code extract/heldout.csv} before the first run): unlike the
 * seed annotation, this measures how it reads text it has not seen. The texts hold the constructs of the issue and
 * numbers that are no claims (a page, an ordinal, a 52-48 tally) and a call to action and an author bio. A second set
 * ({@code extract/heldout2/h4..h6.txt}, {@code extract/heldout2.csv}) was written the same way a session later, on
 * grain trade, a health service and a utility: tonnes, hectares, parts of a whole, "page 2 of 3". A third
 * ({@code extract/heldout3/}) followed on asylum and borders, chips and a football club, and a fourth
 * ({@code extract/heldout4/}) on climate, public finances and an opinion poll, and a fifth ({@code extract/heldout5/})
 * on an earnings release, a health study and an airport fact sheet, and a sixth ({@code extract/heldout6/}) on a phone
 * launch, a court case and crime figures, weather and house prices. A seventh ({@code extract/heldout7/}: tourism,
 * defence procurement, schools) was written after all of those were fixed, to measure the extractor as it then was,
 * an eighth ({@code extract/heldout8/}: oil, a measles outbreak, US farming) after set 7's fixes, and a ninth
 * ({@code extract/heldout9/}: Russia's economy, a space probe, an Olympic Games) after set 8's, and a tenth
 * ({@code extract/heldout10/}: council roads, water and sanitation, an exoplanet) after set 9's, and an eleventh
 * ({@code extract/heldout11/}: energy bills, an AI model, a high-speed line) after all of those, and a twelfth
 * ({@code extract/heldout12/}: wildfires, public transport, fishing quotas) and a thirteenth ({@code extract/heldout13/}:
 * a drugmaker's results, a cycling race, a housing census), each written by a helper that had not read the extractor.
 */
class HeldOutPrecisionRecallTest {

    @Test
    void heldOutTexts_areReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout", "h1", "h2", "h3");
        r.print("held-out extraction");
        // The floor sits below the figure reached so that a regression fails; the figure itself is printed.
        assertTrue(r.precision() >= 0.85, "precision " + r.precision());
        assertTrue(r.recall() >= 0.85, "recall " + r.recall());
    }

    @Test
    void secondHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout2", "h4", "h5", "h6");
        r.print("second held-out set");
        // Its first run, before any change made for it, scored precision 0.809 and recall 0.826 (38 of 46); the
        // misses are fixed (the last, a count whose noun is the sentence's subject, with set 10's fixes), so the
        // figure now printed is in-sample. The floor sits below it so that a regression fails.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void thirdHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout3", "h7", "h8", "h9");
        r.print("third held-out set");
        // Its first run scored precision 0.795 and recall 0.814 (35 of 43); one of its 9 unannotated mentions was a
        // real quantity ("two plants") the annotation had missed, now added. The misses are fixed, so the figure now
        // printed is in-sample. The floor sits below it so that a regression fails.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void fourthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout4", "h10", "h11", "h12");
        r.print("fourth held-out set");
        // Its first run scored precision 0.897 and recall 0.854 (35 of 41): degrees Celsius, square kilometres and
        // "from 2026" were missed. All are fixed, so the figure now printed is in-sample.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void fifthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout5", "h13", "h14", "h15");
        r.print("fifth held-out set");
        // Its first run scored precision 0.813 and recall 0.813 (26 of 32). Basis points, ages and the labels of a
        // list are now read, and an advert's "from £39" since session 5, so the figure printed is in-sample; "fewer
        // than 4,000" (steps, named before a "than") is still missed. The annotation of "120 basis points" was corrected after the
        // run from 1.2 to 1.20: the written precision is a basis point, as "2.50" keeps its zero.
        assertTrue(r.precision() >= 0.95, "precision " + r.precision());
        assertTrue(r.recall() >= 0.95, "recall " + r.recall());
    }

    @Test
    void sixthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout6", "h16", "h17", "h18");
        r.print("sixth held-out set");
        // Its first run scored precision 0.852 and recall 0.742 (23 of 31). Bytes, inches, mph, "40mm", "starts at"
        // and "fell 4% to 49,489" (read as a range) are fixed, and with later sets' fixes "over 11 years" (during, not
        // more than) and "49,489" (knife offences, named in the subject), so the figure printed is in-sample.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void seventhHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout7", "h19", "h20", "h21");
        r.print("seventh held-out set");
        // Written after the fixes for sets 2 to 6, its first run measures the extractor as it then was: precision
        // 0.848, recall 0.848 (28 of 33). "since 1793" (years before 1800) is fixed, and "Britons … at 18.4 million"
        // with set 10's fixes, and "the first 12" (vehicles, named before) and "cap … at 15%" in session 5; still
        // missed is "class sizes below 30" (pupils, which no word names).
        assertTrue(r.precision() >= 0.95, "precision " + r.precision());
        assertTrue(r.recall() >= 0.95, "recall " + r.recall());
    }

    @Test
    void eighthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout8", "h22", "h23", "h24");
        r.print("eighth held-out set");
        // Written after the fixes for set 7, its first run scored precision 0.889 and recall 0.889 (24 of 27): "near
        // $58", "measles cases" (measles is no plural) and "a 50-pound bag" (a weight, read as £50). All are fixed, so
        // the figure printed is in-sample.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void ninthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout9", "h25", "h26", "h27");
        r.print("ninth held-out set");
        // Written after the fixes for set 8, its first run scored precision 0.821 and recall 0.852 (23 of 27):
        // "-73C" (the minus was lost), grams, "competed over 19 days" (during, read as more than) and the "26" of a
        // race time "2:06:26". All are fixed, so the figure printed is in-sample.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void tenthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout10", "h28", "h29", "h30");
        r.print("tenth held-out set");
        // Written after the fixes for set 9, its first run scored precision 0.792 and recall 0.792 (19 of 24): three
        // counts whose noun was elsewhere in the text ("potholes rose by a fifth to 31,000", "9,870 of them", "2.3
        // billion people …, and 419 million"), "by spring 2027" and light years. All are fixed, so the figure printed
        // is in-sample.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void eleventhHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout11", "h31", "h32", "h33");
        r.print("eleventh held-out set");
        // Written after all of session 4's other fixes, its first run scored precision 0.833 and recall 0.909 (20 of
        // 22): "1 hour 21 minutes" (one duration, read as two) and "360km/h" (read as km). Both are fixed, so the
        // figure printed is in-sample. "two cities", which the extractor read and the annotation had missed, was
        // added after the run.
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.9, "recall " + r.recall());
    }

    @Test
    void twelfthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout12", "h34", "h35", "h36");
        r.print("twelfth held-out set");
        // Written in session 5 by a helper that had not read the extractor's code, its first run scored precision
        // 0.950 and recall 0.950 (38 of 40): "fourth out of 30" (an ordinal word's rank, read as 30 cities) and a
        // subject across a phrase ("boardings across the network now peak at roughly 1.6 million", read as items).
        // Both are fixed, so the figure printed is in-sample.
        assertTrue(r.precision() >= 0.95, "precision " + r.precision());
        assertTrue(r.recall() >= 0.95, "recall " + r.recall());
    }

    @Test
    void thirteenthHeldOutSet_isReadAsACarefulEditorWould() throws IOException {
        AnnotationScore.Result r = score("heldout13", "h37", "h38", "h39");
        r.print("thirteenth held-out set");
        // Written in session 5 by a helper that had not read the extractor's code, after set 12's fixes: its first run
        // scored precision 1.000 and recall 1.000 (41 of 41), with no change made for it.
        assertTrue(r.precision() >= 0.95, "precision " + r.precision());
        assertTrue(r.recall() >= 0.95, "recall " + r.recall());
    }

    /** Extracts {@code extract/SET/DOC.txt} for each doc and scores them against {@code extract/SET.csv}. */
    private AnnotationScore.Result score(String set, String... docs) throws IOException {
        Map<String, Extraction> byDoc = new HashMap<>();
        for (String doc : docs) {
            try (InputStream in = getClass().getResourceAsStream("/extract/" + set + "/" + doc + ".txt")) {
                byDoc.put(doc, ClaimExtractor.standard().extract(doc, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return AnnotationScore.score(byDoc, AnnotationScore.annotations("/extract/" + set + ".csv"));
    }
}
