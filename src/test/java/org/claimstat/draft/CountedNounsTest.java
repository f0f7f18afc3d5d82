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

    @Test
    void peopleNamedByTheirCountryOrWhatTheyAreArePeople() {
        // https://efe.com/en/latest-news/2023-05-04/at-least-47000-sudanese-refugees-have-fled-to-egypt-unhcr/
        String text = "“As of May 3, more than 50,000 people had crossed into Egypt, including 47,000 Sudanese and "
                + "3,500 third-country nationals,” the Egypt spokesperson for the United Nations High Commissioner for "
                + "Refugees (UNHCR), Christine Beshay, told EFE citing Egyptian foreign ministry figures.";
        assertEquals("person", unit(text, "47,000"));
        assertEquals("person", unit(text, "3,500"));
        // https://tribune.com.pk/story/2474166/over-600000-sudanese-refugees-flee-to-chad-amid-growing-conflict-unhcr?amp=1
        String chad = "\"The conflict in Sudan has forced over 600,000 refugees and 180,000 Chadian returnees, the vast "
                + "majority of them women and children, to flee into Chad, with more than 115,000 arriving since the "
                + "start of 2024,\" the agency said.";
        assertEquals("person", unit(chad, "180,000"));
        assertEquals("person", unit(chad, "115,000"));
    }

    @Test
    void aPopulationCountsPeople() {
        // https://www.voanews.com/a/un-2-3m-have-fled-venezuela/4528469.html
        assertEquals("person", unit("U.N. spokesman Stephane Dujarric told reporters that those fleeing cited lack of "
                + "food as the main reason for leaving Venezuela, which has a population of 32.8 million.", "32.8"));
    }

    @Test
    void theTurkishLirasAbbreviationIsTry() {
        // https://turkishminute.com/2023/03/17/turkeys-post-earthquake-damage-estimated-at-more-than-103-billion-ministry/amp/
        assertEquals("TRY", unit("The cost to Turkey of last month’s two massive earthquakes is nearly TL 2 trillion "
                + "($103.6 billion), with TL 1.6 trillion ($84 billion) of the total comprising direct physical damage.",
                "1.6 trillion"));
    }
}
