package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Changes told from levels, rates with what they are per, the unit's dimension, and numbers that are names. */
class ChangesAndRatesTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    private static List<Mention> mentions(String text) {
        return EXTRACTOR.extract("t", text).mentions();
    }

    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(Mention::text).toList();
    }

    @Test
    void aChangeAndTheLevelItReachesAreTwoMentions() {
        List<Mention> ms = mentions("The price rose 8.1 percent to 99.20 yuan.");
        assertEquals(List.of("8.1 percent", "99.20 yuan"), texts(ms));
        assertEquals(List.of(true, false), ms.stream().map(Mention::change).toList());
        assertEquals(List.of("percent", "CNY"), ms.stream().map(m -> m.unit().symbol()).toList());
    }

    @Test
    void aBareCountCountsWhatTheCountBeforeItInItsSentenceCounts() {
        List<Mention> ms = mentions("The crash left 157 people dead, months after another one crashed, killing 189. "
                + "It treated 2.3m patients, and waiting lists stood at 7.6 million.");
        assertEquals(List.of("person", "person", "person", "item"), ms.stream().map(m -> m.unit().symbol()).toList());
        List<Mention> prices = mentions("Values rose by 5.3% or more than £9,000 to £186,553 and cost $2.39, the lowest price"
                + " per gallon; Hawaii ($3.59) and Alaska paid $3.00 per gallon.");
        assertEquals(List.of("5.3%", "more than £9,000", "£186,553", "$2.39", "$3.59", "$3.00 per gallon"), texts(prices));
        assertEquals(List.of("exact", "more_than", "exact", "exact", "exact", "exact"),
                prices.stream().map(m -> m.hedge().code()).toList());
        assertEquals(Optional.of("gal"), prices.get(3).per(), "the price named in the sentence is per gallon");
        List<Mention> compared = mentions("Repossessions decreased to 471 compared with 943.");
        assertEquals(List.of("repossession", "repossession"), compared.stream().map(m -> m.unit().symbol()).toList());
    }

    @Test
    void fromOneLevelToAnotherAfterAVerbOfChangeIsTwoLevels() {
        List<Mention> ms = mentions("Inflation rose from 3% to 5% last year.");
        assertEquals(List.of("3%", "5%"), texts(ms));
        assertEquals(List.of(false, false), ms.stream().map(Mention::change).toList());
        Mention range = ClaimExtractorTest.only("The grid reaches from 2 to 3 million households.");
        assertEquals("range", range.hedge().code(), "with no verb of change it stays a range");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The index was up 2 points on Friday.      | 2          | true
            It was a 5% rise on the year.             | 5%         | true
            Sales were 3% higher than planned.        | 3%         | true
            They saw a rise of 2% in the spring.      | 2%         | true
            Jobs grew by 4% in the north.             | 4%         | true
            The firm cut 300 jobs in the north.       | 300        | false
            Turnout reached 64% in the north.         | 64%        | false
            """)
    void aNumberAfterOrBeforeAWordOfChangeIsAChange(String sentence, String span, boolean change) {
        Mention m = ClaimExtractorTest.only(sentence);
        assertEquals(span, m.text());
        assertEquals(change, m.change());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Petrol costs $3 per gallon.                    | USD    | gal    | money/volume
            Oil traded at $80 a barrel.                    | USD    | bbl    | money/volume
            Output is $40,000 per capita.                  | USD    | capita | money/count
            About 300 people per day crossed.              | person | day    | count/time
            The plant makes 2 million tonnes a year.       | t      | year   | mass/time
            Cars drive at 50 km/h here.                    | km/h   |        | speed
            The tower is 37m tall.                         | m      |        | length
            The flat is 32m2 in size.                      | m²     |        | area
            The farm uses 40 MW.                           | MW     |        | power
            The fund raised £5bn.                          | GBP    |        | money
            """)
    void aRateSaysWhatItIsPerAndEachUnitItsDimension(String sentence, String unit, String per, String dimension) {
        Mention m = ClaimExtractorTest.only(sentence);
        assertEquals(unit, m.unit().symbol());
        assertEquals(Optional.ofNullable(per), m.per());
        assertEquals(dimension, m.dimension());
    }

    @Test
    void aYearAgoIsNoRate() {
        Mention m = ClaimExtractorTest.only("Fuel was $3.05 a year ago.");
        assertEquals("$3.05", m.text());
        assertEquals(Optional.empty(), m.per());
    }

    @Test
    void metresInBracketsMakeTheMAfterANumberMetresNotMillions() {
        List<Mention> ms = mentions("The tower is 37m (121ft) tall, and the club paid £37m for it.");
        assertEquals(List.of("37m", "121ft", "£37m"), texts(ms));
        assertEquals(List.of("m", "ft", "GBP"), ms.stream().map(m -> m.unit().symbol()).toList());
        assertEquals(List.of("37", "121", "37000000"), ms.stream().map(m -> m.valueText().orElseThrow()).toList());
    }

    @Test
    void aSecondCurrencyWithLettersBeforeTheDollarSignIsThatDollar() {
        Mention m = ClaimExtractorTest.only("The fund holds $40 million (A$60 million) now.");
        assertEquals("AUD", m.secondary().orElseThrow().unit().symbol());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We sat in Section 427 Row 21 at the game.  | REFERENCE REFERENCE
            The iPhone 11 Pro costs more.              | NAME
            A Boeing 737 landed late.                  | NAME
            COVID-19 spread that winter.               | NAME
            The G7 met in Italy.                       |
            """)
    void numbersInNamesAndPlacesAreNoQuantities(String sentence, String whys) {
        Extraction x = EXTRACTOR.extract("t", sentence);
        assertEquals(List.of(), x.mentions());
        assertEquals(whys == null ? "" : whys,
                String.join(" ", x.skipped().stream().map(s -> s.why().name()).toList()));
    }
}
