package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of market reports, weather reports and sport pages (the topics of news-dev2): a change and the level it
 * reaches, prices per a commodity's unit, months alone, seasons.
 */
class MarketsWeatherAndSportTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    private static List<Mention> mentions(String text) {
        return EXTRACTOR.extract("t", text).mentions();
    }

    /** Each mention as "text value-or-bounds unit[/per]". */
    private static List<String> brief(String text) {
        return mentions(text).stream().map(m -> m.text() + " " + m.valueText().orElse(
                m.lower().map(Value::toString).orElse("") + ".." + m.upper().map(Value::toString).orElse(""))
                + " " + NewsCorpusTest.unitOf(m)).toList();
    }

    @Test
    void aChangeToALevelMoreThanTwiceItIsTwoMentions() {
        assertEquals(List.of("40.97 40.97 point", "2,647.00 2647.00 point"),
                brief("The Dow fell 40.97 points to 2,647.00."));
        List<Mention> oil = mentions("Crude oil rose $3.18 to $77.91 per barrel.");
        assertEquals(List.of("$3.18", "$77.91 per barrel"), oil.stream().map(Mention::text).toList());
        assertEquals(List.of(true, false), oil.stream().map(Mention::change).toList());
        assertEquals("range", ClaimExtractorTest.only("Prices are expected to rise 2 to 3 percent.").hedge().code(),
                "bounds of one size after a word of change stay a range");
    }

    @Test
    void aPriceChangeIsPerTheUnitOfThePriceItReaches() {
        assertEquals(List.of("$80.72 per barrel 80.72 USD/bbl", "9 cents 0.09 USD/gal", "$2.48 a gallon 2.48 USD/gal"),
                brief("Brent rose to $80.72 per barrel. Gasoline rose 9 cents to $2.48 a gallon."));
        assertEquals(List.of("6 cents 0.06 USD/bu", "$6.13 a bushel 6.13 USD/bu"),
                brief("Wheat fell 6 cents to $6.13 a bushel."));
        assertEquals(List.of("$1,233.98 a troy ounce 1233.98 USD/oz", "$3.2615 a pound 3.2615 USD/lb"),
                brief("Gold rose to $1,233.98 a troy ounce and copper to $3.2615 a pound."));
        assertEquals(List.of("1 penny 0.01 USD/gal", "$3.58 3.58 USD/gal"),
                brief("The average price of a gallon of gasoline slipped 1 penny, to $3.58."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gold for December delivery rose.          | December | --12
            It is near the June low.                  | June     | --06
            December copper rose on the day.          | December | --12
            """)
    void aMonthAloneBeforeAWordInLowerCaseIsADate(String sentence, String span, String value) {
        Mention m = ClaimExtractorTest.only(sentence);
        assertEquals(span, m.text());
        assertEquals(value, m.valueText().orElseThrow());
    }

    @Test
    void aMonthThatIsAPersonsNameIsNoDate() {
        assertEquals(List.of(), mentions("April Smith said the talks went well."));
        assertEquals(List.of(), mentions("They met Mary June at noon."));
    }

    @Test
    void aSeasonOfTwoYearsRunningIsARangeOfYears() {
        Mention season = mentions("Chelsea registered 95 points in 2004/05.").get(1);
        assertEquals("2004/05", season.text());
        assertEquals(List.of("2004", "2005"), List.of(season.lower().orElseThrow().toString(),
                season.upper().orElseThrow().toString()));
        assertEquals("2009/2010", mentions("They won in 2009/2010.").get(0).text());
        assertEquals(List.of("2019", "21"), mentions("It ran in 2019/21 too.").stream().map(Mention::text).toList(),
                "years not running on are no season");
    }

    @Test
    void aDistanceBeforeAPointOfTheCompassAndAPlaceIsInMiles() {
        assertEquals(List.of("9 inches 9 in", "9 9 mi", "12 12 mi"),
                brief("Reports included 9 inches at Bowdle, 9 NW Britton and 12 SSW Harrold."));
        assertEquals(List.of(), brief("He lifted 40 N at the end.").stream().filter(b -> b.endsWith(" mi")).toList(),
                "no place after it");
    }
}
