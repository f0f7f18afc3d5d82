package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedTextsTest {
    private static String get(SharedTexts texts, String text) {
        char[] buf = ("<<" + text + ">>").toCharArray();
        return texts.get(buf, 2, text.length());
    }

    @Test
    void get_returnsOneInstancePerDistinctText() {
        SharedTexts texts = new SharedTexts();
        String ru = get(texts, "RU");
        String us = get(texts, "US");
        assertEquals("RU", ru);
        assertEquals("US", us);
        assertSame(ru, get(texts, "RU"));
        assertSame(us, get(texts, "US"));
        assertSame(us, get(texts, "US"));
        assertEquals("", get(texts, ""));
    }

    @Test
    void get_keepsTextsApartThroughGrowth() {
        SharedTexts texts = new SharedTexts();
        String[] first = new String[5000];
        for (int i = 0; i < first.length; i++) {
            first[i] = get(texts, "Claimant number " + i + " of the ministry");
        }
        for (int i = first.length - 1; i >= 0; i--) {
            String again = get(texts, "Claimant number " + i + " of the ministry");
            assertEquals("Claimant number " + i + " of the ministry", again);
            assertSame(first[i], again);
        }
    }

    @Test
    void get_neverKeepsLongTexts() {
        SharedTexts texts = new SharedTexts();
        String longText = "x".repeat(SharedTexts.LONGEST + 1);
        get(texts, longText);
        get(texts, "other");
        String a = get(texts, longText);
        get(texts, "other");
        String b = get(texts, longText);
        assertEquals(longText, b);
        assertNotSame(a, b);
    }

    @Test
    void get_stopsLookingWhereAColumnIsMostlyDistinctOnceFull() {
        SharedTexts texts = new SharedTexts();
        String first = get(texts, "id7");
        for (int i = 0; i < SharedTexts.CAPACITY + 100; i++) {
            assertEquals("id" + i, get(texts, "id" + i));
        }
        get(texts, "other");
        String again = get(texts, "id7");
        assertEquals("id7", again);
        assertNotSame(first, again);
    }

    @Test
    void get_keepsSharingWhereTextsRepeatBeyondCapacity() {
        SharedTexts texts = new SharedTexts();
        String ru = get(texts, "RU");
        String us = get(texts, "US");
        for (int i = 0; i < SharedTexts.CAPACITY + 100; i++) {
            assertEquals("id" + i, get(texts, "id" + i));
            assertSame(ru, get(texts, "RU"));
            assertSame(us, get(texts, "US"));
        }
        String beyond = "id" + (SharedTexts.CAPACITY + 50);
        String a = get(texts, beyond);
        get(texts, "RU");
        assertEquals(beyond, a);
        assertNotSame(a, get(texts, beyond));
    }

    @Test
    void code_numbersKeptTextsInTheOrderFirstSeen() {
        SharedTexts texts = new SharedTexts();
        get(texts, "RU");
        assertEquals(0, texts.code());
        get(texts, "US");
        assertEquals(1, texts.code());
        get(texts, "US");
        assertEquals(1, texts.code());
        get(texts, "RU");
        assertEquals(0, texts.code());
        get(texts, "");
        assertEquals(-1, texts.code());
        get(texts, "x".repeat(SharedTexts.LONGEST + 1));
        assertEquals(-1, texts.code());
        for (int i = 0; i < 3000; i++) {
            get(texts, "c" + i);
        }
        get(texts, "c17");
        assertEquals(2 + 17, texts.code());
    }

    @Test
    void get_keepsShortAndLongTextsApart_byEveryCharacterAndLength() {
        SharedTexts texts = new SharedTexts();
        java.util.List<String> samples = new java.util.ArrayList<>();
        for (int length = 1; length <= 20; length++) {
            samples.add("a".repeat(length));
            samples.add("\0".repeat(length - 1) + "a");
            samples.add("é".repeat(length));
            samples.add("Ж".repeat(length));
            samples.add("x".repeat(length - 1) + (char) 0xFF);
        }
        java.util.Map<String, String> first = new java.util.HashMap<>();
        java.util.Map<String, Integer> codes = new java.util.HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (String sample : samples) {
                String got = get(texts, sample);
                assertEquals(sample, got);
                assertSame(first.computeIfAbsent(sample, k -> got), got);
                assertEquals(codes.computeIfAbsent(sample, k -> texts.code()), texts.code());
            }
        }
        assertEquals(new java.util.HashSet<>(samples).size(), new java.util.HashSet<>(codes.values()).size());
    }
}
