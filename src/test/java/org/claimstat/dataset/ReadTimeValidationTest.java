package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Units that cannot be compared with their indicator's, bad relations and bad flags are errors when a dataset is read. */
class ReadTimeValidationTest {
    private static final String RELATIONS = "id,expression,description\n";
    private static final String INDICATORS = "id,label,unit,aggregation,description\n"
            + "emigrants,L,person,flow,\nbudget,B,USD,flow,\nrank,R,rank:83,rank,\n";

    @TempDir
    Path dir;

    private List<String> errors(TinyDataset dataset) {
        DatasetException e = assertThrows(DatasetException.class, () -> ClaimDatasets.read(dataset.writeTo(dir)));
        return e.getErrors().stream().map(DatasetError::toString).toList();
    }

    @Test
    void unitOfAnotherDimension_isAnErrorOfTheUnitCell() {
        assertEquals(List.of("claims.csv:3: column 'unit': unit 'USD' cannot be converted to 'person', the unit of"
                        + " indicator 'emigrants'; expected a count of person (singular or plural)"),
                errors(TinyDataset.valid().claims(TinyDataset.CLAIM,
                        "c2,emigrants,RU,2022,2022,5,,,USD,exact,statement,X,s1,q")));
    }

    @Test
    void pluralOfTheIndicatorsNoun_isTheSameUnit() {
        ClaimDataset ds = ClaimDatasets.read(TinyDataset.valid().claims(TinyDataset.CLAIM,
                "c2,emigrants,RU,2022,2022,5,,,people,exact,statement,X,s1,q").writeTo(dir));
        assertEquals("people", ds.claims().get(1).unit().toString());
    }

    @Test
    void otherCurrenciesAndRanksOfOtherSizes_areComparable() {
        ClaimDataset ds = ClaimDatasets.read(TinyDataset.valid().text("indicators.csv", INDICATORS).claims(
                "c1,budget,RU,2022,2022,5,,,RUB,exact,statement,X,s1,q",
                "c2,rank,RU,2022,2022,5,,,rank:54,exact,statement,X,s1,q").writeTo(dir));
        assertEquals(2, ds.claims().size());
    }

    static Stream<Arguments> badRelations() {
        return Stream.of(
                Arguments.of("r1,emigrants + <= emigrants,d", "relations.csv:2: column 'expression': cannot read the"
                        + " relation: expected an indicator id, a number or '(' at position 13, found '<'"),
                Arguments.of("r1,emigrants <= leavers,d", "relations.csv:2: column 'expression': relation names"
                        + " indicator 'leavers', which is not in indicators.csv"),
                Arguments.of("r1,emigrants[FI] <= emigrants,d", "relations.csv:2: column 'expression': relation names"
                        + " the entity of 1 of its 2 indicator references; expected an entity for every reference"
                        + " (arrivals[FI] <= departures[RU]) or for none"),
                Arguments.of("r1,emigrants[enclosing] <= 5,d", "relations.csv:2: column 'expression': relation marks"
                        + " every reference 'enclosing'; expected at least one reference to the period checked"),
                Arguments.of("r1,\"emigrants <= emigrants[FI, EU]\",d", "relations.csv:2: column 'expression': cannot read"
                        + " the relation: expected one entity only, or 'enclosing' at position 28, found 'E'"),
                Arguments.of("r1,emigrants <= period.decades,d", "relations.csv:2: column 'expression': cannot read"
                        + " the relation: expected one of period.days, period.weeks, period.months, period.years at"
                        + " position 21, found 'd'"),
                Arguments.of("r1,emigrants <= " + "1".repeat(41) + ",d", "relations.csv:2: column 'expression':"
                        + " cannot read the relation: number of 41 characters at position 14; expected at most 40"),
                Arguments.of("r1,emigrants <= " + "(".repeat(2000) + "1" + ")".repeat(2000) + ",d",
                        "relations.csv:2: column 'expression': cannot read the relation: expression nests brackets"
                                + " and signs deeper than 50 levels at position 64; expected at most 50"),
                Arguments.of("r1,emigrants <= " + "-".repeat(60) + "1,d",
                        "relations.csv:2: column 'expression': cannot read the relation: expression nests brackets"
                                + " and signs deeper than 50 levels at position 64; expected at most 50"));
    }

    @ParameterizedTest
    @MethodSource("badRelations")
    void badRelation_isAnErrorWithLineAndColumn(String row, String expected) {
        assertEquals(List.of(expected), errors(TinyDataset.valid().text("relations.csv", RELATIONS + row + "\n")));
    }

    @Test
    void relationsAcrossEntitiesAndPeriods_areRead() {
        ClaimDataset ds = ClaimDatasets.read(TinyDataset.valid().text("relations.csv", RELATIONS
                + "r1,emigrants[KZ] + emigrants['Georgia'] <= emigrants[RU],d\n"
                + "r2,emigrants <= emigrants[enclosing],d\n"
                + "r3,emigrants = 120 * period.days,d\n").writeTo(dir));
        assertEquals(3, ds.relations().size());
    }

    @Test
    void edition_mustBeADate() {
        String header = TinyDataset.CLAIMS_HEADER + ",edition";
        assertEquals(List.of("claims.csv:3: column 'edition': bad edition 'latest'; expected the edition's date, YYYY,"
                        + " YYYY-MM or YYYY-MM-DD (the year an index edition is named for, or a release date), or empty"),
                errors(TinyDataset.valid().text("claims.csv", header + "\n" + TinyDataset.CLAIM + ",2024\n"
                        + TinyDataset.CLAIM.replace("c1,", "c2,") + ",latest\n")));
    }

    @Test
    void signedFlag_mustBeTrueFalseOrEmpty() {
        String indicators = "id,label,unit,aggregation,description,signed\nemigrants,L,person,flow,,yes\n";
        assertEquals(List.of("indicators.csv:2: column 'signed': bad flag 'yes'; expected true, false or empty (false)"),
                errors(TinyDataset.valid().text("indicators.csv", indicators)));
        ClaimDataset ds = ClaimDatasets.read(TinyDataset.valid().text("indicators.csv",
                indicators.replace("yes", "true")).writeTo(dir));
        assertTrue(ds.indicator("emigrants").orElseThrow().signed());
        ClaimDataset plain = ClaimDatasets.read(TinyDataset.valid().text("indicators.csv",
                indicators.replace("yes", "")).writeTo(dir));
        assertFalse(plain.indicator("emigrants").orElseThrow().signed());
    }
}
