package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a count counts and what a price is per where the words stand apart from the number or in another sentence. */
class NounsAndRatesInContextTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    private static List<String> units(String text) {
        return EXTRACTOR.extract("t", text).mentions().stream()
                .map(m -> m.unit().symbol() + m.per().map(p -> "/" + p).orElse("")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It represents 280 million more trips.                     | trip
            And two other people died.                                | person
            Uber had 57 million user accounts breached.               | account
            Customers canceled 462 Boeing 737 MAX orders.             | order
            It will pay all 50 U.S. states.                           | state
            It gave 5.74 million COVID-19 vaccines.                   | vaccine
            The magnitude of the earthquake was recorded at 7.2.      | magnitude
            The measured magnitude of the earthquake is 6.8.          | magnitude
            It cut the number of people living in hunger by 500 million. | person
            """)
    void aCountCountsTheNounItsPhraseNames(String text, String unit) {
        assertEquals(List.of(unit), units(text));
    }

    @Test
    void aPartOutOfAWholeCountsTheWholesNoun() {
        assertEquals(List.of("account", "account"), units("It estimated 3.4 million out of its 5 million accounts."));
    }

    @Test
    void fromAndToCountTheSameThingAsTheNumberOfWhatTheSentenceNames() {
        assertEquals(List.of("case", "case"),
                units("The official number of cases has surged from just over 100 to almost 1,000 in a month."));
    }

    @Test
    void aChangeUpOrDownIsInTheUnitOfTheAmountBeforeIt() {
        assertEquals(List.of("week", "week"), units("The wait has jumped to 14.6 weeks, up 0.6 on the previous month."));
    }

    @Test
    void aBareCountInALaterSentenceCountsWhatTheLastCountCounted() {
        assertEquals(List.of("date", "job", "percent", "job", "date"), units("In May, the economy added 138,000 jobs, but the rate fell to"
                + " 4.3 percent. Employment in mining has risen by 47,000 since October."));
        assertEquals(List.of("job", "item", "job"), units("The economy added 138,000 jobs.\nIt was a low, at 4.\n"
                + "Mining has risen by 47,000."), "a stop and its line break end one sentence");
        assertEquals(List.of("job", "item"), units("The economy added 138,000 jobs.\n\nMining has risen by 47,000."),
                "not across a blank line");
        assertEquals(List.of("boat", "item"), units("11 boats came. It brings the total to 24,335."), "not after 'to'");
    }

    @Test
    void aPlainAmountOfMoneyGoesOnWithThePriceBeforeIt() {
        assertEquals(List.of("USD/share", "USD/share", "USD/share", "USD/share"), units("Earnings of $8.67 a share were"
                + " eight cents short of the $8.75 analysts expected. The stock is down to $605."));
        assertEquals(List.of("USD/bbl", "percent", "USD/bbl"), units("Brent rose by over $5 a barrel, or 7%, to above $85."));
    }

    @Test
    void aPriceGoesOnNeitherAfterATimeNorToAmountsWithAScaleOrAnotherCurrency() {
        assertEquals(List.of("USD/year", "USD"), units("It costs $500 a year; the total was $3,000."));
        assertEquals(List.of("USD/share", "USD"), units("Earnings were $8.67 a share and revenue $90 billion."));
        assertEquals(List.of("USD/share", "EUR"), units("Earnings were $8.67 a share, or €8."));
        assertEquals(Optional.empty(), EXTRACTOR.extract("t", "Tickets cost $20. Gas was $3 a gallon.").mentions()
                .get(0).per());
    }
}
