package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Unit;
import org.junit.jupiter.api.Test;

class TollsTest {
    private static String period(String text, String published, String number) {
        return fields(text, published, number).period().toString();
    }

    @Test
    void aTollRunsFromTheDisastersDayToPublication() {
        // https://egyptianstreets.com/2023/09/12/catastrophic-storm-hits-libya-leaves-at-least-2000-dead-and-thousands-missing/
        assertEquals("2023-09-11..2023-09-12", period("Mediterranean storm Daniel, which caused devastating floods in "
                + "Libya on Monday, 11 September, has left at least 2000 people dead and thousands missing, senior "
                + "Libyan officials stated.", "2023-09-12", "2000"));
    }

    @Test
    void aTollEndsOnTheDayItsSentenceNamesEvenTheDayItWasSaid() {
        // https://www.thenews.com.pk/print/1112864-official-libya-flood-toll-tops-3-800
        String text = "Nearly two weeks after a flash flood devastated the port city, the official death toll keeps "
                + "rising, passing 3,800 on Saturday.";
        assertEquals("2023-09-10..2023-09-23", period(text, "2023-09-24", "3,800"));
        // a quake toll told "on Tuesday", the quake a day named in the article
        assertEquals("2023-02-06..2023-02-07", period("The earthquake struck on 6 February. The death toll has "
                + "risen to 5,000, officials said on Tuesday.", "2023-02-08", "5,000"));
    }

    @Test
    void theDisastersDayMayBeGivenAsTimeAgo() {
        // https://vcptrading.com/2023/09/18/after-a-week-families-haunted-by-fate-of-the-missing-by-reuters/
        assertEquals("2023-09-11..2023-09-18", period("Dams above the city burst in a storm a week ago. The World "
                + "Health Organization has confirmed 3,922 deaths.", "2023-09-18", "3,922"));
    }

    @Test
    void peopleMissingAreAStockOnTheDay() {
        // https://www.2news.com/news/death-toll-soars-to-11-300-in-flooding-in-libyas-coastal-city-of-derna/
        assertEquals("2023-09-14", period("The Secretary General of the group says a further 10,100 are reported "
                + "missing in the coastal city.", "2023-09-14", "10,100"));
    }

    @Test
    void aTollWithNoDisasterDayHasAnOpenStart() {
        // https://7news.com.au/news/disaster-and-emergency/devastating-floods-in-libyan-city-killed-5200-official-c-11885264
        assertEquals("..2023-09-12", period("The death toll from devastating floods in Libya's eastern city of Derna "
                + "has reached 5200, a spokesman for the interior ministry says.", "2023-09-12", "5200"));
    }

    @Test
    void aTollOfThisYearKeepsItsOwnSpan() {
        // https://www.shropshirestar.com/news/uk-news/2024/10/26/more-migrant-crossings-this-year-than-over-the-whole-of-2023/
        assertEquals("2024-01-01..2024-10-26", period("The French coastguard, which has reported 48 migrant deaths so "
                + "far this year, repeated warnings.", "2024-10-26", "48"));
    }

    @Test
    void anOpenTollStartsAtTheDayMostTollsOfItsIndicatorStartAt() {
        Indicator deaths = Indicator.of("died", "people who died", Unit.PERSON, Aggregation.FLOW, "drafted");
        Period known = Period.of(PartialDate.parse("2023-09-10"), PartialDate.parse("2023-09-12"));
        Period open = new Period(Optional.empty(), Optional.of(PartialDate.parse("2023-09-17")));
        List<Optional<Periods.Guess>> out = Tolls.startsFromIndicator(List.of("a toll ('dead') from the disaster's "
                + "day 2023-09-10 to the publication date", "a toll, open start, ('death toll') up to the publication"
                + " date; the article gives no day it counts from"), List.of(known, open), List.of(deaths, deaths));
        assertEquals(Optional.empty(), out.get(0));
        assertEquals("2023-09-10..2023-09-17", out.get(1).orElseThrow().period().toString());
    }

    @Test
    void theDayAStatementWasMadeIsNoDisastersDay() {
        // https://www.anews.com.tr/africa/2023/09/17/death-toll-in-devastating-libya-floods-climbs-to-3283-minister
        assertEquals("..2023-09-17", period("In the midst of the uncertainty surrounding the casualty count resulting "
                + "from the devastating floods in Libya, the health minister announced on Sunday that the death toll "
                + "has now risen to 3,283.", "2023-09-17", "3,283"));
    }
}
