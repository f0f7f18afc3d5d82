package org.claimstat.extract;

import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.claimstat.Hedge;
import org.claimstat.Interval;
import org.claimstat.PartialDate;
import org.claimstat.Quantity;
import org.claimstat.Unit;
import org.claimstat.Value;

/**
 * One quantity or date found in a document: where it is, what was written, and what it means.
 *
 * <p>{@code start} and {@code end} are {@link String} indices into the original text, so
 * {@code text.substring(start, end)} is {@link #text()} even where the document hid other scripts
 * inside words. The {@link #quantity()} holds the value, hedge, bounds and unit; its
 * {@link Quantity#interval()} is the interval the words imply. A date written without a year
 * ("December 30") has no quantity until a year is known: see {@link #yearless()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param doc the document's name
 * @param start index of the first char in the original text
 * @param end index after the last char
 * @param text the original text of the span, hedge and unit words included
 * @param number the number or numbers as written ("95,000", "six to nine")
 * @param kind what sort of quantity
 * @param hedge the hedge the words around the number imply
 * @param unit the unit ({@code person}, {@code USD}, {@code percent}, {@code month}, {@code rank:83}, {@code date})
 * @param quantity the quantity, empty only for a date without a year
 * @param yearless the month and day of a date written without a year
 * @param scale the scale word as written ("billion", "bn"), if any
 * @param counted the noun phrase of what is counted ("IT workers"), empty if none was found
 * @param secondary the same amount in a second currency, in brackets after it
 * @param anchor what a duration is counted from ("34 months after" this), if stated
 * @param boilerplate whether the span lies in advertising, navigation, a bio or other-language text
 * @param mixedScript the words of the span that mix scripts, as written
 * @param per what the amount is per, where a rate is written ("$3 per gallon" {@code gal}, "per capita"
 *     {@code capita}, "2 million tonnes a year" {@code year}): a unit symbol, a time unit or a counted noun
 * @param change whether the number is a change or a growth rate ("rose 8.1 percent", "up 2 points"), not a level
 */
public record Mention(String doc, int start, int end, String text, String number, Kind kind, Hedge hedge, Unit unit,
                      Optional<Quantity> quantity, Optional<YearlessDate> yearless, Optional<String> scale,
                      String counted, Optional<Mention> secondary, Optional<String> anchor, boolean boilerplate,
                      List<String> mixedScript, Optional<String> per, boolean change) {

    /** A mention of a level with no "per": the components before {@code per} and {@code change} were added. */
    public Mention(String doc, int start, int end, String text, String number, Kind kind, Hedge hedge, Unit unit,
                   Optional<Quantity> quantity, Optional<YearlessDate> yearless, Optional<String> scale,
                   String counted, Optional<Mention> secondary, Optional<String> anchor, boolean boilerplate,
                   List<String> mixedScript) {
        this(doc, start, end, text, number, kind, hedge, unit, quantity, yearless, scale, counted, secondary, anchor,
                boilerplate, mixedScript, Optional.empty(), false);
    }

    /** What sort of quantity a mention is; {@link #code()} is used in JSON. */
    public enum Kind {
        /** A count of things. */
        QUANTITY,
        /** A percentage. */
        PERCENT,
        /** An amount of money. */
        CURRENCY,
        /** A physical quantity (GW, km). */
        PHYSICAL,
        /** A length of time. */
        DURATION,
        /** A place in a ranking of a stated size. */
        RANK,
        /** A date or a range of dates. */
        DATE;

        /** Returns the lower-case name used in JSON, such as {@code percent}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A date written without its year: "December 30" or "the end of March".
     *
     * @param month the month
     * @param day the day of the month, or 0 where only the month is written
     */
    public record YearlessDate(Month month, int day) {
        /** Rejects a day that no month has. */
        public YearlessDate {
            Objects.requireNonNull(month, "month");
            if (day < 0 || day > month.maxLength()) {
                throw new IllegalArgumentException("day must be 1 to " + month.maxLength() + " of " + month
                        + " (or 0 for the month), was " + day);
            }
        }

        /** Returns the date in {@code year}, such as 2024-12-30. */
        public PartialDate inYear(int year) {
            return new PartialDate(year, month.getValue(), day);
        }

        /** Returns the ISO 8601 form without a year: {@code --12-30}, or {@code --03} for a month. */
        @Override
        public String toString() {
            return day == 0 ? String.format("--%02d", month.getValue())
                    : String.format("--%02d-%02d", month.getValue(), day);
        }
    }

    /** Checks the span and that exactly one of quantity and yearless date is given. */
    public Mention {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(yearless, "yearless");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(per, "per");
        mixedScript = List.copyOf(mixedScript);
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit text '" + text + "'");
        }
        if (quantity.isPresent() == yearless.isPresent()) {
            throw new IllegalArgumentException("a mention needs either a quantity or a yearless date, not "
                    + (quantity.isPresent() ? "both" : "neither"));
        }
    }

    /**
     * Returns what the unit measures: {@code count}, {@code money}, {@code percent}, {@code rank}, {@code date},
     * {@code time}, or a physical dimension ({@code length}, {@code area}, {@code speed}, {@code mass}, {@code power},
     * {@code energy}, {@code temperature} ...); a rate adds that of its {@link #per()} after a slash
     * ({@code money/volume} for "$3 per gallon", {@code count/time} for "300 people per day").
     */
    public String dimension() {
        return Dimensions.of(unit) + per.map(p -> "/" + Dimensions.ofPer(p)).orElse("");
    }

    /** Returns the stated value, empty for a range stated by its bounds or a yearless date. */
    public Optional<Value> value() {
        return quantity.flatMap(Quantity::value);
    }

    /** Returns the explicit lower bound of a range. */
    public Optional<Value> lower() {
        return quantity.flatMap(Quantity::lower);
    }

    /** Returns the explicit upper bound of a range. */
    public Optional<Value> upper() {
        return quantity.flatMap(Quantity::upper);
    }

    /** Returns the interval the quantity means ({@link Quantity#interval()}), empty for a yearless date. */
    public Optional<Interval> interval() {
        return quantity.map(Quantity::interval);
    }

    /** Returns the value in file form: {@code 200000}, {@code 2024-02}, {@code --12-30}; empty for a range. */
    public Optional<String> valueText() {
        return yearless.isPresent() ? yearless.map(YearlessDate::toString) : value().map(Value::toString);
    }

    /** Returns a short form such as {@code 002 120..134 nearly 95000 vacancy "vacancies"}. */
    @Override
    public String toString() {
        String stated = quantity.map(Quantity::toString).orElseGet(() -> hedge + " " + yearless.orElseThrow() + " date");
        return doc + " " + start + ".." + end + " " + stated + (counted.isEmpty() ? "" : " \"" + counted + "\"")
                + (boilerplate ? " [boilerplate]" : "");
    }
}
