package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.claimstat.Period;
import org.claimstat.PartialDate;
import org.junit.jupiter.api.Test;

class DictionaryTest {
    @Test
    void code_findsKeptTextsByTheirSharedCode_andGivesOthersCodesOfTheirOwn() {
        Dictionary<Boolean> texts = new Dictionary<>();
        assertEquals(0, texts.code("", -1));
        int ru = texts.code("RU", 7);
        int us = texts.code("US", 300);
        assertEquals(ru, texts.code("RU", 7));
        assertEquals(us, texts.code("US", 300));
        int long1 = texts.code("long text", -1);
        int long2 = texts.code("long text", -1);
        assertEquals(long1 + 1, long2);
        assertArrayEquals(new String[] {"", "RU", "US", "long text", "long text"}, texts.texts());
    }

    @Test
    void remember_keepsWhatCheckingGavePerCode() {
        Dictionary<Boolean> texts = new Dictionary<>();
        int code = texts.code("s1", 0);
        assertNull(texts.checked(code));
        texts.remember(code, Boolean.TRUE);
        assertEquals(Boolean.TRUE, texts.checked(texts.code("s1", 0)));
        for (int i = 1; i < 1000; i++) {
            texts.code("s" + (i + 1), i);
        }
        assertEquals(Boolean.TRUE, texts.checked(code));
        assertEquals(1001, texts.results().length);
    }

    @Test
    void periodCodes_findEveryPairAddedThroughGrowth() {
        PeriodCodes periods = new PeriodCodes();
        for (int start = 0; start < 100; start++) {
            for (int end = 0; end < 30; end++) {
                assertEquals(-1, periods.find(start, end));
                Period period = Period.of(PartialDate.ofYear(2000 + start % 10));
                assertEquals(start * 30 + end, periods.add(start, end, period));
            }
        }
        assertEquals(99 * 30 + 29, periods.find(99, 29));
        assertEquals(30, periods.find(1, 0));
        assertEquals(3000, periods.periods().length);
    }
}
