package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A figure given for a province, state, district or town is about that place, not its whole country. */
class PlacesInsideCountriesTest {
    @Test
    void aCityNamedAsItsDistrictTakesTheDistrictsCodeNotItsCountrys() {
        // https://7news.com.au/news/disaster-and-emergency/devastating-floods-in-libyan-city-killed-5200-official-c-11885264
        String text = "The death toll from devastating floods in Libya’s eastern city of Derna has reached 5200, a "
                + "spokesman for the interior ministry of one of Libya’s rival governments says.";
        assertEquals("LY-DR", fields(text, "2023-09-12", "5200").entity());
    }

    @Test
    void aTownWithNoCodeOfItsOwnIsNamed() {
        // https://egyptianstreets.com/2023/09/12/catastrophic-storm-hits-libya-leaves-at-least-2000-dead-and-thousands-missing/
        String text = "In the eastern town of Bayda, at least 46 individuals were reported dead, as stated by "
                + "Abdel-Rahim Mazek, the head of the primary medical facility in the town. Seven more casualties were "
                + "reported in the coastal town of Susa in northeastern Libya, according to the Ambulance and Emergency "
                + "Authority.";
        assertEquals("Bayda", fields(text, "2023-09-12", "at least 46").entity());
        assertEquals("Susa", fields(text, "2023-09-12", "Seven").entity());
    }

    @Test
    void theCityIsTheCityNamedBefore() {
        // https://www.2news.com/news/death-toll-soars-to-11-300-in-flooding-in-libyas-coastal-city-of-derna/article_5648b46a-532c-11ee-87a6-2f12724ed0e9.html
        String text = "The Libyan Red Crescent aid organization says that the death toll from floods in the eastern "
                + "Libyan city of Derna has soared to 11,300. The Secretary General of the group says a further 10,100 "
                + "are reported missing in the coastal city.";
        assertEquals("LY-DR", fields(text, "2023-09-14", "11,300").entity());
        ClaimFields missing = fields(text, "2023-09-14", "10,100");
        assertEquals("LY-DR", missing.entity());
        assertTrue(missing.notes().get("entity").contains("'the city'"), missing.notes()::toString);
    }

    @Test
    void twoRespectivelyListsOverTheSamePlacesPairEachNumberWithItsPlace() {
        // https://www.moatinoon.com/cgi-bin/sales?arcode=240829003319&arlang=English&type=article
        String text = "The report noted that most of the violence occurred in Khartoum and North Darfur during the "
                + "reporting period, with 157 and 68 clashes recorded, leading to 260 and 396 deaths, respectively.";
        assertEquals("SD-KH", fields(text, "2024-08-29", "157").entity());
        assertEquals("SD-DN", fields(text, "2024-08-29", "68").entity());
        assertEquals("SD-KH", fields(text, "2024-08-29", "260").entity());
        assertEquals("SD-DN", fields(text, "2024-08-29", "396").entity());
        assertEquals("clash", fields(text, "2024-08-29", "157").unit().symbol());
        assertEquals("person", fields(text, "2024-08-29", "396").unit().symbol());
    }

    @Test
    void aListOfProvincesOfOneCountryIsTheCountry() {
        // https://www.cnbctv18.com/world/earthquake-turkey-syria-world-bank-report-physical-damage-billion-16057931.htm/amp
        String text = "The report also highlights that 81 percent of the estimated damages occurred in Hatay, "
                + "Kahramanmaraş, Gaziantep, Malatya and Adıyaman provinces, which are home to around 6.45 million "
                + "people.";
        assertEquals("TR", fields(text, "2023-02-28", "81 percent").entity());
        assertEquals("TR", fields(text, "2023-02-28", "6.45 million").entity());
    }

    @Test
    void eachItemOfAListOfProvincesKeepsItsOwnFigures() {
        // https://beta.arabcanadanews.ca/en/article/huge-amount-international-bank-reveals-syria-financial-losses-due-to-devastating-earthquake-43328
        String text = "The World Bank confirmed that Aleppo was the most affected city, accounting for 45% of the "
                + "damages estimated at about 2.3 billion dollars, followed by Idlib at 37% (1.9 billion dollars), and "
                + "Latakia at 11% (549 million dollars).";
        assertEquals("SY-HL", fields(text, "2023-03-04", "45%").entity());
        assertEquals("SY-HL", fields(text, "2023-03-04", "2.3 billion").entity());
        assertEquals("SY-ID", fields(text, "2023-03-04", "1.9 billion").entity());
        assertEquals("SY-LA", fields(text, "2023-03-04", "549 million").entity());
    }

    @Test
    void aDatelinesCityInCapitalsIsNoPlaceOfTheFigure() {
        // http://namnewsnetwork.org/?p=247657
        assertTrue(Places.find("KHARTOUM, Dec 8 (NNN-AGENCIES)", 0, 30).isEmpty());
        assertEquals("SD-KH", Places.find("fighting in Khartoum", 0, 20).get(0).code());
    }
}
