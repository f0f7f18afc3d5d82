package org.claimstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Interval;
import org.claimstat.PartialDate;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimExtractorTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    static Mention only(String sentence) {
        List<Mention> ms = EXTRACTOR.extract("t", sentence).mentions();
        assertEquals(1, ms.size(), () -> "mentions of '" + sentence + "': " + ms);
        return ms.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/extract/cases.psv", delimiter = '|')
    void extract_readsEachConstruct(String sentence, String span, String value, String lower, String upper,
                                    String hedge, String unit, String kind, String counted) {
        Mention m = only(sentence);
        assertEquals(span, m.text());
        assertEquals(sentence.indexOf(span), m.start());
        assertEquals(Objects.toString(value, ""), m.valueText().orElse(""));
        assertEquals(Objects.toString(lower, ""), m.lower().map(Value::toString).orElse(""));
        assertEquals(Objects.toString(upper, ""), m.upper().map(Value::toString).orElse(""));
        assertEquals(hedge, m.hedge().code());
        assertEquals(unit, m.unit().symbol());
        assertEquals(kind, m.kind().code());
        assertEquals(Objects.toString(counted, ""), m.counted());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            See page 12 for the details.              | REFERENCE
            Section 4 explains the method.            | REFERENCE
            She finished 3rd in the race.             | ORDINAL
            COVID-19 spread quickly that winter.      | NAME
            The meeting starts at 10:30 sharp.        | TIME_OF_DAY
            The race started at 10:21:05 pm.          | TIME_OF_DAY
            The Senate voted 52-48 to confirm her.    | SCORE
            They won the final 3-0 at home.           | SCORE
            World War Two ended in Europe first.      | NAME
            The F-16 fleet is ageing.                 | NAME
            Cases have surged ten-fold this month.    | MULTIPLIER
            An area 25 times larger burned.           | MULTIPLIER
            The Category 4 storm made landfall.       | REFERENCE
            He bought a 5G phone.                     | NAME
            Read it at https://example.org/2024/07/report now. | URL
            One of the reasons is the cost.           |
            See page 2 of 3 for the table.            | REFERENCE
            The iPhone 5C sold well.                  | NAME
            The rules are in sections 4 to 6.         | REFERENCE
            Read pages 12-14 first.                   | REFERENCE
            You may go, and May will stay.            |
            The first deputy resigned, then a second-grade official did. |
            It was the twenty-first century's first pandemic. |
            He owns a car and a boat; half the staff left. |
            """)
    void extract_offersNoQuantityForNonClaims(String sentence, String why) {
        Extraction x = EXTRACTOR.extract("t", sentence);
        assertEquals(List.of(), x.mentions());
        assertEquals(why == null ? List.of() : List.of(Extraction.Why.valueOf(why)),
                x.skipped().stream().map(Extraction.Skip::why).toList());
    }

    @Test
    void extract_givesAPartTheNounOfItsWhole() {
        List<Mention> ms = EXTRACTOR.extract("t", "Only 7 of the 40 councils replied, and two of five engineers agreed.")
                .mentions();
        assertEquals(List.of("7", "40", "two", "five"), ms.stream().map(Mention::text).toList());
        assertEquals(List.of("council", "council", "person", "person"), ms.stream().map(m -> m.unit().symbol()).toList());
        assertEquals("councils", ms.get(0).counted());
    }

    @Test
    void extract_readsAnOrdinalWordAsARankOnlyWhereItRanks() {
        // "out of" ranks after any ordinal; "of" alone only after a word of ranking, so the first of twelve hearings
        // is twelve hearings, and "first" numbers one of them.
        Mention hearings = only("The first of 12 hearings opens on Monday.");
        assertEquals(Mention.Kind.QUANTITY, hearings.kind());
        assertEquals("12", hearings.text());
        assertEquals("hearings", hearings.counted());
        Mention ranked = only("It was fourth out of 30 cities.");
        assertEquals(Mention.Kind.RANK, ranked.kind());
        assertEquals("rank:30", ranked.unit().symbol());
        assertEquals("4", ranked.valueText().orElseThrow());
        assertEquals("cities", ranked.counted());
    }

    @Test
    void extract_readsPlacesInARankingWithoutItsSize() {
        // https://scroll.in/latest/1081914/india-ranked-151-out-of-180-countries-in-2025-world-press-freedom-index
        List<Mention> ms = EXTRACTOR.extract("t", "India ranks below Nepal (90th), the Maldives (104th) and the 159th"
                + " rank in 2024. Pakistan now ranks 150 out of 180 countries. Norway is ranked first.").mentions();
        assertEquals(List.of("90th", "104th", "159th", "2024", "150 out of 180", "first"),
                ms.stream().map(Mention::text).toList());
        assertEquals(List.of("rank", "rank", "rank", "date", "rank:180", "rank"),
                ms.stream().map(m -> m.unit().symbol()).toList());
        // an ordinal that numbers a thing or a day stays no place
        assertEquals(List.of(), EXTRACTOR.extract("t", "It was his 3rd visit, on the 18th of April.").mentions()
                .stream().filter(m -> m.kind() == Mention.Kind.RANK).toList());
    }

    @Test
    void extract_givesTheFirstOfACountTheNounOfTheCount() {
        List<Mention> ms = EXTRACTOR.extract("t", "It ordered 148 armoured vehicles, the first 12 due in 2027.").mentions();
        assertEquals(List.of("148", "12", "2027"), ms.stream().map(Mention::text).toList());
        assertEquals("vehicle", ms.get(1).unit().symbol());
    }

    @Test
    void extract_readsMmAfterACurrencyAsAMillionAndElseAsMillimetres() {
        // "$5mm" is five million dollars in finance; "40mm of rain" is millimetres.
        Mention money = only("The fund raised $5mm last week.");
        assertEquals("5000000", money.valueText().orElseThrow());
        assertEquals("USD", money.unit().symbol());
        Mention rain = only("Forecasters expect 40mm of rain.");
        assertEquals("40", rain.valueText().orElseThrow());
        assertEquals("mm", rain.unit().symbol());
    }

    @Test
    void extract_readsAChangeAndItsResultAsTwoAmountsNotARange() {
        List<Mention> ms = EXTRACTOR.extract("t", "Offences fell 4% to 49,489, and rates rose 4% to 6% in a year.")
                .mentions();
        assertEquals(List.of("4%", "49,489", "4% to 6%"), ms.stream().map(Mention::text).toList());
        assertEquals(Hedge.RANGE, ms.get(2).hedge());
    }

    @Test
    void extract_readsFromBeforeADateAsItsStartUnlessItIsTheBaseOfAComparison() {
        assertEquals(Hedge.AT_LEAST, EXTRACTOR.extract("t", "Fees rise from 2026.").mentions().get(0).hedge());
        List<Mention> down = EXTRACTOR.extract("t", "Emissions are down 5% from 2019.").mentions();
        assertEquals("2019", down.get(1).text());
        assertEquals(Hedge.EXACT, down.get(1).hedge());
    }

    @Test
    void extract_givesACountInAListTheNounOfItsLabel() {
        List<Mention> ms = EXTRACTOR.extract("t", "Key figures:\n- Passengers: 48.2 million\n- Flights: 312,500\n"
                + "The report: 40 pages.").mentions();
        assertEquals(List.of("person", "flight", "page"), ms.stream().map(m -> m.unit().symbol()).toList());
        // Only a plural noun that opens a line or list item labels a count.
        assertEquals("item", EXTRACTOR.extract("t", "He said one thing: 300 more.").mentions().get(0).unit().symbol());
    }

    @Test
    void extract_givesAPartThePluralNounAfterOf() {
        Mention m = EXTRACTOR.extract("t", "About 1,800 of the claims were rejected.").mentions().get(0);
        assertEquals("claim", m.unit().symbol());
        assertEquals("item", EXTRACTOR.extract("t", "Some 900 of the best were kept.").mentions().get(0).unit().symbol());
    }

    @Test
    void extract_leavesAPartWithoutNounWhereTheWholeIsAUnit() {
        List<Mention> ms = EXTRACTOR.extract("t", "It rained on 9 of the 12 months.").mentions();
        assertEquals("item", ms.get(0).unit().symbol());
        assertEquals("month", ms.get(1).unit().symbol());
    }

    @Test
    void extract_readsBracketedSecondCurrency() {
        Mention m = only("Exports reached 900 billion rubles (about $11 billion) last year.");
        Mention usd = m.secondary().orElseThrow();
        assertEquals("about $11 billion", usd.text());
        assertEquals(Quantity.of(new BigDecimal("11E+9"), Hedge.APPROXIMATELY, Unit.parse("USD")), usd.quantity().get());
        assertEquals(Interval.closed(10.5e9, 11.5e9), usd.interval().get());
    }

    @Test
    void extract_takesIntervalFromQuantityRule() {
        Mention m = only("There were nearly 95,000 open posts.");
        assertEquals(new Interval(90_000, false, 95_000, true), m.interval().get());
        assertEquals(m.quantity().get().interval(), m.interval().get());
    }

    @Test
    void extract_readsDurationAnchor() {
        Mention m = only("The vote came 18 months after the disputed election, which nobody expected.");
        assertEquals("the disputed election", m.anchor().orElseThrow());
    }

    @Test
    void extract_readsHiddenScriptsKeepingOffsets() {
        String text = "The cоmpany hired 500 wоrkers in Mаrch 2021.";  // Cyrillic о, о, а
        Extraction x = EXTRACTOR.extract("t", text);
        assertEquals(List.of("cоmpany", "wоrkers", "Mаrch"), x.mixedScript().stream().map(Extraction.MixedScriptWord::word).toList());
        assertEquals("Latin+Cyrillic", x.mixedScript().get(0).scripts());
        assertEquals("The company hired 500 workers in March 2021.", x.reading());
        Mention workers = x.mentions().get(0);
        assertEquals("workers", workers.counted());
        assertEquals(Unit.PERSON, workers.unit());
        Mention march = x.mentions().get(1);
        assertEquals("Mаrch 2021", march.text());
        assertEquals(text.indexOf("Mаrch"), march.start());
        assertEquals(List.of("Mаrch"), march.mixedScript());
        assertEquals(PartialDate.ofMonth(2021, 3), ((Value.Date) march.value().get()).date());
    }

    @Test
    void extract_givesAComparedCountTheNounOfTheCountBefore() {
        List<Mention> ms = EXTRACTOR.extract("t",
                "The port handled 9,400 containers in March 2024, up from 7,100 last year.").mentions();
        assertEquals(List.of("9,400", "March 2024", "7,100"), ms.stream().map(Mention::text).toList());
        assertEquals("container", ms.get(2).unit().symbol());
        assertEquals("containers", ms.get(2).counted());
        // No comparison across a sentence; a bare count there counts what the count of the sentence before counted,
        // but not after "at" (a level whose subject is its own), nor three sentences on.
        List<Mention> apart = EXTRACTOR.extract("t", "The port handled 9,400 containers. From 7,100 it fell.").mentions();
        assertEquals("item", apart.get(1).unit().symbol());
        List<Mention> plain = EXTRACTOR.extract("t", "The port handled 9,400 containers; 7,100 were sold.").mentions();
        assertEquals("container", plain.get(1).unit().symbol());
        List<Mention> level = EXTRACTOR.extract("t", "The port handled 9,400 containers. Rents stood at 7,100.")
                .mentions();
        assertEquals("item", level.get(1).unit().symbol());
        List<Mention> far = EXTRACTOR.extract("t", "The port handled 9,400 containers. It grew. It shrank. It sold 7,100.")
                .mentions();
        assertEquals("item", far.get(1).unit().symbol());
        // After "and" in the same sentence, or before "of them", the count goes on counting containers.
        List<Mention> joined = EXTRACTOR.extract("t", "The port handled 9,400 containers and 7,100 were sold.").mentions();
        assertEquals("container", joined.get(1).unit().symbol());
        List<Mention> them = EXTRACTOR.extract("t", "The port handled 9,400 containers. It sold 7,100 of them.").mentions();
        assertEquals("container", them.get(1).unit().symbol());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Potholes rose by a fifth to 31,000 last year.           | pothole
            Britons were the largest group, at 18.4 million.        | person
            Staff numbers grew by 4.1 per cent to 1.26 million.     | person
            Prices rose 5% to 300 in a year.                        | item
            Revenue rose to 300 last year.                          | item
            """)
    void extract_givesABareCountTheSubjectOfItsVerbOfLevel(String sentence, String unit) {
        List<Mention> counts = EXTRACTOR.extract("t", sentence).mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.QUANTITY).toList();
        assertEquals(1, counts.size(), counts::toString);
        assertEquals(unit, counts.get(0).unit().symbol());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Exports reached 9,400 tonnes in March 2024, up from 7,100 last year. | t       | physical
            Revenue was $5.2 billion, against 4.8 billion a year earlier.        | USD     | currency
            Unemployment fell to 4.1%, down from 4.3 in May.                     | percent | percent
            Waits averaged 47 minutes, up from 39 the year before.               | min     | duration
            """)
    void extract_givesAComparedAmountTheUnitOfTheAmountBefore(String sentence, String unit, String kind) {
        List<Mention> ms = EXTRACTOR.extract("t", sentence).mentions().stream()
                .filter(m -> m.kind() != Mention.Kind.DATE).toList();
        assertEquals(2, ms.size(), ms::toString);
        for (Mention m : ms) {
            assertEquals(unit, m.unit().symbol(), m::toString);
            assertEquals(kind, m.kind().code(), m::toString);
        }
    }

    @Test
    void extract_readsWholeWordsOfAnotherScriptDisguisedInLatinText() {
        // A lone Cyrillic "а" and a Cyrillic "АІ" (А, Ukrainian І) between English words: each word is of one
        // script, so no word mixes scripts, yet each hides in Latin text.
        String text = "Sales rose а little as the АІ sector hired 500 workers.";
        Extraction x = EXTRACTOR.extract("t", text);
        assertEquals(List.of("а", "АІ"), x.mixedScript().stream().map(Extraction.MixedScriptWord::word).toList());
        assertEquals("Cyrillic in Latin text", x.mixedScript().get(0).scripts());
        assertEquals("Sales rose a little as the AI sector hired 500 workers.", x.reading());
        assertEquals(text.indexOf("500"), x.mentions().get(0).start());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Спрос вырос, а цены упали на 5 процентов.",          // "а" in Russian text is the Russian word
        "The bank, known as «Сбер» at home, hired 500 staff.",  // a real word: "б" looks like no Latin letter
        "Mayor of Москва since 2010, he said 12 times."})     // "к" looks like no ASCII letter
    void extract_leavesRealWordsOfAnotherScriptAlone(String text) {
        Extraction x = EXTRACTOR.extract("t", text);
        assertEquals(List.of(), x.mixedScript());
        assertEquals(text, x.reading());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Subscribe to our newsletter for $5 a month.                      | CALL_TO_ACTION
            Sponsored: get 20% off your first order today.                   | ADVERTISING
            Jane Doe is a senior energy reporter based in Oslo since 2015.   | AUTHOR_BIO
            Der Bericht ist nicht mit der Regierung abgestimmt, sagt er 2023. | OTHER_LANGUAGE
            READ MORE: Storm leaves 3,000 homes without power                | NAVIGATION
            """)
    void extract_flagsBoilerplateButKeepsItsNumbers(String line, String reason) {
        String text = "Officials counted 200 cases.\n" + line + "\n";
        Extraction x = EXTRACTOR.extract("t", text);
        assertEquals(List.of(Extraction.Reason.valueOf(reason)), x.boilerplate().stream().map(Extraction.BoilerplateBlock::reason).toList());
        assertEquals(2, x.mentions().size(), () -> x.mentions().toString());
        assertEquals(List.of(false, true), x.mentions().stream().map(Mention::boilerplate).toList());
        assertEquals(1, x.articleMentions().size());
        assertEquals(1, ClaimExtractor.builder().keepBoilerplate(false).build().extract("t", text).mentions().size());
    }

    @Test
    void builderYear_completesYearlessDates() {
        Mention plain = only("It happened on December 30.");
        assertEquals("--12-30", plain.valueText().get());
        assertTrue(plain.quantity().isEmpty());
        Mention dated = ClaimExtractor.builder().year(2024).build().extract("t", "It happened on December 30.").mentions().get(0);
        assertEquals(Quantity.date(new PartialDate(2024, 12, 30), Hedge.EXACT), dated.quantity().get());
    }

    @Test
    void builderYear_rejectsYearZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimExtractor.builder().year(0));
        assertEquals("year must be 1 to 9999, was 0", e.getMessage());
    }

    @Test
    void toClaims_makesDraftClaimsOfConfirmedMentions() {
        Extraction x = EXTRACTOR.extract("d1", "An estimated 200,000 IT workers left by 2023.\nFollow us for $1 deals!\n");
        Source source = Source.of("s1", "Example Post", "Exodus", PartialDate.ofYear(2023));
        List<Claim> claims = x.drafts(source);
        assertEquals(2, claims.size());
        Claim workers = claims.get(0);
        assertEquals("s1-1", workers.id());
        assertEquals("it_workers", workers.indicator());
        assertEquals(ClaimKind.ESTIMATE, workers.kind());
        assertEquals("An estimated 200,000 IT workers", workers.quote());
        assertEquals(Interval.closed(180_000, 220_000), workers.interval());
        assertEquals(ClaimKind.EVENT, claims.get(1).kind());
        assertEquals(Hedge.AT_MOST, claims.get(1).quantity().hedge());
    }

    @Test
    void toClaims_quotesTheWordsOfTheTextFromTheNumberToWhatItCounts() {
        Extraction x = EXTRACTOR.extract("d1", "At least two-thirds of voters agreed. Weekday boardings across the"
                + " network now peak at roughly 1.6 million.");
        List<String> quotes = x.drafts(Source.of("s1", "Example Post", "Transit", PartialDate.ofYear(2025))).stream()
                .map(Claim::quote).toList();
        assertEquals(List.of("At least two-thirds of voters",
                "boardings across the network now peak at roughly 1.6 million"), quotes);
    }

    @Test
    void toClaims_rejectsBoilerplateMentions() {
        Extraction x = EXTRACTOR.extract("d1", "Officials counted 200 cases.\nSign up now and get $10 free.\n");
        Source source = Source.of("s1", "Example Post", "Cases", PartialDate.ofYear(2023));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> x.toClaims(x.mentions(), source));
        assertTrue(e.getMessage().endsWith("lies in boilerplate; only article text makes claims"), e.getMessage());
    }

    @Test
    void javadocExample_holds() {
        Extraction x = ClaimExtractor.standard().extract("doc1", "Some $77 billion will be invested by 2030.");
        assertEquals(Hedge.APPROXIMATELY, x.mentions().get(0).hedge());
        assertEquals(Hedge.AT_MOST, x.mentions().get(1).hedge());
        assertEquals("by 2030", x.mentions().get(1).text());
    }

    @Test
    void extract_rejectsNullText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("d", null));
        assertEquals("text", e.getMessage());
    }
}
