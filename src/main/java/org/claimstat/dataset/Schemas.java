package org.claimstat.dataset;

import java.util.List;
import java.util.Set;
import org.claimstat.dataset.CsvSchema.Field;
import org.claimstat.dataset.CsvSchema.ForeignKey;

/** The five dataset files and their contract columns; the column indexes name positions in {@link CsvSchema#fields()}. */
final class Schemas {
    static final int C_ID = 0;
    static final int C_INDICATOR = 1;
    static final int C_ENTITY = 2;
    static final int C_PERIOD_START = 3;
    static final int C_PERIOD_END = 4;
    static final int C_VALUE = 5;
    static final int C_LOWER = 6;
    static final int C_UPPER = 7;
    static final int C_UNIT = 8;
    static final int C_HEDGE = 9;
    static final int C_KIND = 10;
    static final int C_CLAIMANT = 11;
    static final int C_SOURCE = 12;
    static final int C_QUOTE = 13;

    /**
     * A date of year, month or day precision as {@code PartialDate.parse} reads it: a Frictionless {@code pattern},
     * anchored because datapackage-js (tableschema-js) matches a pattern anywhere in the cell.
     */
    static final String DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
    /** A plain decimal as the reader takes it (no exponent, no separators), or a date of month or day precision. */
    static final String VALUE_PATTERN = "^(-?[0-9]+(\\.[0-9]+)?|[0-9]{4}-[0-9]{2}(-[0-9]{2})?)$";
    private static final String DATE_TEXT = "ISO date of year, month or day precision (YYYY, YYYY-MM, YYYY-MM-DD)";
    private static final String VALUE_TEXT = "a plain decimal such as 200000 or 7.25, or a date (YYYY, YYYY-MM,"
            + " YYYY-MM-DD) when unit is date";

    static final CsvSchema CLAIMS = new CsvSchema("claims", true, List.of(
            new Field("id", "string", "Claim id, unique in the dataset"),
            new Field("indicator", "string", "Id of the indicator (indicators.csv) the claim measures"),
            new Field("entity", "string", "What the claim is about: ISO 3166 code for a country, or a name"),
            new Field("period_start", "string", "First date the claim is about, " + DATE_TEXT + "; empty if open",
                    DATE_PATTERN),
            new Field("period_end", "string", "Last date the claim is about, " + DATE_TEXT + "; empty if open",
                    DATE_PATTERN),
            new Field("value", "string", "The stated value as written: " + VALUE_TEXT + "; empty for a range",
                    VALUE_PATTERN),
            new Field("lower", "string", "Explicit lower bound, same form as value; empty where the hedge leaves it",
                    VALUE_PATTERN),
            new Field("upper", "string", "Explicit upper bound, same form as value; empty where the hedge leaves it",
                    VALUE_PATTERN),
            new Field("unit", "string", "Counted noun (person), ISO 4217 code (USD), percent, rank:N, a unit"
                    + " symbol (month, GW) or date"),
            new Field("hedge", "string", "exact, approximately, estimate, nearly, up_to, at_most, less_than,"
                    + " at_least, more_than or range"),
            new Field("kind", "string", "statement, estimate, forecast, observation, official_statement or event"),
            new Field("claimant", "string", "Who stated the number (not the outlet that reported it)"),
            new Field("source", "string", "Id of the source (sources.csv) the claim was published in"),
            new Field("quote", "string", "A few words of the source containing the number")),
            "id", List.of(new ForeignKey("indicator", "indicators", "id"), new ForeignKey("source", "sources", "id")),
            Set.of("indicator", "entity", "period_start", "period_end", "unit", "hedge", "kind", "claimant", "source"),
            Set.of("value", "lower", "upper"), Set.of("quote"));

    static final int S_ID = 0;
    static final int S_PUBLISHER = 1;
    static final int S_TITLE = 2;
    static final int S_URL = 3;
    static final int S_PUBLISHED = 4;
    static final int S_AUTHOR = 5;
    static final int S_LANGUAGE = 6;
    static final int S_DERIVED_FROM = 7;
    static final int S_DOCUMENT = 8;

    static final CsvSchema SOURCES = new CsvSchema("sources", true, List.of(
            new Field("id", "string", "Source id, unique in the dataset"),
            new Field("publisher", "string", "The outlet or body that published it"),
            new Field("title", "string", "Title of the piece"),
            new Field("url", "string", "Where it can be read; empty if unknown"),
            new Field("published", "string", "Publication date, " + DATE_TEXT + "; empty if unknown", DATE_PATTERN),
            new Field("author", "string", "Author; empty if not named"),
            new Field("language", "string", "BCP 47 language tag (en); empty if unknown"),
            new Field("derived_from", "string", "The wire service or source this one copies (AFP); empty if none"),
            new Field("document", "string", "Local text file the claims were read from; empty if none")),
            "id", List.of(), Set.of("publisher", "published", "author", "language", "derived_from"));

    static final int I_ID = 0;
    static final int I_LABEL = 1;
    static final int I_UNIT = 2;
    static final int I_AGGREGATION = 3;
    static final int I_DESCRIPTION = 4;

    static final CsvSchema INDICATORS = new CsvSchema("indicators", true, List.of(
            new Field("id", "string", "Indicator id, unique in the dataset"),
            new Field("label", "string", "Short human label"),
            new Field("unit", "string", "The indicator's unit, same forms as claims.unit"),
            new Field("aggregation", "string", "flow, stock, share, rank, duration or date"),
            new Field("description", "string", "What exactly is counted")),
            "id", List.of(), Set.of("unit", "aggregation"));

    static final int R_DATE = 0;
    static final int R_BASE = 1;
    static final int R_QUOTE = 2;
    static final int R_RATE = 3;
    static final int R_SOURCE = 4;

    static final CsvSchema RATES = new CsvSchema("rates", false, List.of(
            new Field("date", "date", "Day the rate held (YYYY-MM-DD)"),
            new Field("base", "string", "ISO 4217 code of the currency priced"),
            new Field("quote", "string", "ISO 4217 code of the currency the price is in"),
            new Field("rate", "number", "Units of quote one base buys: 1 base = rate quote"),
            new Field("source", "string", "Id of the source (sources.csv) of the rate")),
            "", List.of(new ForeignKey("source", "sources", "id")), Set.of("date", "base", "quote", "source"));

    static final int L_ID = 0;
    static final int L_EXPRESSION = 1;
    static final int L_DESCRIPTION = 2;

    static final CsvSchema RELATIONS = new CsvSchema("relations", false, List.of(
            new Field("id", "string", "Relation id, unique in the dataset"),
            new Field("expression", "string", "Rule over indicator ids, such as wave1 + wave2 <= total"),
            new Field("description", "string", "What the rule means")),
            "id", List.of(), Set.of());

    /**
     * Extra columns the reader validates, typed like contract columns in {@code datapackage.json}; other extra columns
     * are strings.
     */
    static final Field EDITION = new Field(Cells.EDITION, "string", "The edition or vintage of the figure: "
            + DATE_TEXT + "; empty if none", DATE_PATTERN);

    /** All dataset files in the order they are read and written. */
    static final List<CsvSchema> ALL = List.of(SOURCES, INDICATORS, CLAIMS, RATES, RELATIONS);

    private Schemas() {
    }
}
