package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.junit.jupiter.api.Test;

class DisasterCostsTest {
    private static final String CNBC = "A recent report from the World Bank has estimated that the direct physical "
            + "damages caused by the two large earthquakes that hit Turkey on February 6 cost over $34.2 billion — "
            + "equivalent to 4 percent of the nation's GDP in 2021.\n\nThe report also highlights that 81 percent of the"
            + " estimated damages occurred in Hatay, Kahramanmaraş, Gaziantep, Malatya and Adıyaman provinces.";

    private static String period(String text, String published, String number) {
        return fields(text, published, number).period().toString();
    }

    @Test
    void theCostOfAnEarthquakeCoversItsDayWheneverItWasEstimated() {
        // https://www.cnbctv18.com/world/earthquake-turkey-syria-world-bank-report-physical-damage-billion-16057931.htm/amp
        assertEquals("2023-02-06", period(CNBC, "2023-02-28", "$34.2 billion"));
        assertEquals("2023-02-06", period(CNBC, "2023-02-28", "81 percent"));
        // a share of one year's GDP keeps its year
        assertEquals("2021", period(CNBC, "2023-02-28", "4 percent"));
    }

    @Test
    void aShareOfTheDamageCoversTheDisastersDayToo() {
        // https://beta.arabcanadanews.ca/en/article/huge-amount-international-bank-reveals-syria-financial-losses-due-to-devastating-earthquake-43328
        String text = "The earthquake struck on 6 February. The World Bank confirmed that Aleppo was the most affected"
                + " city, accounting for 45% of the damages estimated at about 2.3 billion dollars.";
        assertEquals("2023-02-06", period(text, "2023-03-04", "45%"));
        assertEquals("2023-02-06", period(text, "2023-03-04", "2.3 billion"));
    }

    @Test
    void aCostOfAnEarlierDisasterKeepsItsOwnTime() {
        // https://automaticblogging.com/turkey-syria-reconstruction-costs-to-come-to-billions-of-dollars-world-bank-says/
        String text = "The Feb 6 disaster left more than 35,000 dead. Comparatively, the 1999 earthquake of Marmara "
                + "that struck the city of Izmit and eliminated more than 17,000 individuals, led to $511 billion of "
                + "losses.";
        assertEquals("1999", period(text, "2023-02-14", "$511 billion"));
    }

    @Test
    void moneyGivenAfterADisasterIsNoCostOfIt() {
        // https://www.english.alahednews.com.lb/essaydetails.php?eid=70828&cid=516
        String text = "He gave some idea of the massive damage inflicted by the February 6 quakes. European Union "
                + "Commission chief Ursula von der Leyen said the body would provide €1 billion to aid Turkey’s "
                + "rebuilding efforts.";
        assertEquals("2023-03-21", period(text, "2023-03-21", "€1 billion"));
    }

    @Test
    void aCostWhoseArticleGivesNoDayTakesTheDayOtherArticlesGive() {
        // https://www.ibtimes.sg/cost-earthquake-turkey-suffers-loss-least-84-billion-gdp-fall-by-2-percentage-points-69036 (no day)
        Period quakeDay = Period.of(PartialDate.parse("2023-02-06"));
        Period published = Period.of(PartialDate.parse("2023-02-13"));
        List<Optional<Periods.Guess>> out = DisasterCosts.daysFromBatch(List.of(
                "the cost of a disaster: its day, 2023-02-06, whenever it was estimated",
                DisasterCosts.NO_DAY + "no time of its own: the publication date",
                "no time of its own: the publication date"), List.of(quakeDay, published, published));
        assertEquals(Optional.empty(), out.get(0));
        assertEquals("2023-02-06", out.get(1).orElseThrow().period().toString());
        assertEquals(Optional.empty(), out.get(2));
    }

    @Test
    void aCostWhoseArticleGivesNoDayAsksTheBatch() {
        // https://www.ibtimes.sg/cost-earthquake-turkey-suffers-loss-least-84-billion-gdp-fall-by-2-percentage-points-69036
        String text = "According to the Turkish Enterprise and Business Confederation, the magnitude 7.8 earthquake has"
                + " cost Turkey at least $84 billion.";
        ClaimFields f = fields(text, "2023-02-13", "$84 billion");
        assertEquals("2023-02-13", f.period().toString());
        assertEquals(true, f.notes().get("period").startsWith(DisasterCosts.NO_DAY));
    }
}
