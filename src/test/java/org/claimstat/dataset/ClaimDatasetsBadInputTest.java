package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimDatasetsBadInputTest {
    private static final String HEDGES = "exact, approximately, estimate, nearly, up_to, at_most, less_than, at_least,"
            + " more_than, range";
    private static final String BAD_NUMBER = "expected a plain decimal such as 200000 or 7.25 (no separators, no exponent)";

    @TempDir
    Path dir;

    private List<String> errors(TinyDataset dataset) {
        DatasetException e = assertThrows(DatasetException.class, () -> ClaimDatasets.read(dataset.writeTo(dir)));
        return e.getErrors().stream().map(DatasetError::toString).toList();
    }

    static Stream<Arguments> badClaims() {
        String c = "c1,emigrants,RU,2022,2022,";
        return Stream.of(
                Arguments.of(c + "\"100,000\",,,person,approximately,statement,X,s1,q",
                        "claims.csv:2: column 'value': bad number '100,000'; " + BAD_NUMBER),
                Arguments.of(c + "1e5,,,person,approximately,statement,X,s1,q",
                        "claims.csv:2: column 'value': bad number '1e5'; " + BAD_NUMBER),
                Arguments.of(c + "100000,,,person,about,statement,X,s1,q",
                        "claims.csv:2: column 'hedge': unknown hedge 'about'; expected one of " + HEDGES),
                Arguments.of(c + "100000,,,person,,statement,X,s1,q",
                        "claims.csv:2: column 'hedge': missing value; expected one of " + HEDGES),
                Arguments.of(c + "100000,,,person,exact,rumour,X,s1,q",
                        "claims.csv:2: column 'kind': unknown kind 'rumour'; expected one of statement, estimate,"
                                + " forecast, observation, official_statement, event"),
                Arguments.of(c + "100000,,,Persons!,exact,statement,X,s1,q",
                        "claims.csv:2: column 'unit': unknown unit 'Persons!'; expected a counted noun in lower case"
                                + " (person), an ISO 4217 code (USD), percent, rank:N, date, or a unit symbol (month, GW, TWh)"),
                Arguments.of(c + ",9,6,month,range,statement,X,s1,q",
                        "claims.csv:2: column 'lower': lower 9 is above upper 6"),
                Arguments.of(c + ",6,,month,range,statement,X,s1,q",
                        "claims.csv:2: column 'upper': a range needs both lower and upper"),
                Arguments.of(c + ",,,person,nearly,statement,X,s1,q",
                        "claims.csv:2: column 'value': hedge nearly needs a value; only a range may omit it"),
                Arguments.of(c + "95000,,96000,person,nearly,statement,X,s1,q",
                        "claims.csv:2: column 'upper': upper 96000 must equal the value 95000 for hedge nearly"
                                + " (or be left empty)"),
                Arguments.of(c + "100000,120000,,person,approximately,statement,X,s1,q",
                        "claims.csv:2: column 'value': value 100000 is below its lower bound 120000"),
                Arguments.of(c + "100000,,,date,exact,event,X,s1,q",
                        "claims.csv:2: column 'value': bad date '100000'; expected YYYY, YYYY-MM or YYYY-MM-DD"),
                Arguments.of(c + "2024-02,,,person,exact,event,X,s1,q",
                        "claims.csv:2: column 'value': bad number '2024-02'; " + BAD_NUMBER),
                Arguments.of(c + "100000,,,person,exact,statement,X,s9,q",
                        "claims.csv:2: column 'source': unknown source 's9'; expected an id of sources.csv"),
                Arguments.of("c1,leavers,RU,2022,2022,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'indicator': unknown indicator 'leavers'; expected an id of indicators.csv"),
                Arguments.of("c1,emigrants,RU,2022-13,2022,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'period_start': bad date '2022-13': month must be 1 to 12 (or 0 for a"
                                + " year), was 13"),
                Arguments.of("c1,emigrants,RU,March 2022,,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'period_start': bad date 'March 2022'; expected YYYY, YYYY-MM or YYYY-MM-DD"),
                Arguments.of("c1,emigrants,RU,2022-02-30,,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'period_start': bad date '2022-02-30': no such day: Invalid date"
                                + " 'FEBRUARY 30'"),
                Arguments.of("c1,emigrants,RU,2023,2022-06,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'period_end': period end 2022-06 is before its start 2023; expected an"
                                + " end on or after the start"),
                Arguments.of(",emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'id': missing value; expected a claim id"),
                Arguments.of("\"  \",emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'id': only white space; expected a claim id"),
                Arguments.of("c1, ,RU,2022,2022,100000,,,person,exact,statement,X,s1,q",
                        "claims.csv:2: column 'indicator': only white space; expected the id of an indicator in"
                                + " indicators.csv"),
                Arguments.of("c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X,\t,q",
                        "claims.csv:2: column 'source': only white space; expected the id of a source in sources.csv"),
                Arguments.of("c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1",
                        "claims.csv:2: record has 13 fields; expected 14 as in the header"),
                Arguments.of("c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1,\"q\"x",
                        "claims.csv:2: malformed CSV: Unexpected character after closing quote: 'x' (0x78); expected"
                                + " RFC 4180 quoting (a field with a comma, quote or line break in double quotes, inner"
                                + " quotes doubled); the rest of the file was not read"),
                Arguments.of("c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1,\"q",
                        "claims.csv:2: malformed CSV: Unclosed quoted field at end of input; expected RFC 4180 quoting"
                                + " (a field with a comma, quote or line break in double quotes, inner quotes doubled);"
                                + " the rest of the file was not read"));
    }

    @ParameterizedTest
    @MethodSource("badClaims")
    void read_reportsBadClaimWithFileLineColumnAndExpectation(String line, String expected) {
        assertEquals(List.of(expected), errors(TinyDataset.valid().claims(line)));
    }

    static Stream<Arguments> badFiles() {
        String sources = "id,publisher,title,url,published,author,language,derived_from,document\n";
        String indicators = "id,label,unit,aggregation,description\n";
        String rates = "date,base,quote,rate,source\n";
        return Stream.of(
                Arguments.of("sources.csv", sources + "s1,Reuters,T,,Feb 2024,,en,,\n",
                        "sources.csv:2: column 'published': bad date 'Feb 2024'; expected YYYY, YYYY-MM or YYYY-MM-DD"),
                Arguments.of("indicators.csv", indicators + "emigrants,L,person,total,\n",
                        "indicators.csv:2: column 'aggregation': unknown aggregation 'total'; expected one of flow,"
                                + " stock, share, rank, duration, date"),
                Arguments.of("indicators.csv", indicators + "emigrants,L,person,flow,\nemigrants,L,person,flow,\n",
                        "indicators.csv:3: column 'id': duplicate id 'emigrants', first on line 2; expected ids unique"
                                + " in indicators.csv"),
                Arguments.of("rates.csv", rates + "2024-02-30,USD,RUB,92.5,s1\n",
                        "rates.csv:2: column 'date': bad date '2024-02-30'; expected a day YYYY-MM-DD"),
                Arguments.of("rates.csv", rates + "2024-02-29,USD,XYZ,92.5,s1\n",
                        "rates.csv:2: column 'quote': unknown currency 'XYZ'; expected an ISO 4217 code such as USD"),
                Arguments.of("rates.csv", rates + "2024-02-29,USD,RUB,0,s1\n",
                        "rates.csv:2: column 'rate': rate must be positive, was 0"),
                Arguments.of("rates.csv", rates + "2024-02-29,USD,USD,1,s1\n",
                        "rates.csv:2: column 'quote': rate prices USD in itself"),
                Arguments.of("rates.csv", rates + "2024-02-29,USD,RUB,92.5,s7\n",
                        "rates.csv:2: column 'source': unknown source 's7'; expected an id of sources.csv"),
                Arguments.of("relations.csv", "id,expression,description\nr1,,d\n",
                        "relations.csv:2: column 'expression': missing value; expected a rule such as wave1 + wave2 <= total"),
                Arguments.of("claims.csv", TinyDataset.CLAIMS_HEADER.replace(",hedge", "") + "\nc1\n",
                        "claims.csv:1: column 'hedge': required column is missing from the header (columns may come in"
                                + " any order; extra columns are allowed)"),
                Arguments.of("claims.csv", TinyDataset.CLAIMS_HEADER + ",note,note\n",
                        "claims.csv:1: column 'note': column name appears twice in the header (columns 15 and 16);"
                                + " expected unique names"),
                Arguments.of("claims.csv", "",
                        "claims.csv: file is empty; expected a header line naming id, indicator, entity, period_start,"
                                + " period_end, value, lower, upper, unit, hedge, kind, claimant, source, quote"),
                Arguments.of("datapackage.json", "{\"name\": \"tiny\",\n \"title\": 3}",
                        "datapackage.json:2: property 'title': expected a string, found number"),
                Arguments.of("datapackage.json", "{\"title\": \"T\"}",
                        "datapackage.json: property 'name': missing; expected a string"),
                Arguments.of("datapackage.json", "{\"name\": \"Tiny Data\"}",
                        "datapackage.json:1: property 'name': bad package name; expected lower-case letters, digits,"
                                + " '.', '_' and '-'"),
                Arguments.of("datapackage.json", "{\"name\": \"tiny\",\n\"licenses\": [\n{\"title\": \"x\"}]}",
                        "datapackage.json:3: property 'licenses.0': expected a licence with a \"name\" or \"path\" string"),
                Arguments.of("datapackage.json", "{\"name\": \"tiny\",\n\"resources\": [{\"path\": \"claimz.csv\"}]}",
                        "datapackage.json:2: property 'resources.0.path': resource file 'claimz.csv' is not in the dataset"
                                + " folder; expected a file name such as claims.csv"),
                Arguments.of("datapackage.json", "{\"name\": \"tiny\",\n\"title\": }",
                        "datapackage.json:2: not valid JSON: Unexpected character ('}' (code 125)): expected a value"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void read_reportsBadFileContent(String file, String content, String expected) {
        assertEquals(List.of(expected), errors(TinyDataset.valid().text(file, content)));
    }

    @Test
    void read_reportsMissingFiles() {
        assertEquals(List.of("datapackage.json: file is missing; expected a Frictionless data package descriptor with"
                        + " at least a name",
                "claims.csv: file is missing; expected a CSV file with the columns id, indicator, entity, period_start,"
                        + " period_end, value, lower, upper, unit, hedge, kind, claimant, source, quote"),
                errors(TinyDataset.valid().without("datapackage.json").without("claims.csv")));
    }

    @Test
    void read_collectsEveryErrorOfEveryFileInOneException() {
        TinyDataset dataset = TinyDataset.valid()
                .text("sources.csv", "id,publisher,title,url,published,author,language,derived_from,document\n"
                        + "s1,R,T,,2024-13,,,,\n")
                .claims(TinyDataset.CLAIM, "c2,emigrants,RU,2022,2022,7,,,person,about,statement,X,s1,\"two\nlines\"",
                        "", "c1,emigrants,RU,2022,2022,x,,,person,exact,statement,X,s2,q");
        DatasetException e = assertThrows(DatasetException.class, () -> ClaimDatasets.read(dataset.writeTo(dir)));
        assertEquals("5 errors in dataset " + dir + ":\n"
                + "sources.csv:2: column 'published': bad date '2024-13': month must be 1 to 12 (or 0 for a year), was 13\n"
                + "claims.csv:3: column 'hedge': unknown hedge 'about'; expected one of " + HEDGES + "\n"
                + "claims.csv:6: column 'id': duplicate id 'c1', first on line 2; expected ids unique in claims.csv\n"
                + "claims.csv:6: column 'value': bad number 'x'; " + BAD_NUMBER + "\n"
                + "claims.csv:6: column 'source': unknown source 's2'; expected an id of sources.csv", e.getMessage());
        assertEquals(new DatasetError("claims.csv", 6, "value", "x", "bad number 'x'; " + BAD_NUMBER), e.getErrors().get(3));
    }

    @Test
    void read_duplicateIds_ignoreRecordsOfTheWrongWidthAndStillNameBadCells() {
        String c = ",emigrants,RU,2022,2022,";
        assertEquals(List.of("claims.csv:2: record has 13 fields; expected 14 as in the header",
                "claims.csv:4: column 'id': duplicate id 'c1', first on line 3; expected ids unique in claims.csv",
                "claims.csv:4: column 'value': bad number '1x'; " + BAD_NUMBER,
                "claims.csv:5: column 'hedge': unknown hedge 'about'; expected one of " + HEDGES),
                errors(TinyDataset.valid().claims("c1" + c + "1,,,person,exact,statement,X,s1",
                        "c1" + c + "1,,,person,exact,statement,X,s1,q", "c1" + c + "1x,,,person,exact,statement,X,s1,q",
                        "c2" + c + "1,,,person,about,statement,X,s1,q")));
    }

    @Test
    void read_rejectsBytesThatAreNotUtf8() {
        byte[] bad = (TinyDataset.CLAIMS_HEADER + "\n" + TinyDataset.CLAIM + "\nc2,emigrants,RU,2022,2022,1,,,person,"
                + "exact,statement,X,s1,caf").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withLatin1 = java.util.Arrays.copyOf(bad, bad.length + 2);
        withLatin1[bad.length] = (byte) 0xE9;
        withLatin1[bad.length + 1] = '\n';
        assertEquals(List.of("claims.csv:3: bytes that are not UTF-8; expected a UTF-8 file; the rest of the file was not read"), errors(TinyDataset.valid().bytes("claims.csv", withLatin1)));
    }
}
