package org.claimstat.draft;

import static org.claimstat.draft.FieldsTestSupport.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the drafter reads who states a figure from the wording of real articles (each excerpt with its URL). */
class ClaimantWordingTest {
    private static String claimant(String text, String number) {
        return fields("A headline on the figures\n\n" + text, "2024-01-01", number).claimant();
    }

    @Test
    void aReportNamedBeforeItsPublisherIsThePublishers() {
        // https://www.thehindu.com/news/national/india-slips-in-world-press-freedom-index-ranks-161-out-of-180-countries/article66806608.ece/amp/
        String text = "India’s ranking in the 2023 World Press Freedom Index has slipped to 161 out of 180 countries, "
                + "according to the latest report released by global media watchdog Reporters Without Borders (RSF)."
                + "\n\nIn comparison, Pakistan has fared better when it comes to media freedom as it was placed at 150, "
                + "an improvement from last year’s 157 rank.";
        assertEquals("RSF", claimant(text, "161"));
        assertEquals("RSF", claimant(text, "150"));
    }

    @Test
    void anIndexCompiledByABodyIsTheBodys() {
        // https://propakistani.pk/2020/01/14/pakistan-drops-in-the-latest-world-press-freedom-index-2019/
        String text = "Pakistan has slipped three places in 2019’s World Press Freedom Index. The index compiled by the "
                + "Reporters Sans Frontières or Reporters Without Borders (RSF) – a Paris-based international "
                + "non-profit organization working for freedom of information.\n\nOut of 18o countries, RSF – powered "
                + "by the World Economic Forum (WEF) – has placed Pakistan on 142nd with an overall global score of "
                + "45.83, three places down from 2018’s 139th spot.";
        assertEquals("RSF", claimant(text, "142nd"));
    }

    @Test
    void theMinistryOrTheCommissionIsTheBodyNamedBefore() {
        // https://turkishminute.com/2023/03/17/turkeys-post-earthquake-damage-estimated-at-more-than-103-billion-ministry/amp/
        assertEquals("Treasury and Finance Ministry", claimant("The cost to Turkey of last month’s two massive "
                + "earthquakes is nearly TL 2 trillion, local media reported on Friday, citing estimates from a report "
                + "by the Treasury and Finance Ministry.\n\nThe ministry on Friday released a report on its website, "
                + "saying the quakes’ direct physical damage cost the country $84 billion.", "$84 billion"));
        // https://diaspoint.nl/diaspoint_news/egypt-is-the-largest-country-hosting-sudanese-after-the-war
        assertEquals("UNHCR", claimant("The United Nations High Commissioner for Refugees (UNHCR) said that Egypt is "
                + "the largest country hosting Sudanese fleeing the ongoing civil war in Sudan.\n\nThe commission said "
                + "in a statement on Saturday that since the conflict broke out, more than three million people have "
                + "been forcibly displaced, seeking asylum in neighboring countries.", "three million"));
    }

    @Test
    void theMinisterIsThePersonNamedBefore() {
        // https://en.vestikavkaza.ru/material/173310
        assertEquals("Murat Kurum", claimant("Turkey's Environment and Urbanization Minister Murat Kurum said that "
                + "201,580 homes and businesses had been handed over to citizens.\n\nThe minister noted the region, "
                + "which generates almost 10% of Türkiye’s national income, has been economically affected by the "
                + "earthquake.", "10%"));
    }

    @Test
    void titlesAndDescriptionsBeforeANameAreDropped() {
        // https://www.english.alahednews.com.lb/essaydetails.php?eid=70828&cid=516
        assertEquals("Ursula von der Leyen", claimant("At the same event, European Union Commission chief Ursula von "
                + "der Leyen said the body would provide €1 billion to aid Turkey’s rebuilding efforts.", "€1 billion"));
        // https://www.anews.com.tr/world/2023/03/20/over-75b-raised-to-support-turkiye-syria-after-quakes-at-eu-donors-conference
        assertEquals("Ulf Kristersson", claimant("\"The total pledges amount to €7 billion,\" Swedish Premier Ulf "
                + "Kristersson announced at the end of the conference.", "€7 billion"));
        // https://www.meinsurancereview.com/News/View-NewsLetter-Article/id/84671/Type/MiddleEast/Turkiye-Several-reinsurers-announce-6-Feb-quake-losses
        assertEquals("Hannover Re", claimant("German reinsurer Hannover Re says that the earthquake in Turkey cost "
                + "it EUR 201m.", "EUR 201m"));
        // http://enewspaper.com.pk/pakistans-12-point-fall-on-press-freedom-index-puts-democracy-in-bad-light-pm/
        assertEquals("Muhammad Shehbaz Sharif", claimant("Prime Minister Muhammad Shehbaz Sharif Wednesday said that "
                + "Pakistan’s drop by 12 points on Press Freedom Index has placed its democracy in a bad light.",
                "12 points"));
    }

