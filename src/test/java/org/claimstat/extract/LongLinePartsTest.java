package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text longer than a part with no line break (a page's body saved as one line): the cut between parts falls at a
 * sentence's end, so a number and its scale or unit that straddle a part's size are read as one mention.
 */
class LongLinePartsTest {

    @Test
    void numberWithItsScaleAcrossThePartSizeOfOneLineIsReadWhole() {
        String number = "$1.5 billion";
        String filler = "The rain fell all day. ".repeat(ClaimExtractor.PART_CHARS / 23 + 1);
        String text = filler.substring(0, ClaimExtractor.PART_CHARS - 6) + " " + number + " was spent. " + "More words. ";
        List<Mention> found = mentions(text);
        Mention spent = found.stream().filter(m -> m.text().contains("1.5")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1500000000").compareTo(spent.quantity().get().number().get()), spent::toString);
    }

    @Test
    void spaceGroupedNumberAcrossThePartSizeOfOneLineIsReadWhole() {
        String filler = "The rain fell all day. ".repeat(ClaimExtractor.PART_CHARS / 23 + 1);
        String text = filler.substring(0, ClaimExtractor.PART_CHARS - 3) + " 12 000 people were counted. More words.";
        List<Mention> found = mentions(text);
        Mention people = found.stream().filter(m -> m.text().contains("12")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("12000").compareTo(people.quantity().get().number().get()), people::toString);
    }

    @Test
    void partsOfOneLineCoverTheWholeTextInOrder() {
        String text = "Some 300 people came. ".repeat(3 * ClaimExtractor.PART_CHARS / 22);
        List<Integer> offsets = new ArrayList<>();
        ClaimExtractor.standard().extract("d", text, part -> offsets.add(part.offset()));
        assertEquals(0, offsets.get(0));
        for (int i = 1; i < offsets.size(); i++) {
            assertEquals(". ", text.substring(offsets.get(i) - 2, offsets.get(i)), "part " + i + " starts after a sentence");
        }
    }

    private static List<Mention> mentions(String text) {
        List<Mention> all = new ArrayList<>();
        ClaimExtractor.standard().extract("d", text, part -> all.addAll(part.extraction().mentions()));
        return all;
    }
}
