package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimstat.ClaimKind;
import org.junit.jupiter.api.Test;

class KindsTest {
    private static ClaimKind kind(String text, String number) {
        return fields(text, "2024-10-26", number).kind();
    }

    @Test
    void couldAndExpectedMakeForecasts() {
        // wording of issue 17
        assertEquals(ClaimKind.FORECAST, kind("Some 700,000 people could flee by the end of the year.", "700,000"));
        assertEquals(ClaimKind.FORECAST, kind("About 50,000 people are expected to cross next year.", "50,000"));
    }

    @Test
    void estimatedAndAveragesAreEstimates() {
        assertEquals(ClaimKind.ESTIMATE, kind("Since the invasion, an estimated 200,000 IT workers have fled.",
                "200,000"));
        // https://www.theguardian.com/uk-news/2023/sep/03/highest-daily-number-of-channel-small-boat-crossings-for-2023-recorded
        assertEquals(ClaimKind.ESTIMATE, kind("The data put the figure at 872 people in 15 vessels, suggesting an "
                + "average of about 58 people in each one.", "58"));
    }

    @Test
    void aCountOfWhatHappenedIsAnObservationEvenWhenRounded() {
        // https://www.itv.com/news/2024-10-26/more-migrants-have-crossed-the-channel-this-year-than-over-the-whole-of-2023
        assertEquals(ClaimKind.OBSERVATION, kind("Around 29,578 migrants have arrived on UK shores since January.",
                "29,578"));
    }

    @Test
    void deathsOfOneDayAreAnEventAndPercentagesAStatement() {
        // https://www.itv.com/news/2024-10-26/more-migrants-have-crossed-the-channel-this-year-than-over-the-whole-of-2023
        assertEquals(ClaimKind.EVENT, kind("On Wednesday, three people died when a boat sank.", "three"));
        assertEquals(ClaimKind.STATEMENT, kind("A rise of 12%, this is higher than last year.", "12%"));
    }

    @Test
    void whatUsuallyHappensIsAStatement() {
        // https://www.shropshirestar.com/news/uk-news/2024/10/26/more-migrant-crossings-this-year-than-over-the-whole-of-2023/
        assertEquals(ClaimKind.STATEMENT, kind("More than 600 ships pass through it every day.", "600"));
    }

    @Test
    void aPledgeIsAStatementAndATallyOfMoneyAnObservation() {
        // https://www.nasdaq.com/articles/uae-leads-climate-disaster-fund-contributions-with-$100-mln-pledge and trtworld.com/article/16071544
        assertEquals(ClaimKind.STATEMENT, kind("The United Arab Emirates will contribute $100 million to a new climate "
                + "disaster fund.", "$100 million"));
        assertEquals(ClaimKind.OBSERVATION, kind("The total committed as of Saturday was some $656M, according to a "
                + "tally by the Natural Resources Defense Council.", "$656M"));
    }

    @Test
    void aTotalOfSeveralPledgersIsAnObservationAndMoneyToBeUsedAStatement() {
        // https://www.nasdaq.com/articles/uae-leads-climate-disaster-fund-contributions-with-$100-mln-pledge
        String text = "The United Arab Emirates will contribute $100 million to a new climate disaster fund, the "
                + "minister said on Thursday, leading a combined contribution along with other countries of just over "
                + "$300 million.";
        assertEquals(ClaimKind.STATEMENT, kind(text, "$100 million"));
        assertEquals(ClaimKind.OBSERVATION, kind(text, "$300 million"));
        // https://standard.co.uk/news/politics/english-channel-home-office-keir-starmer-yvette-cooper-government-b1183397.html
        assertEquals(ClaimKind.STATEMENT, kind("Home Secretary Yvette Cooper announced this month that £75 million "
                + "would be used to boost the number of border security officers.", "£75 million"));
    }

    @Test
    void deathsOfOneWeekAreAnEventAndWordsAfterTheNounDoNotMakeAnEstimate() {
        // https://uk.news.yahoo.com/ (Sky News, 2024-10-26) and https://www.standard.co.uk/ (PA, 2024-11-01)
        assertEquals(ClaimKind.EVENT, kind("Earlier this week, three people died when a boat sank.", "three"));
        assertEquals(ClaimKind.OBSERVATION, kind("The International Organisation for Migration (IOM) has recorded 11 "
                + "more migrant deaths believed to be linked to attempts to cross the Channel this year.", "11"));
    }
}
