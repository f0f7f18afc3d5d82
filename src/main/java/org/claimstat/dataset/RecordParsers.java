package org.claimstat.dataset;

import static org.claimstat.dataset.Schemas.I_AGGREGATION;
import static org.claimstat.dataset.Schemas.I_DESCRIPTION;
import static org.claimstat.dataset.Schemas.I_ID;
import static org.claimstat.dataset.Schemas.I_LABEL;
import static org.claimstat.dataset.Schemas.I_UNIT;
import static org.claimstat.dataset.Schemas.L_DESCRIPTION;
import static org.claimstat.dataset.Schemas.L_EXPRESSION;
import static org.claimstat.dataset.Schemas.L_ID;
import static org.claimstat.dataset.Schemas.R_BASE;
import static org.claimstat.dataset.Schemas.R_DATE;
import static org.claimstat.dataset.Schemas.R_QUOTE;
import static org.claimstat.dataset.Schemas.R_RATE;
import static org.claimstat.dataset.Schemas.R_SOURCE;
import static org.claimstat.dataset.Schemas.S_AUTHOR;
import static org.claimstat.dataset.Schemas.S_DERIVED_FROM;
import static org.claimstat.dataset.Schemas.S_DOCUMENT;
import static org.claimstat.dataset.Schemas.S_ID;
import static org.claimstat.dataset.Schemas.S_LANGUAGE;
import static org.claimstat.dataset.Schemas.S_PUBLISHED;
import static org.claimstat.dataset.Schemas.S_PUBLISHER;
import static org.claimstat.dataset.Schemas.S_TITLE;
import static org.claimstat.dataset.Schemas.S_URL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Aggregation;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.RelationRule;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;

/** Turns the records of {@code sources.csv}, {@code indicators.csv}, {@code rates.csv} and {@code relations.csv} into model records. */
final class RecordParsers {
    private RecordParsers() {
    }

    static Optional<Source> source(Row row, Cells cells) {
        String id = row.required(S_ID, "a source id");
        Optional<PartialDate> published = cells.date(row, S_PUBLISHED);
        cells.edition(row);
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Source(id, row.get(S_PUBLISHER), row.get(S_TITLE), optional(row, S_URL), published,
                optional(row, S_AUTHOR), optional(row, S_LANGUAGE), optional(row, S_DERIVED_FROM),
                optional(row, S_DOCUMENT), row.extra()));
    }

    static Optional<Indicator> indicator(Row row, Cells cells) {
        String id = row.required(I_ID, "an indicator id");
        Optional<Unit> unit = cells.unit(row, I_UNIT);
        String code = row.required(I_AGGREGATION, "one of flow, stock, share, rank, duration, date");
        Optional<Aggregation> aggregation = Optional.empty();
        if (!code.isEmpty()) {
            try {
                aggregation = Optional.of(Aggregation.parse(code));
            } catch (IllegalArgumentException e) {
                row.error(I_AGGREGATION, e.getMessage());
            }
        }
        String signed = row.extra(Indicator.SIGNED);
        if (signed != null && !signed.isEmpty() && !signed.equals("true") && !signed.equals("false")) {
            row.extraError(Indicator.SIGNED, "bad flag '" + signed + "'; expected true, false or empty (false)");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(id, row.get(I_LABEL), unit.orElseThrow(), aggregation.orElseThrow(),
                row.get(I_DESCRIPTION), row.extra()));
    }

    static Optional<Rate> rate(Row row, Cells cells, Optional<Set<String>> sources) {
        LocalDate date = day(row);
        Currency base = currency(row, R_BASE);
        Currency quote = currency(row, R_QUOTE);
        row.required(R_RATE, "a positive plain decimal such as 92.5");
        Optional<Value> rate = cells.decimal(row, R_RATE);
        String source = row.required(R_SOURCE, "the id of a source in sources.csv");
        if (!source.isEmpty() && sources.isPresent() && !sources.get().contains(source)) {
            row.error(R_SOURCE, "unknown source '" + source + "'; expected an id of sources.csv");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        BigDecimal number = ((Value.Decimal) rate.orElseThrow()).number();
        try {
            return Optional.of(new Rate(date, base, quote, number, source, row.extra()));
        } catch (IllegalArgumentException e) {
            row.error(number.signum() <= 0 ? R_RATE : R_QUOTE, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Returns the relation of a record whose expression parses ({@link RelationRule#parse}) and, where
     * indicators.csv could be read, names only its indicators and names entities for all its references or none.
     */
    static Optional<Relation> relation(Row row, Optional<Set<String>> indicators) {
        String id = row.required(L_ID, "a relation id");
        String expression = row.required(L_EXPRESSION, "a rule such as wave1 + wave2 <= total");
        if (!expression.isEmpty()) {
            try {
                RelationRule rule = RelationRule.parse(expression);
                for (String problem : rule.problems(indicators.orElse(rule.indicators()))) {
                    row.error(L_EXPRESSION, "relation " + problem);
                }
            } catch (IllegalArgumentException e) {
                row.error(L_EXPRESSION, "cannot read the relation: " + e.getMessage());
            }
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Relation(id, expression, row.get(L_DESCRIPTION), row.extra()));
    }

    private static LocalDate day(Row row) {
        String text = row.required(R_DATE, "a day YYYY-MM-DD");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            row.error(R_DATE, "bad date '" + text + "'; expected a day YYYY-MM-DD");
            return null;
        }
    }

    private static Currency currency(Row row, int column) {
        String code = row.required(column, "an ISO 4217 currency code such as USD");
        if (code.isEmpty()) {
            return null;
        }
        if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        row.error(column, "unknown currency '" + code + "'; expected an ISO 4217 code such as USD");
        return null;
    }

    private static Optional<String> optional(Row row, int column) {
        String text = row.get(column);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
