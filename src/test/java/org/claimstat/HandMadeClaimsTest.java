package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimstat.check.Checks;
import org.claimstat.compare.Comparison;
import org.claimstat.compare.Comparisons;
import org.claimstat.dataset.ClaimDataset;
import org.junit.jupiter.api.Test;

/** A notebook user makes claims and a dataset by hand in a few lines, with readable strings and defaults. */
class HandMadeClaimsTest {

    @Test
    void quantityParse_readsHedgesSeparatorsScalesRangesAndUnitsAsWritten() {
        assertEquals("nearly 95000 vacancy", Quantity.parse("nearly 95,000 vacancies").toString());
        assertEquals(Quantity.of(new java.math.BigDecimal("95000"), Hedge.NEARLY, Unit.count("vacancy")),
                Quantity.parse("nearly 95,000 vacancies"));
        Quantity some = Quantity.parse("some $77 billion");
        assertEquals(Hedge.APPROXIMATELY, some.hedge());
        assertEquals(Unit.parse("USD"), some.unit());
        assertEquals(Quantity.of(new java.math.BigDecimal("77E9"), Hedge.APPROXIMATELY, Unit.parse("USD")), some);
        assertEquals(new Interval(6, true, 9, true), Quantity.parse("6 to 9 months").interval());
        assertEquals(Unit.parse("month"), Quantity.parse("6 to 9 months").unit());
        assertEquals(Hedge.UP_TO, Quantity.parse("up to 45%").hedge());
        assertEquals(Unit.PERCENT, Quantity.parse("up to 45%").unit());
        assertEquals(Hedge.EXACT, Quantity.parse("300,000 people").hedge());
        assertEquals(Unit.PERSON, Quantity.parse("300,000 people").unit());
        assertEquals(Hedge.MORE_THAN, Quantity.parse("more than 2.5 GW").hedge());
    }

    @Test
    void quantityParse_readsWhatToStringWrites() {
        for (String written : List.of("nearly 95,000 vacancies", "6 to 9 months", "up to 45 percent", "300,000 people")) {
            Quantity q = Quantity.parse(written);
            assertEquals(q, Quantity.parse(q.toString()), written);
        }
    }

    @Test
    void quantityParse_namesTheTextWhereSomethingIsMissing() {
        IllegalArgumentException noUnit = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("nearly 95,000"));
        assertTrue(noUnit.getMessage().startsWith("no unit in 'nearly 95,000'"), noUnit.getMessage());
        IllegalArgumentException noNumber = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("many jobs"));
        assertTrue(noNumber.getMessage().startsWith("no number in 'many jobs'"), noNumber.getMessage());
    }

    @Test
    void periodParse_ofOneDate_isThePeriodItCovers() {
        assertEquals(Period.parse("2022-03", "2022-03"), Period.parse("2022-03"));
        assertEquals(Period.parse("2022", "2022"), Period.parse("2022"));
    }

    @Test
    void claimOf_readsItsTextsAndFillsTheRest() {
        Claim c = Claim.of("c1", "it_vacancies", "RU", "2024-12", "nearly 95,000 vacancies", "s1");
        assertEquals(Quantity.parse("nearly 95,000 vacancies"), c.quantity());
        assertEquals(ClaimKind.STATEMENT, c.kind());
        assertEquals("nearly 95,000 vacancies", c.quote());
        assertEquals("", c.claimant());
        assertEquals(Period.parse("2024-12"), c.period());
        assertEquals(Period.UNSPECIFIED, Claim.of("c2", "x", "RU", "", "5 GW", "s1").period());
    }

    @Test
    void aDatasetBuiltByHand_isComparedByIndicatorIdAloneAndChecked() {
        ClaimDataset data = ClaimDataset.builder("it-exodus")
                .source("s1", "CNews", "IT sector loses staff", "2024-12-24")
                .source("s2", "Kommersant", "Vacancies fall", "2024-12-26")
                .indicator("it_vacancies", "Open IT vacancies", "vacancy")
                .claim("c1", "it_vacancies", "RU", "2024-12", "nearly 95,000 vacancies", "s1")
                .claim("c2", "it_vacancies", "RU", "2024-12", "96,000 vacancies", "s2")
                .build();
        List<Comparison> compared = Comparisons.of(data).compare("it_vacancies");
        assertEquals(1, compared.size());
        assertEquals(2, compared.get(0).rows().size());
        assertEquals(List.of("conflict"), Checks.defaults().run(data).findings().stream().map(f -> f.check()).toList());
    }
}
