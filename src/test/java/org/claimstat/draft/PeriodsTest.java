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
    void theTimeOfAStatementIsNotThePeriodOfItsFigure() {
        // https://www.standard.co.uk/news/uk/channel-crossings-small-boats-home-office-migrants-b1183345.html
        assertEquals("..", period("Home Secretary Yvette Cooper announced this month that £75 million would be used to "
                + "boost the number of border security officers.", "2024-09-22", "£75"));
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
}
