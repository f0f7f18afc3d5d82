package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.extract.ClaimExtractor;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;
import org.junit.jupiter.api.Test;

class RankingsTest {
    private static String unit(String text, String number) {
        return fields(text, "2023-05-03", number).unit().symbol();
    }

    @Test
    void aBareNumberAfterAWordOfRankingIsAPlaceInTheRankingTheArticleSizes() {
        // https://www.thehindu.com/news/national/india-slips-in-world-press-freedom-index-ranks-161-out-of-180-countries/article66806608.ece/amp/
        String text = "India’s ranking in the 2023 World Press Freedom Index has slipped to 161 out of 180 countries,"
                + " according to the latest report released by global media watchdog Reporters Without Borders (RSF)."
                + "\n\nIn comparison, Pakistan has fared better when it comes to media freedom as it was placed at 150,"
                + " an improvement from last year’s 157 rank. In 2022, India was ranked at 150.";
        assertEquals("rank:180", unit(text, "161"));
        assertEquals("rank:180", unit(text, "150,"));
        assertEquals("rank:180", unit(text, "157"));
    }

    @Test
    void placesInAListAfterOneRankTakeTheRankingToo() {
        // https://civilstaphimachal.com/current-affair/world-press-freedom-index-2024/ (with the index's size added)
        String text = "The index ranks 180 countries.\n\nPakistan ranked 152, Sri Lanka at 15, Nepal at 74 and Maldives"
                + " at 106.\n\nAfghanistan is at 178, Bangladesh at 165 and Myanmar at 171.";
        assertEquals("rank:180", unit(text, "74"));
        assertEquals("rank:180", unit(text, "106"));
        assertEquals("rank:180", unit(text, "165"));
    }

    @Test
    void movesInARankingCountPlacesAndPointsTheRanksShowArePlaces() {
        // https://mmnews.tv/pakistan-lags-behind-afghanistan-on-press-freedom-index
        String text = "The index shows that Pakistan was ranked 157 with a 37.99 score after falling 12 points from"
                + " the previous year when the RSF ranked it at 145 with a 53.14 score.";
        assertEquals("place", unit(text, "12 points"));
        assertEquals("point", unit(text, "37.99"));
        assertEquals("rank", unit(text, "145"));
        // https://radio.gov.pk/04-05-2023/pakistan-moves-up-7-places-in-rsfs-press-freedom-index
        String radio = "Pakistan now ranks 150 out of 180 countries. The index discovered that India has dropped 11 positions at 161, where media takeovers by"
                + " oligarchs have jeopardised pluralism in the country.";
        assertEquals("place", unit(radio, "11"));
    }

    @Test
    void aScoreIsCountedInPoints() {
        // https://alsedunation.com/cad?q=India+press+freedom+score+falls+says+Reporters+sans+Frontieres
        String text = "India’s score on the World Press Freedom Index fell over the last year, from 36.62 to 31.28,"
                + " according to World Press Freedom Index. Although India's rank slightly improved from 161 in 2023"
                + " to 159 in 2024, this change is primarily due to other countries dropping in their rankings.";
        assertEquals("point", unit(text, "36.62"));
        assertEquals("point", unit(text, "31.28"));
        assertEquals("rank", unit(text, "161"));
    }

    @Test
    void theTopThreeIsNoMove() {
        // https://www.thehindu.com/news/national/india-slips-in-world-press-freedom-index-ranks-161-out-of-180-countries/article66806608.ece/amp/
        String text = "India was ranked 161. The Nordic trio of Norway, Ireland and Denmark continued to occupy the top"
                + " three positions in press freedom.";
        assertEquals("position", unit(text, "three"));
    }

    @Test
    void theSizeOfTheRankingIsNoClaim() {
        // https://scroll.in/latest/1081914/india-ranked-151-out-of-180-countries-in-2025-world-press-freedom-index
        String text = "India is ranked 151st out of 180 countries in the 2025 World Press Freedom Index.\n\nThe index"
                + " compares 180 countries.";
        Article article = new Article("doc.txt", text, FieldsTestSupport.source("Scroll.in", "2025-05-02", null),
                List.of());
        Extraction x = ClaimExtractor.standard().extract("doc.txt", text);
        Mention size = x.mentions().stream().filter(m -> m.start() == text.lastIndexOf("180")).findFirst().orElseThrow();
        assertEquals(true, Rankings.notClaim(ArticleView.of(article, x), size).isPresent());
    }

    @Test
    void aFallInTheRankingIsNegativeAndARiseIsNot() {
        // https://indianexpress.com/article/india/india-slips-on-world-press-freedom-index-scribes-attacked-for-writing-on-subjects-that-annoy-hindutva-5682824/
        String text = "India dropped two places to be ranked 140th out of 180 countries, with Pakistan dropping three"
                + " places to 142. Sri Lanka ranked at 126, going up five notches from last year. Pakistan was placed"
                + " on 142nd, three places down from 2018's 139th.";
        Extraction x = ClaimExtractor.standard().extract("t", text);
        assertEquals(List.of(true, true, false, true), List.of("two", "three", "five", "three places down").stream()
                .map(n -> Rankings.fell(text, mentionAt(x, text.indexOf(n)))).toList());
    }

    @Test
    void aDraftFilesAFallAsNegativePlaces() {
        // https://indianexpress.com/article/india/india-slips-on-world-press-freedom-index-scribes-attacked-for-writing-on-subjects-that-annoy-hindutva-5682824/
        String text = "Press freedom index\n\nIndia dropped two places to be ranked 140th out of 180 countries. Sri"
                + " Lanka went up five notches.\n";
        org.claimstat.dataset.ClaimDataset ds = Drafter.standard().draftArticles(List.of(new Article("doc.txt", text,
                FieldsTestSupport.source("The Indian Express", "2019-04-18", null), List.of()))).dataset();
        assertEquals(List.of("-2 place", "140 rank:180", "5 place"), ds.claims().stream()
                .map(c -> c.quantity().value().orElseThrow() + " " + c.unit()).toList());
    }

    private static Mention mentionAt(Extraction x, int start) {
        return x.mentions().stream().filter(m -> m.start() == start).findFirst().orElseThrow();
    }
}
