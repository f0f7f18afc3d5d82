package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The place a number is about, by its role, as the blind sets' annotators read it: people living in a host country
 * are about the host, harm and what mending it costs are about the place harmed (not who harms or who reports), a
 * part of a pledge is about its donor, a number in brackets is about what stands before it.
 */
class EntityRolesTest {
    @Test
    void peopleLivingInAHostCountryAreAboutTheHost() {
        // https://www.cpr.org/2019/06/07/u-n-says-more-than-4-million-people-have-left-venezuela/
        String cpr = "Most of the people who have left Venezuela remain in Latin America. Colombia is hosting the "
                + "largest number of them, with 1.3 million, and Peru is the next-largest, with some 768,000.";
        assertEquals("CO", fields(cpr, "2019-06-07", "1.3 million").entity());
        assertEquals("PE", fields(cpr, "2019-06-07", "768,000").entity());
        // https://www.washingtonpost.com/world/the_americas/colombia-will-legalize-undocumented-venezuelan-migrants/2021/02/08/33c8ecd2-6a51-11eb-a66e-e27046e9e898_story.html
        assertEquals("CO", fields("The new measure could benefit up to one million Venezuelan citizens who are "
                + "currently living in Colombia without proper papers.", "2021-02-08", "one million").entity());
        // https://pledgetimes.com/only-1-of-venezuelans-abroad-can-vote-in-the-presidential-elections/
        assertEquals("CO", fields("At the end of April, the Colombian authorities registered 2,813,997 Venezuelans "
                + "in the country.", "2024-07-27", "2,813,997").entity());
    }

    @Test
    void harmAndItsCostAreAboutThePlaceHarmedNotWhoHarmsOrReports() {
        String title = "Ukraine's reconstruction\n\n";
        // https://rferl.org/amp/lugano-conference-ukraine-reconstruction/31927770.html
        assertEquals("UA", fields(title + "Shmygal, in a rare trip outside of Ukraine since the start of the war, said "
                + "direct damage to infrastructure so far from the Russian attacks amounts to at least $100 billion.",
                "2022-07-04", "$100 billion").entity());
        // https://www.upi.com/Top_News/World-News/2022/09/09/Belgium-Ukraine-rebuilding-recovery-cost/3081662734348/
        assertEquals("UA", fields(title + "The European Union, World Bank and the Ukrainian government said in a "
                + "report on Friday it would cost $349 billion for a complete recovery and reconstruction of the "
                + "country.", "2022-09-09", "$349 billion").entity());
        // https://www.millenniumpost.in/world/allies-pledge-billions-for-ukraine-rebuilding-and-seek-investment-at-london-conference-522926
        assertEquals("UA", fields(title + "The World Bank has estimated the cost of the reconstruction at more than "
                + "USD400 billion, a figure rising daily alongside the human toll of Russia’s invasion.", "2023-06-21",
                "USD400").entity());
    }

    @Test
    void aPartOfAPledgeIsAboutItsDonor() {
        // https://www.millenniumpost.in/world/allies-pledge-billions-for-ukraine-rebuilding-and-seek-investment-at-london-conference-522926
        ClaimFields f = fields("Secretary of State Antony Blinken said the US would give more than USD 1.3 billion in "
                + "new aid, including more than USD 500 million to restore and improve Ukraine’s battered energy "
                + "grid.", "2023-06-21", "USD 500 million");
        assertEquals("US", f.entity());
    }

    @Test
    void aNumberInBracketsOrAfterAPlaceAndWithIsAboutThatPlace() {
        // https://archyde.com/officially-the-venezuelan-diaspora-is-the-largest-in-the-world-with-6-8-million-migrants
        assertEquals("VE", fields("Official: Venezuela is the largest migrant and refugee crisis in the world (6.8 "
                + "million), tying Ukraine and surpassing Syria.", "2022-08-30", "6.8 million").entity());
        assertEquals("AF", fields("Syria, with 6.6 million; Afghanistan, with 2.7 million, and South Sudan, with 2.3 "
                + "million.", "2022-08-30", "2.7 million").entity());
    }

    @Test
    void currencyMarksAndRegionsNameNoCountry() {
        assertTrue(Places.find("US$349 billion and $US750 billion", 0, 33).isEmpty());
        assertTrue(Places.find("the largest refugee crisis in Latin American history", 0, 52).isEmpty());
        assertEquals(List.of("VE"), Places.find("the beginning of Venezuela’s economic crisis", 0, 44).stream()
                .map(Places.Place::code).toList());
    }

    @Test
    void aCountThatPointsBackTakesThePlaceOfTheCountBefore() {
        // https://www.pressreader.com/kuwait/kuwait-times/20190211/281814285119886
        String text = "Spain’s statistics agency says some 255,000 Venezuelans have settled in the country. But that "
                + "figure is likely to be closer to 300,000 if illegal immigrants are taken into account, according "
                + "to Tomas Paez, head of the Venezuelan Diaspora Observatory.";
        DraftResult draft = Drafter.standard().draftArticles(List.of(new Article("doc.txt", text,
                FieldsTestSupport.source("Kuwait Times", "2019-02-11", null), List.of())));
        assertEquals(2, draft.dataset().claims().size());
        assertEquals("ES", draft.dataset().claims().get(1).entity());
        assertEquals(draft.dataset().claims().get(0).indicator(), draft.dataset().claims().get(1).indicator());
    }
}
