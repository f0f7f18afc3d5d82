package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** The token types of {@code text}, with each token's text. */
    private static List<String> tokens(String text) {
        Tokens t = Tokenizer.tokenize(text.toCharArray());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.type(i) + ":" + text.substring(t.start(i), t.end(i)));
        }
        return out;
    }

    /** What a char alone reads as, by the rules in words: white space is no token, then letters, digits, dashes, symbols. */
    private static String expected(char c) {
        if (c == '\n') {
            return "BREAK";
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "none";
        }
        if (Character.isLetter(c)) {
            return "WORD";
        }
        if (c >= '0' && c <= '9') {
            return "NUMBER";
        }
        if ("-–—‑".indexOf(c) >= 0) {
            return "DASH";
        }
        if ("$€£¥₽₹₴%".indexOf(c) >= 0) {
            return "SYMBOL";
        }
        return "PUNCT";
    }

    @Test
    void everyCharOfTheBasicPlaneAloneReadsAsItsClass() {
        int wrong = 0;
        StringBuilder first = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            Tokens t = Tokenizer.tokenize(new char[] {c});
            String got = t.size() == 0 ? "none" : t.type(0).toString();
            if (!got.equals(expected(c))) {
                wrong++;
                if (first.length() < 200) {
                    first.append(String.format("U+%04X read as %s, expected %s; ", (int) c, got, expected(c)));
                }
            }
        }
        assertEquals(0, wrong, first.toString());
    }

    @Test
    void numbersKeepSeparatorsDecimalsAndSuffixes() {
        assertEquals(List.of("NUMBER:12,000", "DASH:-", "NUMBER:15,000", "SYMBOL:$", "NUMBER:5bn", "NUMBER:7.5",
                "SYMBOL:%", "NUMBER:31st"), tokens("12,000-15,000 $5bn 7.5% 31st"));
    }

    @Test
    void tabsAndCarriageReturnsSeparateWordsAndOnlyNewlinesBreak() {
        assertEquals(List.of("WORD:next", "WORD:line", "BREAK:\n", "WORD:end", "DASH:–", "WORD:х"),
                tokens("next\tline\r\nend\u00A0–\u2009х"));
    }

    @Test
    void aNumberRunningPastTheLimitIsOneLongToken() {
        String digits = "1".repeat(Tokenizer.MAX_NUMBER + 1);
        assertEquals(List.of("LONG:" + digits + "abc", "PUNCT:;"), tokens(digits + "abc;"));
    }
}
