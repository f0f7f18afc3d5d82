package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges of days and months, two levels after a change from an estimate, "one" as a count, rates in hyphens. */
class DateRangesAndLevelsTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    /** Each mention as "text value lower..upper hedge unit[/per]". */
    private static List<String> read(String text) {
        return EXTRACTOR.extract("t", text).mentions().stream()
                .map(m -> m.text() + " " + m.valueText().orElse(m.lower().map(Object::toString).orElse("") + ".."
                        + m.upper().map(Object::toString).orElse("")) + " " + m.hedge().code() + " "
                        + m.unit().symbol() + m.per().map(p -> "/" + p).orElse(""))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The fair runs June 13-15, 2024.                  | June 13-15, 2024 2024-06-13..2024-06-15 range date
            It is between June 13 -15, 2024.                 | between June 13 -15, 2024 2024-06-13..2024-06-15 range date
            It ran between January and June 2019.            | between January and June 2019 2019-01..2019-06 range date
            It ran from July to September 2024.              | from July to September 2024 2024-07..2024-09 range date
            Sales rose in March-May 2023.                    | March-May 2023 2023-03..2023-05 range date
            """)
    void aRangeOfDaysOrMonthsInOneYearIsOneDateRange(String text, String mention) {
        assertEquals(List.of(mention), read(text));
    }

    @Test
    void aDayRangeThatNoCalendarHasIsNoRange() {
        assertEquals("June 30 --06-30 exact date", read("It ran June 30-31, 2024.").get(0));
    }

    @Test
    void aChangeFromAnEstimateToARevisionIsTwoLevels() {
        assertEquals(List.of("August --08 exact date", "estimate of 130,000 130000 estimate item",
                "168,000 168000 exact item"),
                read("August rose sharply, from an initial estimate of 130,000 to 168,000."));
        assertEquals(List.of("from £3 to £5 3..5 range GBP"), read("Tickets cost from £3 to £5."));
    }

    @Test
    void oneCountsAPersonOrAPartOfACountedWhole() {
        assertEquals(List.of("One 1 exact person"), read("One person has been arrested."));
        assertEquals(List.of("one 1 exact marathon", "seven 7 exact marathon"),
                read("He has lost only one of his seven marathons."));
        assertEquals(List.of(), read("It is one of the most famous."));
    }

    @Test
    void aRateMayBeHyphenatedOrDatedByAWeekday() {
        assertEquals(List.of("129-bushel-per-acre 129 exact bu/acre"), read("a 129-bushel-per-acre average"));
        assertEquals(List.of("one million barrels a day 1000000 exact bbl/day"),
                read("They cut output by one million barrels a day on Sunday."));
        assertEquals(List.of("5 tonnes 5 exact t"), read("Output was 5 tonnes a year on from the crash."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gusts were as high as 60 mph.                        | as high as 60 mph 60 up_to mph
            Patients are seen within 18 weeks.                   | within 18 weeks 18 at_most week
            Some waited longer than 78 weeks.                    | longer than 78 weeks 78 more_than week
            It sold for just north of £220,000.                  | north of £220,000 220000 more_than GBP
            The wait has jumped up to 14.6 weeks.                | 14.6 weeks 14.6 exact week
            Up to 500 people came.                               | Up to 500 500 up_to person
            AAA estimates that 98.6 million Americans will go.   | 98.6 million 98600000 estimate person
            """)
    void hedgeWordsOfNewsAndTheirExceptions(String text, String mention) {
        assertEquals(List.of(mention), read(text));
    }

    @Test
    void aConversionInBracketsTakesTheHedgeOfTheAmountBeforeIt() {
        assertEquals(List.of("approximately 95 kilometers 95 approximately km", "59 miles 59 approximately mi"),
                read("It was approximately 95 kilometers (59 miles) north."));
        assertEquals(List.of("95 kilometers 95 exact km", "59 miles 59 exact mi"), read("It was 95 kilometers (59 miles)."));
    }
}
