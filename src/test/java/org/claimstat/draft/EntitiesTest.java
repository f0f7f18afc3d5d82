package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {
    @Test
    void arrivalsAreAboutWhereTheyArrive() {
        // wording of issue 17: "arrivals in Kazakhstan are KZ"
        ClaimFields f = fields("In the two weeks since 21 September, 98,000 Russians entered Kazakhstan.", "2022-10-05",
                "98,000");
        assertEquals("KZ", f.entity());
        assertTrue(f.notes().get("entity").contains("arrivals in 'Kazakhstan'"), f.notes()::toString);
    }

    @Test
    void departuresAreAboutWhereTheyLeave() {
        // seed article 002 of shared/seeds
        ClaimFields f = fields("Since the invasion on February 24, an estimated 200,000 IT workers have fled Russia.",
                "2022-06-01", "200,000");
        assertEquals("RU", f.entity());
    }

    @Test
    void aRespectivelyListPairsEachNumberWithItsPlace() {
        // wording of issue 17
        String text = "110,000, 80,000 and 74,000 Russians went to Kazakhstan, Georgia and Finland respectively.";
        assertEquals("KZ", fields(text, "2022-10-05", "110,000").entity());
        assertEquals("GE", fields(text, "2022-10-05", "80,000").entity());
        assertEquals("FI", fields(text, "2022-10-05", "74,000").entity());
    }

    @Test
    void crossingsFromAnotherCountryAreArrivalsInTheArticlesCountry() {
        // https://www.thenationalnews.com/world/uk-news/2024/01/01/channel-crossings-dropped-in-2023-but-uk-border-staff-warn-decrease-was-a-glitch/
        String text = "Channel crossings dropped in 2023\n\nThe last crossings of the year took place on December 16, "
                + "when 55 people made the journey from France in one boat.";
        assertEquals("GB", fields(text, "2024-01-01", "55").entity());
    }

    @Test
    void demonymsAndAbbreviationsNameCountries() {
        assertEquals("RU", Places.find("Russians", 0, 8).get(0).code());
        assertEquals("US", Places.find("the U.S. said", 0, 13).get(0).code());
        assertEquals("GB", Places.find("arrived on UK shores", 0, 20).get(0).code());
        assertEquals("KZ", Places.find("Kazakhstan's ministry", 0, 21).get(0).code());
    }

    @Test
    void withNoPlaceNamedTheArticlesMainCountryStands() {
        // https://www.independent.co.uk/news/uk/rishi-sunak-channel-prime-minister-james-cleverly-government-b2471725.html
        String text = "Channel migrant crossings fall by a third\n\nA record 45,774 crossings were recorded in 2022.";
        ClaimFields f = fields(text, "2024-01-01", "45,774");
        assertEquals("GB", f.entity());
    }

    @Test
    void anAmountOfMoneyIsAboutWhoPaysIt() {
        // https://www.trtworld.com/article/16071544
        String text = "The UAE and Germany pledged $100M each, France $109M, $50M from Britain, $25M from Denmark and "
                + "$17.5M from the US.";
        assertEquals("AE", fields(text, "2023-12-02", "$100M").entity());
        assertEquals("FR", fields(text, "2023-12-02", "$109M").entity());
        assertEquals("GB", fields(text, "2023-12-02", "$50M").entity());
        assertEquals("US", fields(text, "2023-12-02", "$17.5M").entity());
    }

    @Test
    void placesBeforeARespectivelyListPairToo() {
        // https://www.premiumtimesng.com/news/top-news/647808-updated-uae-pledges-100-million-to-loss-and-damage-fund.html
        String text = "The U.S. and Japan pledged $17 million and $10 million respectively.";
        assertEquals("US", fields(text, "2023-11-30", "$17 million").entity());
        assertEquals("JP", fields(text, "2023-11-30", "$10 million").entity());
    }

    @Test
    void anAmountForEachOfSeveralPlacesMakesAClaimForEach() {
        // https://www.trtworld.com/article/16071544 and https://japannews.yomiuri.co.jp/politics/politics-government/20231201-152987/
        String text = "The UAE and Germany pledged $100M each, France $109M.\n\nThe United Arab Emirates and Germany "
                + "each pledged $100 million (about ¥15 billion) to start.";
        DraftResult draft = Drafter.standard().draftArticles(List.of(new Article("doc.txt", text,
                FieldsTestSupport.source("Example Post", "2023-12-02", null), List.of())));
        List<String> claims = draft.dataset().claims().stream()
                .map(c -> c.quantity().value().orElseThrow() + " " + c.unit() + " " + c.entity()).toList();
        assertEquals(List.of("100000000 USD AE", "100000000 USD DE", "109000000 USD FR", "100000000 USD AE",
                "15000000000 JPY AE", "100000000 USD DE", "15000000000 JPY DE"), claims);
    }

    @Test
    void theRegularAdjectiveOfACountryNamesIt() {
        // https://www.2news.com/news/death-toll-soars-to-11-300-in-flooding-in-libyas-coastal-city-of-derna/
        assertEquals("LY", fields("The Libyan Red Crescent aid organization says that the death toll from floods has "
                + "soared to 11,300.", "2023-09-14", "11,300").entity());
        assertEquals("libyan", Places.adjective("libya"));
        assertEquals("chilean", Places.adjective("chile"));
        assertEquals("mexican", Places.adjective("mexico"));
        assertEquals("peruvian", Places.adjective("peru"));
        assertEquals("ecuadorian", Places.adjective("ecuador"));
    }
}
