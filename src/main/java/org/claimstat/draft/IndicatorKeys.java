package org.claimstat.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Period;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.claimstat.extract.Mention;

/**
 * Names what a figure measures, so that figures of different articles that measure the same thing share a key:
 * people who left a country, arrivals in a country (crossings included), deaths, rescues, an average, a change on
 * the same period N years before, else the counted noun or unit; each with the country and unit. A count whose
 * clause names no measure gets the measure {@code ""}, which {@link IndicatorGroups} joins to the usual measure of its
 * country and unit.
 */
final class IndicatorKeys {
    private static final Pattern LEAVING = Pattern.compile("(?i)\\b(?:left(?![^.,;]{0,40}\\b(?:dead|missing|injured|"
            + "homeless|wounded|stranded|without)\\b)|leave|leaving|fled|flee|fleeing|"
            + "emigrat\\w*|exodus|departed|departures?|exit\\w*|escap\\w*|outflow|brain drain|quit)\\b");
    private static final Pattern FLED_TO = Pattern.compile("(?i)\\w+\\s+(?:\\w+\\s+){0,3}?(?:to|into)\\s+(?:the\\s+)?[A-Z]");
    private static final Pattern DYING = Pattern.compile("(?i)\\b(?:died|dead|deaths?|killed|drowned|lost their lives|"
            + "victims|fatalities|casualties|death toll|perished)\\b");
    private static final Pattern MISSING = Pattern.compile("(?i)\\b(?:missing|unaccounted for)\\b");
    private static final Pattern DISPLACED = Pattern.compile("(?i)\\b(?:displaced|homeless|evacuated)\\b");
    private static final Pattern BURIED = Pattern.compile("(?i)\\b(?:buried|burials?)\\b");
    private static final Pattern INJURED = Pattern.compile("(?i)\\b(?:injured|wounded|hurt)\\b");
    private static final Pattern AFFECTED = Pattern.compile("(?i)\\b(?:affected|in need)\\b");
    private static final Pattern RESCUED = Pattern.compile("(?i)\\b(?:rescued|rescues?|saved|picked up)\\b");
    private static final Pattern TOTAL = Pattern.compile("(?i)\\b(?:total\\w*|in all|combined|tally|so far|"
            + "altogether|cumulative|overall|sum|countries|nations|donors|parties)\\b");
    private static final Pattern PLEDGE = Pattern.compile("(?i)\\b(?:pledg\\w*|commit\\w*|contribut\\w*|promis\\w*|"
            + "donat\\w*|grant\\w*|allocat\\w*|earmark\\w*|announc\\w*|provid\\w*|give|gave|giving)\\b");
    private static final Pattern RECEIVED = Pattern.compile("(?i)\\b(?:received|disbursed|paid|transferred|delivered)\\b");
    private static final Pattern COST = Pattern.compile("(?i)\\b(?:cost\\w*|loss\\w*|damage\\w*|need\\w*|required|"
            + "demand\\w*|calling for|call for|goal|target)\\b");
    private static final Pattern ARRIVING = Pattern.compile("(?i)\\b(?:arriv\\w*|enter\\w*|entries|came|come|"
            + "coming|went|moved|relocat\\w*|settled|headed|flocked|poured|sought refuge|found refuge|inflow|influx|"
            + "(?<!red )cross\\w*|journey|landed|detected|made it)\\b");
    /** "came to around 4,000": amounted to, no arrival. */
    private static final Pattern AMOUNTED = Pattern.compile("(?i)^\\s+to\\s+(?:around|about|some|nearly|almost|more than|"
            + "over|\\d)");

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
     * Returns the key of mention {@code m} with unit {@code unit}, entity {@code entity} and period {@code period},
     * read in {@code clause} of {@code sentence}; {@code average} where it is an average, {@code change} where a
     * percentage of change, and {@code dates} the clause's dates.
     */
    static Key of(String sentence, String clause, Mention m, Unit unit, String entity, Period period, boolean average, boolean change,
                  java.util.List<Mention> dates) {
        String place = entity.isEmpty() ? "" : " " + entity;
        String noun = unit.equals(Unit.PERSON) ? "people" : unit.symbol();
        if (m.kind() == Mention.Kind.DATE) {
            return key("date", "dates of events", place, unit, "a date");
        }
        if (average) {
            return key("average", "average " + noun + " per item", place, unit, "an average");
        }
        if (m.kind() == Mention.Kind.PERCENT) {
            if (change) {
                int years = yearsBack(m, period, dates);
                return key("change_" + years + "y", "change on the same period " + years + " year"
                        + (years == 1 ? "" : "s") + " before", place, unit, "a change in percent");
            }
            String of = m.counted().isEmpty() ? "" : " of " + m.counted().toLowerCase(Locale.ROOT);
            return key("share" + of, "share" + of, place, unit, "a share");
        }
        if (unit.kind() == Unit.Kind.COUNT) {
            if (Kinds.isPopulation(m, clause)) {
                return key("population", "population", place, unit, "the size of a place's population");
            }
            Matcher[] ms = {DYING.matcher(clause), RESCUED.matcher(clause), LEAVING.matcher(clause),
                ARRIVING.matcher(clause), MISSING.matcher(clause), DISPLACED.matcher(clause), BURIED.matcher(clause),
                INJURED.matcher(clause), AFFECTED.matcher(clause)};
            String[] measures = {"died", "rescued", "left", "arrived", "missing", "displaced", "buried", "injured",
                "affected"};
            String[] labels = {noun + " who died", noun + " rescued", noun + " who left", noun + " arriving",
                noun + " missing", noun + " displaced", noun + " buried", noun + " injured", noun + " affected"};
            int number = Math.max(0, clause.indexOf(m.text()));
            int best = -1;
            int at = Integer.MAX_VALUE;
            int distance = Integer.MAX_VALUE;
            for (int k = 0; k < ms.length; k++) {
                while (ms[k].find()) {
                    if (k == 3 && ms[k].group().equalsIgnoreCase("came")
                            && AMOUNTED.matcher(clause.substring(ms[k].end())).find()) {
                        continue;
                    }
                    int d = ms[k].end() <= number ? number - ms[k].end()
                            : Math.max(0, ms[k].start() - number - m.text().length());
                    if (d < distance) {
                        best = k;
                        at = ms[k].start();
                        distance = d;
                    }
                }
                ms[k].reset();
                if (best == k) {
                    ms[k].find(at);
                }
            }
            if (best == 2 && FLED_TO.matcher(clause.substring(at)).lookingAt()) {
                return key(measures[3], labels[3], place, unit, "a count of '" + ms[2].group() + "' to a place");
            }
            if (best >= 0) {
                return key(measures[best], labels[best], place, unit, "a count of '" + ms[best].group() + "'");
            }
            return key("", noun, place, unit, "a count that names no measure");
        }
        if (unit.kind() == Unit.Kind.CURRENCY) {
            String near = around(clause, m);
            Matcher[] ms = {TOTAL.matcher(near), RECEIVED.matcher(near), PLEDGE.matcher(sentence), COST.matcher(clause)};
            String[] measures = {"total", "received", "pledged", "cost"};
            for (int k = 0; k < ms.length; k++) {
                if (ms[k].find()) {
                    return key(measures[k] + "_money", "money " + measures[k], place, unit,
                            "money, from '" + ms[k].group() + "'");
                }
            }
            return key("money", "money", place, unit, "money");
        }
        return key(unit.symbol().toLowerCase(Locale.ROOT), noun, place, unit, "by unit");
    }

    /** Returns the words of {@code clause} within 40 chars of {@code m}'s text. */
    private static String around(String clause, Mention m) {
        int at = clause.indexOf(m.text());
        if (at < 0) {
            return clause;
        }
        return clause.substring(Math.max(0, at - 40), Math.min(clause.length(), at + m.text().length() + 40));
    }

    /** Returns the key of a measure: what is measured and in what sort of unit, not where (the entity tells that). */
    private static Key key(String measure, String label, String place, Unit unit, String why) {
        String unitClass = unit.kind() == Unit.Kind.CURRENCY ? "money" : unit.symbol();
        return new Key(measure, measure + ":" + unitClass, label, why);
    }

    /** Returns how many years before its period the base of a change lies: the first year after it, else one. */
    private static int yearsBack(Mention m, Period period, java.util.List<Mention> dates) {
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