    @Test
    void moreVerbsAttribute() {
        // https://www.meinsurancereview.com/News/View-NewsLetter-Article/id/84671/Type/MiddleEast/Turkiye-Several-reinsurers-announce-6-Feb-quake-losses
        assertEquals("Mapfre", claimant("Mapfre expects the 6 February quake to cost it EUR77m.", "EUR77m"));
        // https://www.middleeastmonitor.com/20240611-un-more-than-10m-displaced-by-sudan-conflict/
        assertEquals("IOM", claimant("“More than 2 million other people have been driven abroad,” International "
                + "Organization for Migration spokesman Mohammedali Abunajela was quoted as saying by the Associated "
                + "Press.", "2 million"));
        // https://www.cnbctv18.com/world/earthquake-turkey-syria-world-bank-report-physical-damage-billion-16057931.htm/amp
        assertEquals("World Bank", claimant("A recent report from the World Bank has estimated that the direct "
                + "physical damages cost over $34.2 billion.\n\nThe report also highlights that 81 percent of the "
                + "estimated damages occurred in five provinces.", "81 percent"));
    }

    @Test
    void whatIsEstimatedAtAFigureIsNoClaimant() {
        // https://turkishminute.com/2023/03/17/turkeys-post-earthquake-damage-estimated-at-more-than-103-billion-ministry/amp/
        assertEquals("Example Post", claimant("Turkey’s post-earthquake damage estimated at more than $103 billion in "
                + "a new report.", "$103 billion"));
        // https://www.nation.com.pk/15-Nov-2024/sudan-war-deaths-are-likely-much-higher-than-recorded
        assertEquals("researchers", claimant("More than 61,000 people are estimated to have died, according to a new "
                + "report by researchers in Britain and Sudan.\n\nThe estimate includes some 26,000 people who "
                + "suffered violent deaths, researchers said.", "26,000"));
    }

    @Test
    void theUnMigrationAgencyIsIom() {
        // https://bssnews.net/international/253643
        assertEquals("IOM", claimant("Nearly 400,000 Sudanese have returned to their homes over the past two and a "
                + "half months, the United Nations migration agency said on Monday.", "400,000"));
    }

    @Test
    void aSentenceWithoutAttributionKeepsTheBodyNamedBeforeInItsParagraph() {
        // https://www.nation.com.pk/15-Nov-2024/sudan-war-deaths-are-likely-much-higher-than-recorded
        assertEquals("UN", claimant("The U.N. says the conflict has driven 11 million people from their homes and "
                + "unleashed the world’s biggest hunger crisis. Nearly 25 million people - half of Sudan’s population - "
                + "need aid as famine has taken hold in at least one displacement camp.", "25 million"));
        // https://egyptianstreets.com/2023/12/01/cop28-kicks-off-in-uae-with-agreement-on-loss-and-damage-fund/
        assertEquals("Example Post", claimant("Al-Jaber also announced that the United Arab Emirates is pledging "
                + "$US100 million to the fund. Germany committed $US100 million, the European Union pledged $US246 "
                + "million.", "$US246"));
    }

    @Test
    void wordsInQuotationMarksOpenedBeforeAreTheSpeakers() {
        // https://www.meinsurancereview.com/News/View-NewsLetter-Article/id/84671/Type/MiddleEast/Turkiye-Several-reinsurers-announce-6-Feb-quake-losses
        assertEquals("Christoph Jurecka", claimant("Mr Christoph Jurecka, CFO of reinsurance giant Munich Re, said, "
                + "“The earthquake that hit Turkey on the border with Syria in February 2023 was one of the most "
                + "catastrophic we have seen in recent history. Around 60,000 people lost their lives.”",
                "60,000"));
    }

    @Test
    void aNameAfterAQuotationAndAnAsideIsTheSpeaker() {
        // https://exbulletin.com/uncategorized/2699093/
        assertEquals("Munich Re", claimant("“With expected losses of around 550 million euros, the largest loss event "
                + "of the year so far was the devastating earthquake in Turkey,” Munich Re, which achieved an overall "
                + "net result of 4.6 billion euros for 2023, said in its annual report.", "550 million"));
    }

    @Test
    void anIndexByABodyIsTheBodys() {
        // https://radio.gov.pk/04-05-2023/pakistan-moves-up-7-places-in-rsfs-press-freedom-index
        assertEquals("RSF", claimant("According to the recently released data of annual World Press Freedom Index by "
                + "Reporters Without Borders, Pakistan now ranks 150 out of 180 countries.", "150"));
    }
}
