package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdLinesTest {
    @Test
    void putIfAbsent_returnsZeroForNewIdsAndTheFirstLineForRepeats() {
        IdLines ids = new IdLines();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, ids.putIfAbsent("c" + i, i + 2));
        }
        assertEquals(2, ids.putIfAbsent("c0", 50_000));
        assertEquals(9_001, ids.putIfAbsent("c8999", 50_001));
        assertEquals(10_000, ids.size());
    }

    @Test
    void actsAsTheSetOfItsIds() {
        IdLines ids = new IdLines();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            ids.putIfAbsent("s" + i, i + 2);
            expected.add("s" + i);
        }
        assertTrue(ids.contains("s299"));
        assertFalse(ids.contains("s300"));
        assertFalse(ids.contains(299));
        assertEquals(expected, new HashSet<>(ids));
        assertEquals(expected, ids);
    }

    @Test
    void iteratesIdsInTheOrderFirstSeen_andKeepsUnicode() {
        IdLines ids = new IdLines();
        for (String id : List.of("b", "a", "Привет", "c", "a", "😀")) {
            ids.putIfAbsent(id, 2);
        }
        assertEquals(List.of("b", "a", "Привет", "c", "😀"), new ArrayList<>(ids));
        assertTrue(ids.contains("Привет"));
        assertFalse(ids.contains("Приве"));
    }
}
