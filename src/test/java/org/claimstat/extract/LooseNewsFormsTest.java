package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms news writes loosely: stock indexes' levels and changes in points, the number in an index's name, ranges
 * written with "or", "between ... to", "to over" and "to a million", hedges and rates after what comes between, and
 * compound Indian scale words. Sentences from market and weather reports of news-dev2 (a dev corpus; URLs in
 * {@code extract/news-dev2-notes.md}) and news300 dev, shortened.
 */
class LooseNewsFormsTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    /** Each mention as "text value-or-bounds unit[/per] hedge", joined with "; ". */
    private static String brief(String text) {
        return String.join("; ", EXTRACTOR.extract("t", text).mentions().stream().map(m -> m.text() + " "
                + m.valueText().orElse(m.lower().map(Value::toString).orElse("") + ".."
                + m.upper().map(Value::toString).orElse("")) + " " + NewsCorpusTest.unitOf(m) + " "
                + m.hedge().code()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Standard & Poor's 500 index lost 8.02, or 0.6 percent, to 1,293.63.      | 8.02 8.02 point exact; 0.6 percent 0.6 percent exact; 1,293.63 1293.63 point exact
            The Dow average fell 120.32, or 1.2 percent, to 10,349.93.                  | 120.32 120.32 point exact; 1.2 percent 1.2 percent exact; 10,349.93 10349.93 point exact
            The Dow fell 40.97 points to 2,647.00.                                       | 40.97 40.97 point exact; 2,647.00 2647.00 point exact
            The NYSE's composite index tumbled 2.67 to 189.97.                           | 2.67 2.67 point exact; 189.97 189.97 point exact
            The Nikkei 225 closed at 25479.42.                                           | 25479.42 25479.42 point exact
            The FTSE 100 rose 0.4% to 7,523.                                             | 0.4% 0.4 percent exact; 7,523 7523 point exact
            The S&P 500 slipped 12.5 to 4,050.                                           | 12.5 12.5 point exact; 4,050 4050 point exact
            """)
    void aStockIndexMovesAndStandsInPoints(String sentence, String expected) {
        assertEquals(expected, brief(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some nights she sleeps 8 or 9 hours.                                | 8 or 9 hours 8..9 h range
            Expect between two to four inches of snow.                         | between two to four inches 2..4 in range
            Totals will range from 2 to over 5 inches.                         | from 2 to over 5 inches 2..5 in range
            Prices run from $30,000 to over $150,000.                          | from $30,000 to over $150,000 30000..150000 USD range
            Output could fall by 500,000 to a million barrels per day.         | 500,000 to a million barrels per day 500000..1000000 bbl/day range
            """)
    void aRangeSharesTheUnitOfItsSecondBound(String sentence, String expected) {
        assertEquals(expected, brief(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They were among the 1,000-plus flights cancelled that day.                          | 1,000-plus 1000 flight more_than
            Small electric cars can be had for as little as $5,000 in China.                    | as little as $5,000 5000 USD at_least
            Trains carry passengers at a top speed of 500 kilometers (310 miles) an hour.       | 500 kilometers 500 km/h exact; 310 miles 310 mph exact
            The plant generates 85 million kilowatt-hours of electricity a year.                | 85 million kilowatt-hours 85000000 kWh/year exact
            """)
    void aHedgeOrARateMayStandAfterWhatComesBetween(String sentence, String expected) {
        assertEquals(expected, brief(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The revenue expenditure of the budget is Rs 1.89 lakh crore.                 | Rs 1.89 lakh crore 1890000000000 INR exact
            Banks got Rs 10 thousand crore in fresh capital.                             | Rs 10 thousand crore 100000000000 INR exact
            """)
    void aLakhOrAThousandCroreIsOneScale(String sentence, String expected) {
        // https://www.thehansindia.com/telangana/telangana-assembly-harish-rao-presents-rs-256-lakh-crore-budget-2022-23-732270
        assertEquals(expected, brief(sentence));
    }
}
