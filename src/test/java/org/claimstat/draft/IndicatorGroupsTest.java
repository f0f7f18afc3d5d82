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
}
