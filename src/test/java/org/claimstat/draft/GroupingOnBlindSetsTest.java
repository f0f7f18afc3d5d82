package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.claimstat.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a fact-checker keeps apart and puts together, as the annotators of the blind sets (ukraine-reconstruction,
 * venezuela-exodus) did: a loan is not aid, an increase is not a level, this year's needs are not the whole bill,
 * departures in a window beside a larger total are not that total; voters and a poll's sample are no emigrants.
 */
class GroupingOnBlindSetsTest {
    // https://www.millenniumpost.in/world/allies-pledge-billions-for-ukraine-rebuilding-and-seek-investment-at-london-conference-522926
    private static final String MILLENNIUM = "European Commission President Ursula von der Leyen announced 50 billion "
            + "euros (USD 55 billion) in support through 2027, while Britain pledged 240 million pounds (USD 305 "
            + "million) in aid and 3 billion pounds (USD 3.8 billion) in World Bank loan guarantees for Ukraine.";
    // https://www.pravda.com.ua/eng/news/2023/03/23/7394692/
    private static final String PRAVDA = "As of February 2023, the amount of damage caused to the infrastructure of "
            + "Ukraine due to the full-scale invasion of the Russian Federation increased by another US$6 billion and "
            + "amounts to US$143.8 billion.";
    // https://en.interfax.com.ua/news/economic/823198.html
    private static final String INTERFAX = "\"As estimated by the Ministry of Economy and KSE, the overall Ukraine's "
            + "economic losses due to the war, taking into account both direct losses calculated in this project and "
            + "indirect losses (GDP decline, investment cessation, outflow of labor, additional defense and social "
            + "support costs, etc.), range from $564 billion to $600 billion,\" it reads.";

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        MILLENNIUM + "|240 million pounds|pledged:money",
        MILLENNIUM + "|3 billion pounds|money_loan guarantee:money",
        PRAVDA + "|US$6 billion|damage_increase:money",
        PRAVDA + "|US$143.8 billion|damage:money",
        // an aside in brackets ("... costs, etc.)") does not say what the amount after it is
        INTERFAX + "|$564 billion|losses:money",
        // https://kse.ua/about-the-school/news/155-billion-the-total-amount-of-damages-caused-to-ukraine-s-infrastructure-due-to-the-war-as-of-january-2024/
        "The total amount of direct documented damages inflicted upon Ukraine’s infrastructure due to the full-scale "
            + "invasion by Russia as of January 2024 stands at $155 billion (at replacement cost).|$155 billion"
            + "|damage:money",
        // https://en.prothomalo.com/international/europe/rtvs4fistq
        "The World Bank has put an estimate of $14 billion on Ukraine’s immediate needs to repair the damage caused "
            + "by the bitter fighting.|$14 billion|needed_now:money",
        // https://www.finanznachrichten.de/nachrichten-2025-02/64664660-ukraine-s-post-war-reconstruction-to-cost-dollar-524-bln-study-020.htm
        "As a total financing gap of $9.96 billion for recovery and reconstruction needs remains, mobilizing the "
            + "private sector remains critical, he United Nations says.|$9.96 billion|gap:money",
        // https://pledgetimes.com/only-1-of-venezuelans-abroad-can-vote-in-the-presidential-elections/
        "The latest electoral roll shows 69,000 people eligible to vote outside Venezuela in the presidential "
            + "elections.|69,000|voters:person",
        // https://theworld.org/stories/2024/08/22/nearly-half-of-venezuelans-are-considering-leaving-the-country-in-the-coming-months-poll-says
        "Venezuelan polling firm Meganalisis surveyed 1,007 people between Aug. 8-11.|1,007|surveyed:person",
    })
    void whatAnAmountOrCountIsKeepsItsOwnIndicator(String sentence, String number, String key) {
        assertEquals(key, fields(sentence, "2023-06-21", number).indicatorKey());
    }

    @Test
    void departuresInAWindowBesideALargerTotalAreAFlowOfTheirOwn() {
        // https://gephardtdaily.com/national-international/venezuelan-officials-hit-back-at-u-n-claim-of-migration-crisis/
        String upi = "The United Nations estimates 1.6 million people have left in three years, and more than 2.3 "
                + "million Venezuelans are living abroad.";
        // https://www.washingtonpost.com/world/the_americas/colombia-will-legalize-undocumented-venezuelan-migrants/2021/02/08/33c8ecd2-6a51-11eb-a66e-e27046e9e898_story.html
        String post = "According to the United Nations, more than 5 million people have left Venezuela since 2015 to "
                + "escape hyperinflation, food shortages and an increasingly authoritarian government.";
        List<Indicator> is = IndicatorGroups.assign(List.of(fields(upi, "2018-09-04", "1.6 million"),
                fields(upi, "2018-09-04", "2.3"), fields(post, "2021-02-08", "5 million")), List.of());
        assertEquals(is.get(1), is.get(2));
        assertNotEquals(is.get(0), is.get(1));
        assertEquals("left_window_person", is.get(0).id());
    }

    @Test
    void departuresInAWindowWithoutALargerTotalAreDepartures() {
        // https://www.cpr.org/2019/06/07/u-n-says-more-than-4-million-people-have-left-venezuela/
        String cpr = "The U.N. says one million people have left since November 2018.";
        List<Indicator> is = IndicatorGroups.assign(List.of(fields(cpr, "2019-06-07", "one million")), List.of());
        assertEquals("left_person", is.get(0).id());
    }

    @Test
    void anAmountForEachOfTwoCountriesIsNoAverage() {
        // https://archyde.com/officially-the-venezuelan-diaspora-is-the-largest-in-the-world-with-6-8-million-migrants
        String text = "According to information from the United Nations Refugee Agency (Acnur), the five countries "
                + "with the most serious migration crises are Venezuela and Ukraine, with 6.8 million migrants each; "
                + "Syria, with 6.6 million; Afghanistan, with 2.7 million, and South Sudan, with 2.3 million.";
        assertNotEquals("average:person", fields(text, "2022-08-30", "6.8 million").indicatorKey());
        assertEquals(List.of("VE", "UA"), Each.places(text, 0, text.length(), text.indexOf("6.8"),
                text.indexOf("6.8") + 11).stream().map(Places.Place::code).toList());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        // people by whatever noun: deaths, Sudanese, third-country nationals are people
        // https://www.anews.com.tr/africa/2023/12/07/more-than-12000-killed-in-sudanese-conflict-un
        "More than 12,000 people have been killed in war-torn Sudan since April, the UN humanitarian affairs office "
            + "said on Thursday.|12,000|died:person",
        "The war has resulted in over 16,000 deaths and left more than 25 million people in need of humanitarian "
            + "aid.|16,000|died:person",
        // https://efe.com/en/latest-news/2023-05-04/at-least-47000-sudanese-refugees-have-fled-to-egypt-unhcr/
        "“As of May 3, more than 50,000 people had crossed into Egypt, including 47,000 Sudanese and 3,500 "
            + "third-country nationals,” the Egypt spokesperson told EFE.|47,000|arrived:person",
        // internally displaced apart from all displaced; displaced abroad and gone to neighbouring countries left
        // https://www.middleeastmonitor.com/20240611-un-more-than-10m-displaced-by-sudan-conflict/
        "The spokesperson highlighted that the number of displaced persons within Sudan has now surpassed 10 million."
            + "|10 million|displaced_internally:person",
        // https://bssnews.net/international/253643
        "Across the country, 11.5 million people are internally displaced, many of them facing mass starvation."
            + "|11.5 million|displaced_internally:person",
        "A further 3.5 million people have fled across borders since the war broke out.|3.5 million|left:person",
        // https://tribune.com.pk/story/2474166/over-600000-sudanese-refugees-flee-to-chad-amid-growing-conflict-unhcr?amp=1
        "The International Organisation for Migration (IOM) reported that over 10 million people have been displaced "
            + "inside and outside Sudan since April 15, 2023.|10 million|displaced:person",
        // https://diaspoint.nl/diaspoint_news/egypt-is-the-largest-country-hosting-sudanese-after-the-war
        "The commission said in a statement on Saturday that since the conflict broke out, more than three million "
            + "people have been forcibly displaced, seeking asylum in neighboring countries.|three million|left:person",
        // insured losses apart from the whole damage; what a disaster cost a country is a loss, not a need
        // https://www.spglobal.com/market-intelligence/en/news-insights/articles/2023/2/turkey-quake-insured-loss-estimates-rise-as-damage-takes-shape-74372214
        "The insured loss for Turkey could exceed $5 billion, risk modeling company RMS estimated Feb. 23.|$5 billion"
            + "|insured_losses:money",
        // https://www.ibtimes.sg/cost-earthquake-turkey-suffers-loss-least-84-billion-gdp-fall-by-2-percentage-points-69036
        "According to the Turkish Enterprise and Business Confederation, the magnitude 7.8 earthquake has cost Turkey "
            + "at least $84 billion.|$84 billion|losses:money",
        // https://exbulletin.com/uncategorized/2699093/
        "Hannover Re said it recorded a net loss of 270.1 million euros from the devastating earthquake that struck "
            + "Turkey and Syria.|270.1 million euros|money_net loss:money",
        // hunger is a measure of its own, and a rate per day is no total
        // https://bssnews.net/international/253643
        "Nationwide, nearly 25 million people are suffering dire food insecurity.|25 million|hungry:person",
        // https://tribune.com.pk/story/2474166/over-600000-sudanese-refugees-flee-to-chad-amid-growing-conflict-unhcr?amp=1
        "Despite efforts to manage the influx, the situation shows no signs of abating, with approximately 630 people "
            + "crossing the border daily in May.|630|arrived_per_day:person",
        // https://egyptianstreets.com/2024/03/25/unhcr-over-500000-refugees-fled-to-egypt-following-conflict-in-sudan
        "Estimations from Egyptian officials and the IOM suggest that a total of nine million migrants and refugees "
            + "are present in Egypt.|nine million|hosted:person",
    })
    void whereTheyWentAndWhoseLossKeepAMeasureApart(String sentence, String number, String key) {
        assertEquals(key, fields(sentence, "2024-06-11", number).indicatorKey());
    }

    @Test
    void countsThatNameNoMeasureInOneListShareTheMeasureOfTheFirst() {
        // https://egyptianstreets.com/2024/03/25/unhcr-over-500000-refugees-fled-to-egypt-following-conflict-in-sudan
        String text = "According to International Organization for Migration (IOM) data, Sudanese nationals "
                + "constitute the largest group among nationalities in Egypt, numbering around four million, followed "
                + "by Syrians (1.5 million), Yemenis (one million), and Libyans (one million).";
        String other = "More than 12,000 people have been killed in war-torn Syria since April.";
        List<ClaimFields> fs = List.of(fields(other, "2024-03-25", "12,000"), fields(text, "2024-03-25", "four million"),
                fields(text, "2024-03-25", "1.5 million"));
        List<Indicator> is = IndicatorGroups.assign(fs, List.of());
        assertEquals(is.get(1), is.get(2));
    }
}
