package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {
    private static String quoteOf(String text, String number) {
        Sentences s = Sentences.of(text);
        int at = text.indexOf(number);
        int[] q = s.quote(at, at + number.length());
        return text.substring(q[0], q[1]);
    }

    @Test
    void quote_isTheWholeSentenceAcrossAbbreviationsAndDecimals() {
        // wording of issue 17's examples, with the abbreviations news writes
        String text = "Mr. Smith left on Sept. 21. Since then about 1.5 million people have left the U.S. capital, "
                + "officials said. Nobody else did.";
        assertEquals("Since then about 1.5 million people have left the U.S. capital, officials said.",
                quoteOf(text, "1.5 million"));
        assertEquals("Mr. Smith left on Sept. 21.", quoteOf(text, "21"));
    }

    @Test
    void quote_endsAtALineBreak() {
        // https://www.bbc.co.uk/news/uk-england-kent-66473852
        String text = "Channel migrants: More than 100,000 crossings made since 2018\n\n"
                + "More than 100,000 migrants have crossed the English Channel on small boats in the last five years.";
        assertEquals("Channel migrants: More than 100,000 crossings made since 2018", quoteOf(text, "100,000"));
    }

    @Test
    void quote_keepsTheSpeakerAfterAQuotedSentence() {
        // https://lbc.co.uk/news/more-than-100-000-migrants-crossed-channel-small-boats (words of the quote)
        String text = "\"The arrangements with France have led to 33,000 fewer crossings,\" he said. Then he left.";
        assertEquals("\"The arrangements with France have led to 33,000 fewer crossings,\" he said.",
                quoteOf(text, "33,000"));
    }

    @Test
    void quote_ofAVeryLongSentenceIsTheClauseAroundTheNumber() {
        String clause = "the count reached 1,295 on 22 August 2022";
        String text = "x".repeat(250) + " words; " + clause + "; " + "y".repeat(250) + " words.";
        assertEquals(clause, quoteOf(text, "1,295"));
    }

    @Test
    void paragraphs_areSeparatedByBlankLines() {
        String text = "Title\n\nFirst para. Still first.\n\nSecond para.";
        Sentences s = Sentences.of(text);
        int second = text.indexOf("Still");
        assertEquals(text.indexOf("First"), s.paragraphStart(second));
        assertEquals(text.indexOf("Second"), s.paragraphStart(text.indexOf("para.", text.indexOf("Second"))));
        assertEquals(true, s.isTitle(s.indexAt(0)));
        assertEquals(false, s.isTitle(s.indexAt(second)));
    }

    @Test
    void aSentenceGoesOnAfterUsBeforeACapital() {
        // https://egyptianstreets.com/2023/12/01/cop28-kicks-off-in-uae-with-agreement-on-loss-and-damage-fund/
        String text = "The United States pledged $US17.5 million to the fund, subject to U.S. Congressional approval. "
                + "Meanwhile, Japan committed $US10 million.";
        assertEquals("The United States pledged $US17.5 million to the fund, subject to U.S. Congressional approval.",
                quoteOf(text, "17.5"));
    }

    @Test
    void aSentenceEndsAfterAWordThatEndsLikeAnAbbreviation() {
        // https://www.cpr.org/2019/06/07/u-n-says-more-than-4-million-people-have-left-venezuela/
        String text = "Most of the people who have left Venezuela remain in Latin America. Colombia is hosting the "
                + "largest number of them, with 1.3 million.";
        assertEquals("Colombia is hosting the largest number of them, with 1.3 million.", quoteOf(text, "1.3"));
    }

    @Test
    void aSentenceGoesOnAfterRupeesAndAClockBeforeAWeekday() {
        // https://www.livemint.com/economy/sitharaman-unveils-rs1-18-trillion-j-k-budget-for-fy24/amp-11678745663453.html
        String text = "An allocation of about \u20b92526.74 crore has been made under capital expenditure which is Rs. "
                + "1239.45 crore more than previous year\u2019s. Housing will get Rs 2928.04 crore.";
        assertEquals("An allocation of about \u20b92526.74 crore has been made under capital expenditure which is Rs. "
                + "1239.45 crore more than previous year\u2019s.", quoteOf(text, "1239.45"));
        String clock = "The count stood at 1,200 at 10 a.m. Tuesday, officials said. It rose by night.";
        assertEquals("The count stood at 1,200 at 10 a.m. Tuesday, officials said.", quoteOf(clock, "1,200"));
        String ends = "The vote closed at 10 a.m. The count of 4,000 ballots began.";
        assertEquals("The count of 4,000 ballots began.", quoteOf(ends, "4,000"));
    }
}
