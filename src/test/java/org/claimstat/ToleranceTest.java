package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ToleranceTest {
    private static final List<Long> CASES = List.of(1L, 2L, 5L, 7L, 10L, 95L, 250L, 1_000L, 29_437L, 45_728L, 73_500L,
            95_000L, 650_000L, 666_000L, 1_000_000L, 3_166_500L, 123_456_789L, 999_999_999_999L);

    @Test
    void isSmallWhole_takesPositiveWholeNumbersBelowATrillion() {
        assertTrue(Tolerance.isSmallWhole(new BigDecimal("999999999999")));
        assertFalse(Tolerance.isSmallWhole(new BigDecimal("1000000000000")));
        assertFalse(Tolerance.isSmallWhole(new BigDecimal("2.50")));
        assertFalse(Tolerance.isSmallWhole(new BigDecimal("-650000")));
        assertFalse(Tolerance.isSmallWhole(new BigDecimal("1E+6")));
    }

    @Test
    void move_ofWholeNumbers_givesTheEndsOfDecimalArithmetic() {
        SplittableRandom random = new SplittableRandom(11);
        List<Long> numbers = new java.util.ArrayList<>(CASES);
        for (int k = 0; k < 20_000; k++) {
            numbers.add(random.nextLong(1, (long) Math.pow(10, random.nextInt(1, 13))));
        }
        for (long n : numbers) {
            BigDecimal x = BigDecimal.valueOf(n);
            for (int times : new int[] {-2, -1, 1, 2}) {
                assertEquals(Tolerance.moveExactly(x, Tolerance.halfWidth(x), times),
                        Tolerance.move(new Value.Decimal(x), times), n + " moved " + times);
            }
            for (int times : new int[] {-1, 1}) {
                assertEquals(Tolerance.moveExactly(x, Tolerance.rounding(x), times), Tolerance.moveByRounding(x, times),
                        n + " rounded " + times);
            }
        }
    }

    @Test
    void moveByRounding_keepsTheTable() {
        assertEquals(625_000, Tolerance.moveByRounding(new BigDecimal("650000"), -1));
        assertEquals(675_000, Tolerance.moveByRounding(new BigDecimal("650000"), 1));
        assertEquals(45_727.5, Tolerance.moveByRounding(new BigDecimal("45728"), -1));
        assertEquals(96_500, Tolerance.moveByRounding(new BigDecimal("96000"), 1));
        assertEquals(2.495, Tolerance.moveByRounding(new BigDecimal("2.50"), -1));
    }
}
