package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTextTest {

    @Test
    void wrap_breaksAtSpacesWithinTheWidth() {
        assertEquals(List.of("one two", "three", "four five"), CheckText.wrap("one two three four five", 9));
    }

    @Test
    void wrap_givesAWordLongerThanTheWidthALineOfItsOwn() {
        assertEquals(List.of("a", "abcdefghijkl", "b"), CheckText.wrap("a abcdefghijkl b", 5));
    }
}
