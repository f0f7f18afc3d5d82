package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.Indicator;
import org.claimstat.Unit;
import org.junit.jupiter.api.Test;

class IndicatorGroupsTest {
    // https://www.itv.com/news/2024-10-26/more-migrants-have-crossed-the-channel-this-year-than-over-the-whole-of-2023
    private static final String ITV = "Around 29,578 migrants have arrived on UK shores since January, up on last "
            + "year's annual total of 29,437.";
    // https://ca.news.yahoo.com/more-migrants-crossed-channel-small-090500345.html
    private static final String SKY = "It comes after 424 people crossed the Channel yesterday.";
    // https://www.itv.com/news/2024-10-26/more-migrants-have-crossed-the-channel-this-year-than-over-the-whole-of-2023
    private static final String DEATHS = "On Wednesday, three people died when a boat sank while trying to reach the UK.";

    @Test
    void arrivalsCrossingsAndTotalsOfOneCountryShareAnIndicator() {
        List<ClaimFields> fs = List.of(fields(ITV, "2024-10-26", "29,578"), fields(ITV, "2024-10-26", "29,437"),
                fields(SKY, "2024-10-26", "424"), fields(DEATHS, "2024-10-26", "three"));
        List<Indicator> is = IndicatorGroups.assign(fs, List.of());
        assertEquals(is.get(0), is.get(1));
        assertEquals(is.get(0), is.get(2));
        assertNotEquals(is.get(0), is.get(3));
        assertEquals("arrived_person", is.get(0).id());
        assertEquals(Aggregation.FLOW, is.get(0).aggregation());
    }

    @Test
    void aGivenIndicatorWithMatchingKeywordsWins() {
        Indicator arrivals = new Indicator("small_boat_arrivals", "Small-boat arrivals", Unit.PERSON, Aggregation.FLOW,
                "", Map.of("keywords", "crossed;arrived"));
        Indicator deaths = Indicator.of("channel_deaths", "Migrants who died in the Channel", Unit.PERSON,
                Aggregation.FLOW, "");
        List<ClaimFields> fs = List.of(fields(SKY, "2024-10-26", "424"), fields(DEATHS, "2024-10-26", "three"));
        List<Indicator> is = IndicatorGroups.assign(fs, List.of(arrivals, deaths));
        assertEquals(arrivals, is.get(0));
        assertEquals(deaths, is.get(1));
    }

    @Test
    void fleeingToAPlaceCountsArrivalsThere() {
        // https://news.yahoo.com/more-400-000-russians-flee-111524289.html
        ClaimFields f = fields("More than 400,000 Russians flee to Kazakhstan since beginning of mobilisation\n\nBody.",
                "2022-10-05", "400,000");
        assertEquals("KZ", f.entity());
        assertEquals("arrived:person", f.indicatorKey());
        assertEquals("2022-09-21..2022-10-05", f.period().toString());
    }

    private static String key(String text, String number) {
        return fields(text, "2024-09-10", number).indicatorKey();
    }

    @Test
    void eachCountOfAClauseMeasuresTheWordNearestIt() {
        // https://terradaily.com/reports/Essential_services_still_sparse_in_Libyas_flood-ravaged_Derna_999.html
        String text = "The flooding killed nearly 4,000 people, left thousands missing and displaced more than 40,000 "
                + "others, according to the United Nations.";
        assertEquals("died:person", key(text, "4,000"));
        assertEquals("displaced:person", key(text, "40,000"));
        // https://egyptianstreets.com/2023/09/12/catastrophic-storm-hits-libya-leaves-at-least-2000-dead-and-thousands-missing/
        String toll = "Ahmed Al-Mosmari stated that the death toll in Derna had surpassed 2,000 and indicated that "
                + "there were between 5000 and 6000 reported missing.";
        assertEquals("died:person", key(toll, "2,000"));
        assertEquals("missing:person", key(toll, "5000"));
    }

    @Test
    void leftDeadIsNoDepartureAndCameToIsNoArrival() {
        // https://egyptianstreets.com/2023/09/12/catastrophic-storm-hits-libya-leaves-at-least-2000-dead-and-thousands-missing/
        assertEquals("died:person", key("The storm has left at least 2000 people dead, officials stated.", "2000"));
        // https://pledgetimes.com/around-4000-deaths-identified-in-libya/
        assertEquals("died:person", key("A group of Libyan data analysts also came to around 4,000 confirmed victims.",
                "4,000"));
    }

    @Test
    void theRedCrossIsNoCrossing() {
        // https://7news.com.au/news/disaster-and-emergency/devastating-floods-in-libyan-city-killed-5200-official-c-11885264
        assertEquals("missing:person", key("Tamer Ramadan, head of the International Federation of Red Cross and Red "
                + "Crescent Societies said about 10,000 people are missing.", "10,000"));
    }

    @Test
    void aPlacesPopulationIsItsOwnMeasure() {
        // https://terradaily.com/reports/Essential_services_still_sparse_in_Libyas_flood-ravaged_Derna_999.html
        assertEquals("population:person", key("Once home to around 120,000 inhabitants, the city has become a vast "
                + "construction site.", "120,000"));
    }

    @Test
    void aCountThatNamesNoMeasureJoinsTheMeasureUsualInItsCountry() {
        List<ClaimFields> fs = List.of(
                fields("More than 7.7 million Venezuelans have left Venezuela since 2014.", "2024-06-01", "7.7"),
                fields("Some 6.5 million Venezuelans have fled Venezuela, the UN says.", "2024-06-01", "6.5"),
                fields("Colombia hosts 2.9 million Venezuelan migrants and refugees.", "2024-06-01", "2.9"),
                fields("Colombia now counts 2.8 million Venezuelans, officials said.", "2024-06-01", "2.8"));
        assertEquals("CO", fs.get(3).entity());
        assertEquals(":person", fs.get(3).indicatorKey());
        List<Indicator> is = IndicatorGroups.assign(fs, List.of());
        assertEquals("left_person", is.get(0).id());
        assertEquals("hosted_person", is.get(2).id());
        assertEquals(is.get(2), is.get(3));
        assertEquals("people living in a host country", is.get(3).label());
    }
}
