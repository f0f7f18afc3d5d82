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

    @Test
    void deathsReportedOfADayBeforeAreACountNotAnEvent() {
        // https://egyptianstreets.com/2023/09/12/catastrophic-storm-hits-libya-leaves-at-least-2000-dead-and-thousands-missing/
        assertEquals(ClaimKind.OBSERVATION, kind("The floods struck on Monday. In the eastern town of Bayda, at least"
                + " 46 individuals were reported dead, as stated by the head of the medical centre.", "46"));
    }

    @Test
    void aFigureLikelyToRiseIsTheCurrentCount() {
        // https://pledgetimes.com/around-4000-deaths-identified-in-libya/
        assertEquals(ClaimKind.OBSERVATION, kind("The number of 3,166 deaths is likely to rise.", "3,166"));
        assertEquals(ClaimKind.FORECAST, kind("The toll is likely to rise to 5,000.", "5,000"));
    }

    @Test
    void aPlacesPopulationIsBackground() {
        // https://terradaily.com/reports/Essential_services_still_sparse_in_Libyas_flood-ravaged_Derna_999.html
        assertEquals(ClaimKind.STATEMENT, kind("Once home to around 120,000 inhabitants, the city has become a vast "
                + "construction site.", "120,000"));
        assertEquals(ClaimKind.STATEMENT, kind("A torrent ran through the centre of the city of 120,000 people.",
                "120,000"));
    }

    @Test
    void officialsAndWebsitesReportCountsNotPersonalStatements() {
        // https://7news.com.au/news/disaster-and-emergency/devastating-floods-in-libyan-city-killed-5200-official-c-11885264
        assertEquals(ClaimKind.OBSERVATION, kind("More than 300 victims were buried in mass graves, the Libyan "
                + "website Babwat al-Wasat reported on Tuesday.", "300"));
    }

    @Test
    void aCostNeedOrDamageInMoneyIsAnEstimateEvenWithWould() {
        // https://www.upi.com/Top_News/World-News/2022/09/09/Belgium-Ukraine-rebuilding-recovery-cost/3081662734348/
        assertEquals(ClaimKind.ESTIMATE, kind("The European Union, World Bank and the Ukrainian government said in a "
                + "report on Friday it would cost $349 billion for a complete recovery and reconstruction of the "
                + "country if the Russian invasion ended today.", "$349 billion"));
        // https://www.finanznachrichten.de/nachrichten-2025-02/64664660-ukraine-s-post-war-reconstruction-to-cost-dollar-524-bln-study-020.htm
        assertEquals(ClaimKind.ESTIMATE, kind("RDNA4 reveals that direct damage in Ukraine has now reached $176 "
                + "billion, up from $152 billion from the previous assessment issued in February 2024.", "$176"));
    }

    @Test
    void moneyAlreadyAllocatedIsCountedAndMoneyGivenAsAidIsPledged() {
        // https://www.finanznachrichten.de/nachrichten-2025-02/64664660-ukraine-s-post-war-reconstruction-to-cost-dollar-524-bln-study-020.htm
        assertEquals(ClaimKind.OBSERVATION, kind("This year, the Government of Ukraine, with support from donors, has "
                + "allocated $7.37 billion to address priority areas such as housing.", "$7.37"));
        // https://www.millenniumpost.in/world/allies-pledge-billions-for-ukraine-rebuilding-and-seek-investment-at-london-conference-522926
        assertEquals(ClaimKind.STATEMENT, kind("Secretary of State Antony Blinken said the US would give more than "
                + "USD 1.3 billion in new aid.", "USD 1.3"));
        assertEquals(ClaimKind.STATEMENT, kind("Germany announced a further 381 million euros (USD 416 million) in "
                + "humanitarian aid.", "381"));
    }

    @Test
    void aForecastWordInAnAsideIsNotTheFiguresKind() {
        // https://en.interfax.com.ua/news/economic/823198.html
        assertEquals(ClaimKind.ESTIMATE, kind("\"During the last week, direct losses to civilian infrastructure "
                + "documented based on publicly available evidence (that is, this is a lower bound estimate and the "
                + "true losses are likely to be times higher), increased by $12.2 billion.", "$12.2"));
    }

    @Test
    void aTotalOfDamageIsAnEstimate() {
        // https://en.interfax.com.ua/news/economic/823198.html
        assertEquals(ClaimKind.ESTIMATE, kind("As of April 11, the total amount of direct documented infrastructure "
                + "damages, based only on public sources, is $80 billion.", "$80"));
    }

    @Test
    void aRankOfAnIndexAndAShareAnAgencyReportsAreObservations() {
        // https://www.livemint.com/news/india/india-ranks-below-pakistan-at-159-among-180-countries-in-world-press-freedom-index-unofficial-state-of-emergency-11714737826054.html
        assertEquals(ClaimKind.OBSERVATION, kind("India ranked 159 among 180 countries in the latest annual World Press "
                + "Freedom Index. India had ranked 161 in the 2023 list.", "161"));
        // https://egyptianstreets.com/2024/03/25/unhcr-over-500000-refugees-fled-to-egypt-following-conflict-in-sudan
        assertEquals(ClaimKind.OBSERVATION, kind("In a report titled “Sudan Emergency Update in Egypt,” the UNHCR "
                + "revealed that 53 percent of the Sudanese refugees who have been registered are women.", "53 percent"));
    }

    @Test
    void aChangeInPercentInARelativeClauseIsAStatement() {
        // https://standard.co.uk/news/politics/english-channel-home-office-keir-starmer-yvette-cooper-government-b1183397.html
        assertEquals(ClaimKind.STATEMENT, kind("It brings the total for the year so far to 24,335, which is up 1% on "
                + "the number of people who made the crossing by this time last year, but 20% down on 2022.", "1%"));
    }

    @Test
    void theMonthMayIsNoForecast() {
        // https://efe.com/en/latest-news/2023-05-04/at-least-47000-sudanese-refugees-have-fled-to-egypt-unhcr/
        assertEquals(ClaimKind.OBSERVATION, kind("Cairo, May 4 (EFE).- At least 47,000 Sudanese refugees have crossed "
                + "into neighboring Egypt since a deadly conflict broke out last month in the African country, the "
                + "United Nations refugee agency said Thursday", "47,000"));
    }

    @Test
    void aCompanysAccountsAreObservations() {
        // https://exbulletin.com/uncategorized/2699093/
        assertEquals(ClaimKind.OBSERVATION, kind("Hannover Re said it recorded a net loss of 270.1 million euros from "
                + "the devastating earthquake that struck Turkey and Syria.", "270.1 million euros"));
        assertEquals(ClaimKind.OBSERVATION, kind("For Swiss Re, the devastating earthquake in Turkey as well as the "
                + "earthquake in Morocco in September 2023 resulted in the reinsurer paying out more than $500 million "
                + "in claims.", "$500 million"));
    }
}
