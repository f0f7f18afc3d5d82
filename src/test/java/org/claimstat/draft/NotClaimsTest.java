package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotClaimsTest {
    private static List<String> drafted(String text) {
        DraftResult draft = Drafter.standard().draftArticles(List.of(new Article("doc.txt", text,
                FieldsTestSupport.source("Example Post", "2024-10-26", null), List.of())));
        return draft.dataset().claims().stream().map(c -> c.quote().substring(
                Integer.parseInt(c.extra().get("doc_start")) - text.indexOf(c.quote()),
                Integer.parseInt(c.extra().get("doc_end")) - text.indexOf(c.quote()))).toList();
    }

    @Test
    void yearsThatOnlySayWhenSpansOfTimeNamesAndRatesAreLeftOut() {
        // https://www.itv.com/news/2024-10-26/, https://www.bbc.co.uk/news/uk-england-kent-66473852,
        // https://www.argusmedia.com/en/news/2514929 and https://www.nasdaq.com/articles/uae-leads-climate-disaster-fund
        String text = "More people have crossed this year than over the whole of 2023.\n\n"
                + "More than 100,000 migrants have crossed in the last five years.\n\n"
                + "Parties agreed at last year's Cop 27 to establish the fund on day 1 of the talks.\n\n"
                + "On Friday 424 people arrived.\n\n"
                + "($1 = 0.7906 pounds)";
        assertEquals(List.of("More than 100,000", "424"), drafted(text));
    }

    @Test
    void aYearThatIsTheDateOfAnEventStays() {
        // https://www.belganewsagency.eu/countries-reach-historic-agreement-on-loss-and-damage-fund
        assertEquals(List.of("from 2024"), drafted("The fund is expected to be fully operational from 2024."));
    }

    @Test
    void aSpanAfterAnEventIsLeftOutAndTheDayOfADisasterStays() {
        // https://terradaily.com/reports/Essential_services_still_sparse_in_Libyas_flood-ravaged_Derna_999.html
        String text = "One year after a wall of water swept through the city, reconstruction is under way.\n\n"
                + "On September 10, 2023, extreme rainfall caused two dams to burst.\n\n"
                + "In 2023, 5,000 migrants arrived.";
        assertEquals(List.of("September 10, 2023", "two", "5,000"), drafted(text));
    }

    @Test
    void aWindowOfAnotherNumberAndANumberJoinedToItsUnitBeforeANounAreLeftOut() {
        // https://gephardtdaily.com/national-international/venezuelan-officials-hit-back-at-u-n-claim-of-migration-crisis/
        // and https://rferl.org/amp/lugano-conference-ukraine-reconstruction/31927770.html
        String text = "The United Nations estimates 1.6 million people have left in three years.\n\n"
                + "He added that Kyiv is planning a three-stage recovery process.\n\n"
                + "Shmygal spoke at the start of the two-day Ukraine Recovery Conference in Lugano.\n\n"
                + "Meloni said she would invest 70 percent of her 4.2-billion euro Climate Fund in Africa.";
        assertEquals(List.of("1.6 million", "70 percent", "4.2"), drafted(text));
    }

    @Test
    void theSizeOfARankingIsLeftOut() {
        // https://www.livemint.com/news/india/india-ranks-below-pakistan-at-159-among-180-countries-in-world-press-freedom-index
        String text = "India ranked 159 among 180 countries in the latest annual World Press Freedom Index.";
        // the extractor reads the size into the rank's unit (rank:180); no claim of 180 countries is drafted
        assertEquals(List.of("159 among 180"), drafted(text));
    }

    @Test
    void numbersWrittenWithoutBeingStatedAreLeftOut() {
        // https://www.thehindu.com/news/national/india-ranks-161-in-world-press-freedom-index-2023/article66806640.ece,
        // https://propakistani.pk/ (2020-01-14), https://www.mmnews.tv/ (2022-05-03), https://gephardtdaily.com/
        // (2018-09-04), https://theworld.org/stories/2024/08/22/ and https://in-venezuela.com/2019/12/10/12-10-19-fudging-numbers/
        String text = "World Press Freedom Index 2024\n\n"
                + "Norway, Ireland and Denmark continued to occupy the top three positions.\n\n"
                + "India is sitting two places above Pakistan at 140th spot.\n\n"
                + "The watchdog calculates the score in a country or territory from 180 jurisdictions.\n\n"
                + "A score of less than 40 indicates that press freedom faces danger.\n\n"
                + "Sept. 4 (UPI) — Venezuelan officials have brushed off concerns.\n\n"
                + "Meganalisis surveyed 1,007 people between Aug. 8-11.\n\n"
                + "A search did not find any reference to four million Venezuelans living in the neighbouring "
                + "country.\n\n"
                + "This year, 29,000 people crossed, to top 29,000.";
        // "140th spot" is India's place, a claim (the gap "two places above Pakistan" is not)
        assertEquals(List.of("140th", "1,007", "29,000", "29,000"), drafted(text));
    }
}
