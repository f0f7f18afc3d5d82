package org.claimstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.claimstat.Rate;
import org.junit.jupiter.api.Test;

class RateTableTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Rate rate(String date, String base, String quote, String rate) {
        return Rate.of(LocalDate.parse(date), base, quote, new BigDecimal(rate), "cbr");
    }

    @Test
    void find_takesTheNearestDirectRateWithinTheTolerance() {
        RateTable t = RateTable.of(List.of(rate("2024-12-01", "USD", "RUB", "100"), rate("2024-12-09", "USD", "RUB", "104")), 7);
        assertEquals("1 USD = 104 RUB on 2024-12-09", t.find(USD, RUB, LocalDate.parse("2024-12-06")).orElseThrow().toString());
        assertEquals("1 USD = 100 RUB on 2024-12-01", t.find(USD, RUB, LocalDate.parse("2024-12-05")).orElseThrow().toString());
        assertEquals(Optional.empty(), t.find(USD, RUB, LocalDate.parse("2024-12-17")));
    }

    @Test
    void find_invertsARate() {
        RateTable t = RateTable.of(List.of(rate("2024-12-01", "USD", "RUB", "100")), 0);
        assertEquals(0.01, t.find(RUB, USD, LocalDate.parse("2024-12-01")).orElseThrow().factor(), 1e-15);
    }

    @Test
    void find_crossesThroughAThirdCurrency() {
        RateTable t = RateTable.of(List.of(rate("2024-12-01", "EUR", "USD", "1.05"),
                rate("2024-12-03", "EUR", "RUB", "110")), 7);
        Conversion c = t.find(USD, RUB, LocalDate.parse("2024-12-02")).orElseThrow();
        assertEquals(110 / 1.05, c.factor(), 1e-9);
        assertEquals(Optional.of(EUR), c.via());
        assertEquals("1 USD = 104.762 RUB on 2024-12-01 via EUR", c.toString());
    }

    @Test
    void require_namesClaimPairAndDate() {
        RateTable t = RateTable.of(List.of(rate("2024-01-01", "USD", "RUB", "90")), 7);
        NoRateException e = assertThrows(NoRateException.class,
                () -> t.require("c7", RUB, USD, LocalDate.parse("2024-12-10")));
        assertEquals("claim c7: no RUB/USD rate (direct, inverted or crossed) within 7 days of 2024-12-10; add one to"
                + " rates.csv or widen the rate tolerance", e.getMessage());
        assertEquals("c7", e.claim());
    }

    @Test
    void of_rejectsANegativeTolerance() {
        assertEquals("rate tolerance must be 0 or more days, was -1",
                assertThrows(IllegalArgumentException.class, () -> RateTable.of(List.of(), -1)).getMessage());
    }
}
