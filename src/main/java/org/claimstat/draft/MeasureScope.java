package org.claimstat.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Unit;

/**
 * What the words around a count or an amount add to its measure: where people displaced or arriving went (inside
 * their country, abroad, into one country) and a rate per day or year, each a measure of its own.
 */
final class MeasureScope {
    /** "daily", "a year", "per month": a rate, unless something rises or grows by it ("a figure rising daily"). */
    private static final Pattern RATE = Pattern.compile("(?i)(?<!rising |growing |increasing |climbing )\\b(?:daily|"
            + "annually|(?:a|per|each|every) (?:day|week|month|year))\\b");
    /** "displaced inside and outside Sudan": all the displaced, wherever they went. */
    private static final Pattern BOTH_SIDES = Pattern.compile("(?i)\\b(?:inside|within|internally)\\b[^,;.]{0,30}"
            + "\\b(?:and|or)\\s+(?:outside|abroad|refugees|across)|\\b(?:outside|abroad)\\b[^,;.]{0,20}\\band\\s+(?:inside|within)");
    /** Where people went that is no one country: "abroad", "to neighbouring countries", "across borders". */
    private static final Pattern ABROAD = Pattern.compile("(?i)\\babroad\\b|\\bacross (?:the |its |their )?borders?\\b|"
            + "\\b(?:in|to|into|for) (?:the )?(?:neighbou?ring|other|nearby|surrounding) countries\\b|"
            + "\\boutside (?:the|their|its) (?:country|homeland)\\b");
    /** "internally displaced", "displaced within Sudan", "sought refuge inside the country". */
    private static final Pattern INSIDE = Pattern.compile("(?i)\\binternally\\b|\\bIDPs?\\b|"
            + "\\b(?:within|inside) (?:war-torn |the )?(?:country|\\p{Lu}\\p{L}+)\\b");

    private MeasureScope() {
    }

    /**
     * Returns {@code key} made a rate where the words after the number (to the next comma) say one: "630 people
     * crossing the border daily", "$100 billion a year", "costing £6 million a day" measure per day or year, apart
     * from the totals. "a figure rising daily" is no rate.
     */
    static IndicatorKeys.Key perTime(IndicatorKeys.Key key, String clause, int end, Unit unit) {
        int comma = clause.indexOf(',', end);
        Matcher rate = RATE.matcher(clause).region(end, comma < 0 ? clause.length() : comma);
        if (!rate.find() || key.measure().isEmpty()) {
            return key;
        }
        String per = rate.group().toLowerCase(Locale.ROOT);
        String time = per.equals("daily") ? "day" : per.equals("annually") ? "year" : per.substring(per.indexOf(' ') + 1);
        return IndicatorKeys.key(key.measure() + "_per_" + time, key.label() + " per " + time, unit,
                key.why() + " per " + time + ": '" + rate.group() + "'");
    }

    /**
     * Returns the key of people displaced or arriving where the words say where they went: displaced "internally",
     * "within" or "inside" the country are the internally displaced, apart from all the displaced; displaced "abroad"
     * or "in neighbouring countries", and arrivals in no one country ("crossed into neighbouring countries") left
     * their country. Empty where the words say neither ("displaced inside and outside Sudan" are all the displaced).
     */
    static Optional<IndicatorKeys.Key> whither(Measure measure, String clause, int at, int length, Unit unit, String words) {
        if (measure != Measure.DISPLACED && measure != Measure.ARRIVED || BOTH_SIDES.matcher(clause).find()) {
            return Optional.empty();
        }
        String after = clause.substring(at + length);
        Matcher abroad = ABROAD.matcher(measure == Measure.ARRIVED ? after : clause);
        if (abroad.find()) {
            return Optional.of(IndicatorKeys.key(Measure.LEFT.id, Measure.LEFT.label("people"), unit,
                    "a count of '" + words + "', gone '" + abroad.group() + "'"));
        }
        Matcher inside = INSIDE.matcher(clause);
        if (measure == Measure.DISPLACED && inside.find()) {
            return Optional.of(IndicatorKeys.key("displaced_internally", "people internally displaced", unit,
                    "a count of '" + words + "', '" + inside.group() + "'"));
        }
        return Optional.empty();
    }
}
