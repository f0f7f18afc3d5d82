package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplacedTest {
    private static String period(String text, String published, String number) {
        return fields(text, published, number).period().toString();
    }

    @Test
    void refugeesAndDisplacedOfACrisisAreAStockWhateverWindowTheVerbGives() {
        // https://www.middleeastmonitor.com/20250604-unhcr-239000-sudanese-refugees-stranded-on-chad-border
        assertEquals("2025-06-04", period("Since the war began in Sudan in April 2023, more than 844,000 Sudanese "
                + "refugees have crossed into Chad, according to UNHCR.", "2025-06-04", "844,000"));
        // https://diaspoint.nl/diaspoint_news/egypt-is-the-largest-country-hosting-sudanese-after-the-war
        assertEquals("2024-11-09", period("The commission said in a statement on Saturday that since the conflict broke"
                + " out, more than three million people have been forcibly displaced, seeking asylum in neighboring "
                + "countries.", "2024-11-11", "three million"));
    }

    @Test
    void aVerbOfLeavingWithAWindowOfItsOwnStaysAFlow() {
        // wording of issue 17
        assertEquals("2022-09-21..2022-10-05",
                period("Since Sept. 21, about 200,000 Russians have left the country.", "2022-10-05", "200,000"));
    }

    @Test
    void arrivalsAndAsylumSeekersOverAWindowStayAFlow() {
        // https://www.lbc.co.uk/news/small-boat-crossings-20-000-this-year/
        assertEquals("2023-01-01..2023-08-30", period("More than 20,000 asylum-seekers have crossed the English "
                + "Channel on small boats this year.", "2023-08-30", "20,000"));
    }

    @Test
    void aWarsTollCountsFromItsFirstDay() {
        // https://efe.com/en/latest-news/2023-05-04/at-least-47000-sudanese-refugees-have-fled-to-egypt-unhcr/
        assertEquals("2023-04-15..2023-05-04", period("The fighting in Sudan has already killed at least 550 people, "
                + "according to official data.", "2023-05-04", "550"));
    }

    @Test
    void aTollWordBesideAnotherFigureIsThatFiguresOwn() {
        // https://www.middleeastmonitor.com/20240611-un-more-than-10m-displaced-by-sudan-conflict/
        String text = "Since mid-April 2023, Sudan has been engulfed in a conflict between the army and the Rapid "
                + "Support Forces. The war has resulted in over 16,000 deaths and left more than 25 million people in "
                + "need of humanitarian aid.";
        assertEquals("2023-04-15..2024-06-11", period(text, "2024-06-11", "16,000"));
        assertEquals("2024-06-11", period(text, "2024-06-11", "25 million"));
    }
}
