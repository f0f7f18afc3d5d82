package org.claimstat.draft;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Period;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.claimstat.extract.Mention;

/**
 * Names what a figure measures, so that figures of different articles that measure the same thing share a key: what
 * is measured ({@link Measure}: deaths, people missing, people who left a country, arrivals in one, money pledged,
 * money needed ...; an average, a share, a change on the same period N years before; else the counted noun or
 * unit) and the sort of unit (people, boats, money, a length). Not where: the entity tells that, so a national and a
 * city toll share a key. A count whose words name no measure gets the measure {@code ""}, which
 * {@link IndicatorGroups} joins to the usual measure of its unit.
 */
final class IndicatorKeys {
    /** Names of the dimensions of units of measure: figures in km and in miles measure one length. */
    private static final Map<String, String> DIMENSIONS = Map.of("[L]", "length", "[L]²", "area", "[L]³", "volume",
            "[M]", "mass", "[T]", "duration", "[L]/[T]", "speed", "[L]·[T]⁻¹", "speed");
    /** Words near an amount pledged that make it a sum of several donors' pledges. */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\b(?:total\\w*|in all|combined|tally|so far|"
            + "altogether|cumulative|overall|sum|aggregate|countries|nations|donors|parties)\\b");
    /** "up 15% on", "down 23% on 2022": a percentage of change that the words before it say. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:up|down|higher|lower|rise of|fall of|"
            + "increase of|decrease of|drop of|jump of)\\s+(?:by\\s+)?(?:about |around |nearly |almost |some |over |"
            + "more than )?$");

    /**
     * An indicator key with its label.
     *
     * @param measure what is measured ("arrived", "left", "change_1y"), empty where the clause names nothing
     * @param key the key mentions of one measure share
     * @param label a readable label
     * @param why the reason, for the review notes
     */
    record Key(String measure, String key, String label, String why) {
    }

    private IndicatorKeys() {
    }

    /**
     * Returns the key of mention {@code m} with unit {@code unit} and period {@code period}, read in {@code clause}
     * (where {@code m} stands at {@code inClause}) of {@code sentence} (at {@code inSentence}); {@code average} where
     * it is an average, {@code change} where a percentage of change, and {@code dates} the clause's dates.
     */
    static Key of(String sentence, int inSentence, String clause, int inClause, Mention m, Unit unit, Period period,
                  boolean average, boolean change, List<Mention> dates) {
        String noun = unit.equals(Unit.PERSON) ? "people" : unit.symbol();
        if (m.kind() == Mention.Kind.DATE) {
            return key("date", "dates of events", unit, "a date");
        }
        if (average) {
            return key("average", "average " + noun + " per item", unit, "an average");
        }
        if (m.kind() == Mention.Kind.PERCENT) {
            if (change || CHANGE_BEFORE.matcher(clause.substring(0, inClause)).find()) {
                int years = yearsBack(m, period, dates);
                return key("change_" + years + "y", "change on the same period " + years + " year"
                        + (years == 1 ? "" : "s") + " before", unit, "a change in percent");
            }
            String of = m.counted().isEmpty() ? "" : " of " + m.counted().toLowerCase(Locale.ROOT);
            return key("share" + of, "share" + of, unit, "a share");
        }
        if (unit.kind() == Unit.Kind.COUNT) {
            Optional<Measure.Found> found = Measure.ofCount(sentence, inSentence, clause, inClause, m.text(),
                    m.counted());
            if (found.isPresent()) {
                Measure measure = found.get().measure();
                return key(measure.id, measure.label(noun), unit, "a count of '" + found.get().words() + "'");
            }
            return key("", noun, unit, "a count that names no measure");
        }
        if (unit.kind() == Unit.Kind.CURRENCY) {
            Optional<Measure.Found> found = Measure.ofMoney(sentence, inSentence, clause, inClause, m.text());
            if (found.isEmpty()) {
                return key("money", "money", unit, "money");
            }
            Measure measure = found.get().measure();
            String why = "money, from '" + found.get().words() + "'";
            Matcher total = TOTAL.matcher(around(clause, inClause, m.text().length()));
            if (measure == Measure.PLEDGED && total.find()) {
                return key("pledged_total", "money pledged, all donors together", unit,
                        why + " and '" + total.group() + "'");
            }
            return key(measure.id, measure.label(noun), unit, why);
        }
        String quantity = unit.measure().map(u -> DIMENSIONS.getOrDefault(u.getDimension().toString(), "")).orElse("");
        return quantity.isEmpty() ? key(unit.symbol().toLowerCase(Locale.ROOT), noun, unit, "by unit")
                : key(quantity, quantity + " (" + noun + ")", unit, "by its unit, a " + quantity);
    }

    /** Returns the words of {@code clause} within 40 chars of the number at {@code at}, {@code length} chars long. */
    private static String around(String clause, int at, int length) {
        return clause.substring(Math.max(0, at - 40), Math.min(clause.length(), at + length + 40));
    }

    /**
     * Returns the key of a measure: what is measured and in what sort of unit (money of any currency, lengths in any
     * unit of length), not where (the entity tells that).
     */
    private static Key key(String measure, String label, Unit unit, String why) {
        String unitClass = unit.kind() == Unit.Kind.CURRENCY ? "money" : unit.kind() == Unit.Kind.COUNT
                ? unit.symbol() : unit.measure().map(u -> DIMENSIONS.getOrDefault(u.getDimension().toString(), ""))
                .filter(d -> !d.isEmpty()).orElse(unit.symbol());
        return new Key(measure, measure + ":" + unitClass, label, why);
    }

    /** Returns how many years before its period the base of a change lies: the first year after it, else one. */
    private static int yearsBack(Mention m, Period period, List<Mention> dates) {
        Optional<Integer> year = period.end().map(p -> p.year());
        for (Mention d : dates) {
            if (d.start() > m.end() && year.isPresent()) {
                Optional<Value> v = d.value().or(d::upper);
                if (v.isPresent() && v.get() instanceof Value.Date date) {
                    int n = year.get() - date.date().year();
                    if (n >= 1 && n <= 5) {
                        return n;
                    }
                }
            }
        }
        return 1;
    }
}
