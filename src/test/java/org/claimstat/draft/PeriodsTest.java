package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PeriodsTest {
    private static String period(String text, String published, String number) {
        return fields(text, published, number).period().toString();
    }

    @Test
    void sinceADateRunsToPublication() {
        // wording of issue 17
        assertEquals("2022-09-21..2022-10-05",
                period("Since Sept. 21, about 200,000 Russians have left the country.", "2022-10-05", "200,000"));
    }

    @Test
    void inTheWeeksSinceADateRunsThatLong() {
        assertEquals("2022-09-21..2022-10-05", period("In the two weeks since 21 September, 98,000 Russians entered "
                + "Kazakhstan.", "2022-10-20", "98,000"));
    }

    @Test
    void soFarThisYearRunsFromJanuaryToPublication() {
        // https://www.shropshirestar.com/news/uk-news/2024/10/26/more-migrant-crossings-this-year-than-over-the-whole-of-2023/
        assertEquals("2024-01-01..2024-10-26", period("The French coastguard, which has reported 48 migrant deaths so "
                + "far this year, repeated warnings.", "2024-10-26", "48"));
    }

    @Test
    void lastYearIsTheYearBeforePublication() {
        // https://www.itv.com/news/2024-10-26/more-migrants-have-crossed-the-channel-this-year-than-over-the-whole-of-2023
        assertEquals("2023", period("Around 29,578 migrants have arrived on UK shores since January, up on last "
                + "year's annual total of 29,437.", "2024-10-26", "29,437"));
        assertEquals("2024-01..2024-10-26", period("Around 29,578 migrants have arrived on UK shores since January, "
                + "up on last year's annual total of 29,437.", "2024-10-26", "29,578"));
    }

    @Test
    void aWeekdayIsTheLastOneBeforePublication() {
        // https://www.itv.com/news/2024-10-26/more-migrants-have-crossed-the-channel-this-year-than-over-the-whole-of-2023
        assertEquals("2024-10-25", period("On Friday 424 people in seven boats arrived, according to provisional Home "
                + "Office data.", "2024-10-26", "424"));
    }

    @Test
    void theSameStageOfAnEarlierYearEndsOnThePublicationDayOfThatYear() {
        // https://www.independent.co.uk/news/uk/channel-ministry-of-defence-mod-children-dover-b2150628.html
        assertEquals("2021-01-01..2021-08-23", period("At the equivalent point in 2021, the cumulative total was just "
                + "under 12,500.", "2022-08-23", "12,500"));
    }

    @Test
    void theCurrentYearRunsToPublication() {
        // https://ca.news.yahoo.com/more-migrants-crossed-channel-small-090500345.html
        String text = "It comes after 424 people crossed the Channel yesterday, taking the 2024 total up to now to "
                + "29,578.";
        assertEquals("2024-01-01..2024-10-26", period(text, "2024-10-26", "29,578"));
        assertEquals("2024-10-25", period(text, "2024-10-26", "424"));
    }

    @Test
    void asOfADateIsThatDayAndByTheEndOfAMonthEndsThen() {
        assertEquals("2023-01-01", period("As of 1 January 2023, 3,000 people were registered.", "2023-02-01", "3,000"));
        assertEquals("..2023-04", period("By the end of April 2023, 20,000 were registered.", "2023-02-01", "20,000"));
    }

    @Test
    void dottedAndAbbreviatedDatesAreRead() {
        assertEquals("2022-09-21..2022-10-05", period("Since 21.09.2022 some 700,000 people have left.", "2022-10-05",
                "700,000"));
        assertEquals("2023-07-28", period("On 28.07.23 the border guards counted 5,000 people.", "2023-08-01",
                "5,000"));
    }

    @Test
    void aChangeCoversThePeriodOfTheFigureItCompares() {
        // https://www.shropshirestar.com/news/uk-news/2024/10/26/more-migrant-crossings-this-year-than-over-the-whole-of-2023/
        String text = "Some 29,578 migrants have made the journey since January. This is 12% higher than the 26,501 "
                + "recorded this time last year.";
        assertEquals("2024-01..2024-10-26", period(text, "2024-10-26", "12%"));
        assertEquals("2023-01-01..2023-10-26", period(text, "2024-10-26", "26,501"));
    }

    @Test
    void aFigureWithNoTimeWordsCoversThePeriodOfTheFigureBeforeIt() {
        // https://www.theguardian.com/uk-news/2023/sep/03/highest-daily-number-of-channel-small-boat-crossings-for-2023-recorded
        String text = "More than 800 people crossed the Channel in small boats on Saturday.\n\n"
                + "The latest provisional government data put the figure at 872 people in 15 vessels.";
        assertEquals("2023-09-02", period(text, "2023-09-03", "872"));
    }

    @Test
    void sinceAnEventAnnouncedOnADateRunsFromThatDate() {
        // https://www.thejournal.ie/russians-fleeing-georgia-kazakhstan-draft-5877137-Sep2022/
        assertEquals("2022-09-21..2022-09-27", period("According to Kazakhstan’s interior ministry, around 98,000 "
                + "Russians entered the country since the mobilisation was announced on September 21.", "2022-09-27",
                "98,000"));
    }

    @Test
    void aWeekdayOfThePublicationDayIsThatDayAndADateAfterAWeekdaySaysTheDay() {
        // https://www.nasdaq.com/articles/uae-leads-climate-disaster-fund-contributions-with-$100-mln-pledge
        assertEquals("2023-11-30", period("Countries pledged $300 million on Thursday.", "2023-11-30", "$300"));
        // https://ru24.net/english/393158982
        assertEquals("2024-12-03", period("The bank reported 9,000 payments in Manila on Tuesday, December 3.",
                "2024-12-05", "9,000"));
    }

    @Test
    void theMonthOfAStatementIsNotThePeriodOfItsFigure() {
        // https://www.standard.co.uk/news/uk/channel-crossings-small-boats-home-office-migrants-b1183345.html
        assertEquals("2024-09-22", period("Home Secretary Yvette Cooper announced this month that £75 million would be "
                + "used to boost the number of border security officers.", "2024-09-22", "£75"));
    }

    @Test
    void aFigureNothingDatesIsOfThePublicationDateAndTheNotesSaySo() {
        // https://archyde.com/officially-the-venezuelan-diaspora-is-the-largest-in-the-world-with-6-8-million-migrants
        ClaimFields f = fields("The Venezuelan diaspora reached 6.8 million migrants and refugees, which makes it the "
                + "largest in the world along with that of Ukraine and surpassing that of Syria.", "2022-08-30", "6.8");
        assertEquals("2022-08-30", f.period().toString());
        assertEquals("no time of its own: the publication date", f.notes().get("period"));
    }

    @Test
    void aFigureNothingElseDatesIsOfTheDayOfTheStatementThatGivesIt() {
        // https://www.2news.com/news/death-toll-soars-to-11-300-in-flooding-in-libyas-coastal-city-of-derna/article_5648b46a-532c-11ee-87a6-2f12724ed0e9.html
        // (published 2023-09-14; read here as if published a day later)
        ClaimFields f = fields("The International Committee of the Red Cross said Thursday it has provided 6,000 body "
                + "bags to local authorities.", "2023-09-15", "6,000");
        assertEquals("2023-09-14", f.period().toString());
        assertEquals("no time of its own: the day of the statement, 'Thursday'", f.notes().get("period"));
    }

    @Test
    void aDurationAndMoneyAskedForHaveNoPeriod() {
        // https://pledgetimes.com/only-1-of-venezuelans-abroad-can-vote-in-the-presidential-elections/
        assertEquals("..", period("The National Electoral Council set a period of only 30 days to register to vote.",
                "2024-07-27", "30"));
        // https://www.2news.com/news/death-toll-soars-to-11-300-in-flooding-in-libyas-coastal-city-of-derna/article_5648b46a-532c-11ee-87a6-2f12724ed0e9.html
        assertEquals("..", period("The U.N. humanitarian office issued an emergency appeal for $71.4 million to respond "
                + "to urgent needs of 250,000 Libyans most affected.", "2023-09-14", "$71.4"));
    }

    @Test
    void aFigureTakesNoPeriodFromAnOlderDateOfAnEarlierParagraph() {
        // https://www.cpr.org/2019/06/07/u-n-says-more-than-4-million-people-have-left-venezuela/
        String text = "And the high rate of departure is a recent development: at the end of 2015, the U.N. says there "
                + "were about 695,000 migrants and refugees from Venezuela.\n\nMost of the people who have left "
                + "Venezuela remain in Latin America. Colombia is hosting the largest number of them, with 1.3 million.";
        assertEquals("2015-12-31", period(text, "2019-06-07", "695,000"));
        assertEquals("2019-06-07", period(text, "2019-06-07", "1.3 million"));
    }

    @Test
    void thisWeekdayIsThatDayOfThePublicationsWeek() {
        // https://pledgetimes.com/only-1-of-venezuelans-abroad-can-vote-in-the-presidential-elections/ (a Saturday)
        assertEquals("2024-07-28", period("Of the nearly five million Venezuelans eligible to vote abroad, only 1% will be "
                + "able to cast their ballot in a ballot box this Sunday.", "2024-07-27", "1%"));
    }

    @Test
    void timeWordsAfterAnotherFigureOfAnotherClauseAreThatFiguresOwn() {
        // https://www.millenniumpost.in/world/allies-pledge-billions-for-ukraine-rebuilding-and-seek-investment-at-london-conference-522926
        String text = "European Commission President Ursula von der Leyen announced 50 billion euros (USD 55 billion) in "
                + "support through 2027, while Britain pledged 240 million pounds (USD 305 million) in aid.";
        assertEquals("..2027", period(text, "2023-06-21", "50 billion"));
        assertEquals("2023-06-21", period(text, "2023-06-21", "240 million"));
    }

    @Test
    void fromADayThroughAnotherIsTheSpanBetween() {
        // https://www.upi.com/Top_News/World-News/2022/09/09/Belgium-Ukraine-rebuilding-recovery-cost/3081662734348/
        assertEquals("2022-02-24..2022-06-01", period("The report said that from the start of the war on Feb. 24 through "
                + "June 1, physical damage to Ukraine totaled $97 billion.", "2022-09-09", "$97"));
    }

    @Test
    void warDamageIsATallyFromTheWarsFirstDayToTheDayItIsGivenFor() {
        // https://en.interfax.com.ua/news/economic/823198.html
        String text = "As of April 11, 2022, the KSE Institute estimated the damage to Ukraine's infrastructure from "
                + "the war in the country at $80.4 billion, while over the past week the estimate of losses increased "
                + "by $12.2 billion.";
        assertEquals("2022-02-24..2022-04-11", period(text, "2022-04-11", "$80.4"));
        assertEquals("2022-04-04..2022-04-10", period(text, "2022-04-11", "$12.2"));
        // https://kse.ua/about-the-school/news/155-billion-the-total-amount-of-damages-caused-to-ukraine-s-infrastructure-due-to-the-war-as-of-january-2024/
        ClaimFields f = fields("The total amount of direct documented damages inflicted upon Ukraine’s infrastructure "
                + "due to the full-scale invasion by Russia as of January 2024 stands at $155 billion (at replacement "
                + "cost). As of January 2024, there were almost 250,000 damaged and destroyed buildings.", "2024-02-12",
                "250,000");
        assertEquals("2022-02-24..2024-01", f.period().toString());
        assertEquals("what Russia's full-scale invasion of Ukraine destroyed or costs, a tally from its first day, "
                + "2022-02-24; its end from 'January 2024'", f.notes().get("period"));
    }

    @Test
    void aPledgeAtANamedConferenceTakesItsDatesAndARunningTotalRunsFromItsFirstDay() {
        // https://www.trtworld.com/article/16071544
        String text = "Here are the pledges announced so far at COP28.\n\nFrance pledged $109M on Friday.\n\n"
                + "The total committed as of Saturday was some $656M, according to a tally by the NRDC.";
        assertEquals("2023-11-30..2023-12-12", period(text, "2023-12-02", "$109M"));
        assertEquals("2023-11-30..2023-12-02", period(text, "2023-12-02", "$656M"));
    }

    @Test
    void aRateTakesNoPeriodFromTheFigureBeforeIt() {
        // https://www.trtworld.com/article/16071544
        String text = "The total committed as of Saturday was some $656M.\n\nThat falls vastly short of the $100B a "
                + "year that developing nations have said are needed.";
        assertEquals("..", period(text, "2023-12-02", "$100B"));
    }

    @Test
    void aCalendarYearGoesOnIntoTheUndatedFiguresAfterIt() {
        // https://alsedunation.com/cad?q=India+press+freedom+score+falls+says+Reporters+sans+Frontieres
        String text = "India’s score on the World Press Freedom Index fell over the last year, from 36.62 to 31.28, "
                + "according to World Press Freedom Index.\n\nGlobal decline: The report reveals an overall "
                + "deterioration in press freedom worldwide, with an average drop of 7.6 points.";
        assertEquals("2023", period(text, "2024-05-04", "7.6"));
    }

    @Test
    void aMonthOfThisYearIsThatMonth() {
        // https://in-venezuela.com/2019/12/10/12-10-19-fudging-numbers/
        assertEquals("2019-10", period("In October of this year, Colombia’s migration authority estimates that there "
                + "were approximately 1.2 million Venezuelans in the country.", "2019-12-10", "1.2 million"));
    }

    @Test
    void haveLeftInThreeYearsIsTheThreeYearsUpToPublication() {
        // https://gephardtdaily.com/national-international/venezuelan-officials-hit-back-at-u-n-claim-of-migration-crisis/
        assertEquals("2015-09-04..2018-09-04", period("The United Nations estimates 1.6 million people have left in "
                + "three years.", "2018-09-04", "1.6 million"));
    }

    @Test
    void moneyAlreadyGivenInAWarIsATallyFromItsFirstDayButAConferencesCountsAreNot() {
        // https://lavocedinewyork.com/en/news/2025/07/10/ukraine-recovery-conference-opens-in-rome-with-e10-billion-in-new-pledges
        String text = "The international event, focused on Ukraine’s economic, institutional, and social reconstruction, "
                + "spans two days and brings together around 3,500 participants.\n\nShe recalled that the European "
                + "Union has already allocated 165 billion euros in support of Ukraine and that new agreements worth a "
                + "total of 4 billion euros were signed on Wednesday.";
        assertEquals("2022-02-24..2025-07-09", period(text, "2025-07-10", "165"));
        assertEquals("2025-07-09", period(text, "2025-07-10", "4 billion"));
        assertEquals("2025-07-10", period(text, "2025-07-10", "3,500"));
    }
}
