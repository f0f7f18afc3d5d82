package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimstat.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers of a ranking are ranks, changes of rank or scores, of the index they name, whatever unit they were read with. */
class RanksTest {
    // https://www.mmnews.tv/pakistan-slips-12-places-in-world-press-freedom-index/
    private static final String MM = "The index shows that Pakistan was ranked 157 with a 37.99 score after falling 12 "
            + "points from the previous year when the RSF ranked it at 145 with a 53.14 score.";

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        MM + "|157|rank:rank",
        MM + "|37.99|score:rank",
        MM + "|12 points|rank_change:rank",
        // https://www.jagranjosh.com/current-affairs/world-press-freedom-index-2020-india-ranks-142-1587539622-1
        "The report states Bangladesh dropping one place to 151 and Pakistan dropping 3 places to 145.|3 places"
            + "|rank_change:rank",
        "The report states Bangladesh dropping one place to 151 and Pakistan dropping 3 places to 145.|145|rank:rank",
        // https://www.thequint.com/news/india/india-ranks-142-in-world-press-freedom-index-2021
        "In the South Asian neighbourhood, Nepal is at 106, Sri Lanka at 127.|127|rank:rank",
        // https://www.nationalheraldindia.com/india/the-republic70-india-slipping-on-most-of-the-global-indexes
        "On the Global Hunger Index, 2019, India ranked 102 out of 117 countries, below Nepal.|102|rank_of_hunger:rank",
        // https://www.alsedunation.com/ (World Press Freedom Index 2024 summary)
        "Global decline: The report reveals an overall deterioration in press freedom worldwide, with an average drop "
            + "of 7.6 points.|7.6 points|score_change:rank",
    })
    void ranksChangesAndScoresOfTheIndexTheyName(String sentence, String number, String key) {
        assertEquals(key, fields(sentence, "2022-05-03", number).indicatorKey());
    }

    @Test
    void aRankWhoseSentenceNamesNoIndexJoinsTheIndexItsArticleNames() {
        // https://www.thehindu.com/news/national/india-ranks-161-in-world-press-freedom-index-2023/article66806640.ece
        String named = "India’s ranking in the 2023 World Press Freedom Index has slipped to 161 out of 180 countries.";
        String bare = "In 2022, India was ranked at 150.";
        List<Indicator> is = IndicatorGroups.assign(List.of(fields(named, "2023-05-03", "161"),
                fields(bare, "2023-05-03", "150")), List.of());
        assertEquals(is.get(0), is.get(1));
        assertEquals("rank_of_freedom_rank", is.get(0).id());
    }
}
