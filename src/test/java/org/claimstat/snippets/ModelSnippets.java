package org.claimstat.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Interval;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Unit;

/** The model's Javadoc examples ({@code {@snippet class=... region=...}}); JavadocExamplesTest runs each region's method. */
final class ModelSnippets {
    private ModelSnippets() {
    }

    static void period() {
        // @start region="period"
        Period year2022 = Period.of(PartialDate.ofYear(2022));
        Period sept = Period.of(PartialDate.ofMonth(2022, 9));
        year2022.encloses(sept);  // true
        // @end
        assertTrue(year2022.encloses(sept));
    }

    static void interval() {
        // @start region="interval"
        Interval a = Interval.closed(94_500, 95_500);
        a.overlaps(Interval.point(96_000));  // false
        a.midpoint();                        // 95000.0
        // @end
        assertFalse(a.overlaps(Interval.point(96_000)));
        assertEquals(95000.0, a.midpoint());
    }

    static void claim() {
        // @start region="claim"
        Claim c = Claim.of("c1", "it_workers_emigrated", "RU", Period.of(PartialDate.ofYear(2022)),
                Quantity.of(new BigDecimal("200000"), Hedge.ESTIMATE, Unit.PERSON),
                ClaimKind.ESTIMATE, "Russian officials", "s1", "an estimated 200,000");
        c.quantity().interval();  // [180000, 220000]
        // @end
        assertEquals("[180000, 220000]", c.quantity().interval().toString());
    }

    static void claimOf() {
        // @start region="claimOf"
        Claim c = Claim.of("c1", "it_vacancies", "RU", "2024-12", "nearly 95,000 vacancies", "s1");
        c.interval();   // (90000, 95000]
        // @end
        assertEquals("(90000, 95000]", c.interval().toString());
    }

    static void hedge() {
        // @start region="hedge"
        Hedge.parse("up_to");          // UP_TO
        Hedge.forPhrase("surpassed");  // Optional[MORE_THAN]
        // @end
        assertEquals(Hedge.UP_TO, Hedge.parse("up_to"));
        assertEquals(Optional.of(Hedge.MORE_THAN), Hedge.forPhrase("surpassed"));
    }

    static void partialDate() {
        // @start region="partialDate"
        PartialDate march = PartialDate.parse("2022-03");
        march.firstDay();  // 2022-03-01
        march.lastDay();   // 2022-03-31
        // @end
        assertEquals(LocalDate.of(2022, 3, 1), march.firstDay());
        assertEquals(LocalDate.of(2022, 3, 31), march.lastDay());
    }

    static void quantity() {
        // @start region="quantity"
        Quantity q = Quantity.of(new BigDecimal("95000"), Hedge.NEARLY, Unit.parse("vacancy"));
        q.interval();  // (90000, 95000]
        // @end
        assertEquals("(90000, 95000]", q.interval().toString());
    }

    static void unit() {
        // @start region="unit"
        Unit.parse("rank:83").rankOutOf();   // OptionalInt[83]
        Unit.parse("RUB").currency();        // Optional[RUB]
        Unit.parse("TWh").kind();            // PHYSICAL
        // @end
        assertEquals(OptionalInt.of(83), Unit.parse("rank:83").rankOutOf());
        assertEquals("Optional[RUB]", Unit.parse("RUB").currency().toString());
        assertEquals("PHYSICAL", Unit.parse("TWh").kind().toString());
    }
}
