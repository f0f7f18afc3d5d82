package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedNounsTest {
    private static String unit(String text, String number) {
        return fields(text, "2022-10-05", number).unit().symbol();
    }

    @Test
    void aRespectivelyListCountsWhatItsLastNumberCounts() {
        // wording of issue 17
        String text = "110,000, 80,000 and 74,000 Russians went to Kazakhstan, Georgia and Finland respectively.";
        assertEquals("person", unit(text, "110,000"));
        assertEquals("person", unit(text, "80,000"));
    }

    @Test
    void aContrastCountsWhatTheCountBeforeItCounts() {
        // wording of issue 17
        assertEquals("person", unit("Some 98,000 Russians entered Kazakhstan, while just over 64,000 left.", "64,000"));
    }

    @Test
    void aParenthesisTakesTheNounAfterIt() {
        // wording of issue 17
        assertEquals("person", unit("Some 700,000 (80 thousand) people could flee.", "700,000"));
    }

    @Test
    void aVerbOfMovingAfterABareCountMeansPeople() {
        assertEquals("person", unit("In the two weeks since 21 September, 98,000 entered Kazakhstan.", "98,000"));
    }

    @Test
    void crossingsAndIndividualsArePeopleAndVesselsBoats() {
        // https://www.bbc.co.uk/news/uk-england-kent-66473852
        assertEquals("person", unit("Channel migrants: More than 100,000 crossings made since 2018", "100,000"));
        assertEquals("person", unit("It also confirmed 17 individuals were rescued from the water.", "17"));
        // https://www.theguardian.com/uk-news/2023/sep/03/highest-daily-number-of-channel-small-boat-crossings-for-2023-recorded
        assertEquals("boat", unit("The data put the figure at 872 people in 15 vessels.", "15"));
    }

    @Test
    void aBareCountCountsWhatTheArticleCountsMost() {
        // https://www.dailymail.co.uk/news/article-14004167/migrants-arriving-Britain-surges-figure-rise.html
        String text = "More than 300 asylum seekers landed yesterday. A total of 56 migrants have died this year. "
                + "The running total for 2024 is more than 29,500. The number for last year was 29,437.";
        ClaimFields f = fields(text, "2024-10-26", "29,437");
        assertEquals("person", f.unit().symbol());
    }

    @Test
    void aTollCountsPeople() {
        // https://pledgetimes.com/around-4000-deaths-identified-in-libya/
        assertEquals("person", unit("Around 4,000 fatalities have been identified following the flood.", "4,000"));
        assertEquals("person", unit("The government put the number of officially registered deaths at 3,166.",
                "3,166"));
        // https://www.islamtimes.org/en/news/1081374/death-toll-in-libya-s-derna-exceeds-5-300-people
        assertEquals("person", unit("At the moment, the death toll in the city is more than 5,300, a spokesperson "
                + "said.", "5,300"));
        // https://terradaily.com/reports/Essential_services_still_sparse_in_Libyas_flood-ravaged_Derna_999.html
        assertEquals("person", unit("The flooding killed nearly 4,000 people and displaced more than 40,000 others.",
                "40,000"));
    }
}
