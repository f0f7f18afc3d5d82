package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a count or amount measures, read from its words: one key per measure, whichever words say it. */
class MeasureTest {
    private static final String EGYPTIAN_STREETS = "In a news conference, Ahmed Al-Mosmari, spokesman for Libya’s "
            + "armed forces based in the east, stated that the death toll in Derna had surpassed 2,000 and indicated "
            + "that there were between 5000 and 6000 reported missing.";
    private static final String TERRA_DAILY = "The flooding killed nearly 4,000 people, left thousands missing and "
            + "displaced more than 40,000 others, according to the United Nations.";
    private static final String RU24 = "The World Bank has so far received $68.95 million or 9% of the total $749.25 "
            + "million that countries pledged to the Loss and Damage Fund, according to a report from the bank.";

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        // https://7news.com.au/news/disaster-and-emergency/devastating-floods-in-libyan-city-killed-5200-official-c-11885264
        "The death toll from devastating floods in Libya’s eastern city of Derna has reached 5200, a spokesman "
            + "says.|5200|died:person",
        // https://egyptianstreets.com/2023/09/12/catastrophic-storm-hits-libya-leaves-at-least-2000-dead-and-thousands-missing/
        "Storm Daniel has left at least 2000 people dead and thousands missing, senior Libyan officials stated."
            + "|at least 2000|died:person",
        EGYPTIAN_STREETS + "|2,000|died:person",
        EGYPTIAN_STREETS + "|5000|missing:person",
        // https://pledgetimes.com/around-4000-deaths-identified-in-libya/
        "Death certificates have been issued for 3,958 people who died, the WHO said.|3,958|died:person",
        "A group of Libyan data analysts also came to around 4,000 confirmed victims in a recent count on Saturday."
            + "|4,000|died:person",
        // https://vcptrading.com/2023/09/18/after-a-week-families-haunted-by-fate-of-the-missing-by-reuters/
        "Officials have given widely varying figures of the tolls so far; the mayor estimates more than 20,000 "
            + "people were lost.|20,000|died:person",
        // https://terradaily.com/reports/Essential_services_still_sparse_in_Libyas_flood-ravaged_Derna_999.html
        TERRA_DAILY + "|4,000|died:person",
        TERRA_DAILY + "|40,000|displaced:person",
        "Once home to around 120,000 inhabitants, Derna has become a vast construction site.|120,000"
            + "|population:person",
        // https://vcptrading.com/2023/09/18/after-a-week-families-haunted-by-fate-of-the-missing-by-reuters/
        "A huge torrent ran down a seasonal riverbed through the centre of the city of 120,000 people.|120,000"
            + "|population:person",
        // https://7news.com.au/news/disaster-and-emergency/devastating-floods-in-libyan-city-killed-5200-official-c-11885264
        "More than 300 victims were buried in mass graves, the Libyan website Babwat al-Wasat reported.|300"
            + "|buried:person",
        // https://d33gy59ovltp76.cloudfront.net/news/channel-crossings-october-busiest-month-of-the-year-so-far
        "The number of people who have died while trying to cross the Channel this year is now standing at 50, "
            + "according to the French coastguard.|50|died:person",
    })
    void tollsAndStocksOfPeople(String sentence, String number, String key) {
        assertEquals(key, fields(sentence, "2023-09-20", number).indicatorKey());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        "More than 7.7 million Venezuelans have left the country since 2014, the UN says.|7.7 million|left:person",
        "Some 7.7 million Venezuelans now live abroad, according to the UN.|7.7 million|left:person",
        "Colombia hosts 2.9 million Venezuelan migrants and refugees.|2.9 million|hosted:person",
        "Peru is home to 1.5 million Venezuelans, the largest number after Colombia.|1.5 million|hosted:person",
        "There are 2.9 million Venezuelans in Colombia, the UN says.|2.9 million|hosted:person",
        "More than 400,000 Russians fled to Kazakhstan after the mobilisation was announced.|400,000"
            + "|arrived:person",
    })
    void peopleWhoLeftAreNotPeopleLivingInAHostCountry(String sentence, String number, String key) {
        assertEquals(key, fields(sentence, "2023-09-20", number).indicatorKey());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        "The cost of reconstruction and recovery is estimated at $411 billion over the next decade.|$411 billion"
            + "|needed:money",
        "Ukraine will need $486 billion to rebuild, according to the latest assessment.|$486 billion|needed:money",
        "Direct damage to buildings and infrastructure reached $135 billion, the World Bank said.|$135 billion"
            + "|damage:money",
        // https://egyptianstreets.com/2023/12/01/cop28-kicks-off-in-uae-with-agreement-on-loss-and-damage-fund/
        "Germany committed $US100 million, the European Union pledged $US246 million.|$US100 million|pledged:money",
        "In total, more than $US420 million was pledged to the Loss and Damage Fund on Monday.|$US420 million"
            + "|pledged_total:money",
        // https://www.argusmedia.com/en/news/2514929-cop-developed-nations-step-up-climate-finance-pledges
        "Denmark pledged $25mn to the loss and damage fund.|$25mn|pledged:money",
        // https://ru24.net/english/393158982
        RU24 + "|$68.95 million|received:money",
        RU24 + "|$749.25|pledged_total:money",
        // https://www.belganewsagency.eu/countries-reach-historic-agreement-on-loss-and-damage-fund
        "Developing countries are calling for a total budget of $100 billion.|$100 billion|sought:money",
    })
    void moneyNeededDamagePledgedAndReceivedAreApart(String sentence, String number, String key) {
        assertEquals(key, fields(sentence, "2023-12-01", number).indicatorKey());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        // https://terradaily.com/reports/Essential_services_still_sparse_in_Libyas_flood-ravaged_Derna_999.html
        "Derna lies some 1,300 kilometres (800 miles) east of the capital Tripoli.|1,300|length:length",
        "Derna lies some 1,300 kilometres (800 miles) east of the capital Tripoli.|800|length:length",
        // https://d33gy59ovltp76.cloudfront.net/news/channel-crossings-october-busiest-month-of-the-year-so-far
        "This is up 15% on this time last year (26,699) but down 23% on 2022 (39,929).|15%|change_1y:percent",
        "The economy shrank by 30% in 2022, the statistics office said.|30%|change_1y:percent",
        "Housing accounts for 37% of the total damage, the report said.|37%|share of damage:percent",
        // https://ru24.net/english/393158982
        RU24 + "|9%|share of total:percent",
        "The G7 froze some $300 billion in Russian central bank assets.|$300 billion|money_assets:money",
        "The G7 agreed a $50 billion loan to Ukraine last year.|$50 billion|money_loan:money",
        "Colombia granted temporary protection status to 1.7 million Venezuelans.|1.7 million|status:person",
    })
    void lengthsInAnyUnitChangesSharesOfAWholeAndWhatAnAmountIs(String sentence, String number, String key) {
        assertEquals(key, fields(sentence, "2024-11-01", number).indicatorKey());
    }
}
