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
    /** "of the total damage": what a share is of, one or two words after the determiners. */
    private static final Pattern SHARE_OF = Pattern.compile("(?i)\\s*of\\s+(?:(?:the|its|their|this|that|all|"
            + "a|an|his|her|our|[\\p{L}]+'s|[\\p{L}]+’s)\\s+)?([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?");
    /** What an amount is, when no measure word says: a loan, assets, aid, a budget, GDP. */
    private static final String MONEY_NOUNS = "(assets|loans?|credits?|aid|grants?|investments?|budgets?|revenues?|"
            + "exports?|imports?|debts?|gdp|reserves|bonds?|guarantees?|subsid(?:y|ies)|salar(?:y|ies)|pensions?|"
            + "contracts?|deals?|deficits?|spending|profits?|sales|income)";
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)\\s*(?:(?:in|of|worth of|for)\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,3}?" + MONEY_NOUNS + "\\b");
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?i)\\b" + MONEY_NOUNS + "\\s+(?:of|at|worth|"
            + "totall?ing|reached|stood at|was|is|amounting to|to)\\s+(?:[\\p{L}-]+\\s+)?$");
    /** Names of the dimensions of units of measure: figures in km and in miles measure one length. */
    private static final Map<String, String> DIMENSIONS = Map.of("[L]", "length", "[L]²", "area", "[L]³", "volume",
            "[M]", "mass", "[T]", "duration", "[L]/[T]", "speed", "[L]·[T]⁻¹", "speed");
    /** Words near an amount pledged that make it a sum of several donors' pledges. */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\b(?:total\\w*|in all|combined|tally|so far|"
            + "altogether|cumulative|overall|sum|aggregate|countries|nations|donors|parties)\\b");
    /** "up 15% on", "down 23% on 2022": a percentage of change that the words before it say. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:up|down|higher|lower|rise of|fall of|"
            + "increase of|decrease of|drop of|jump of|shr[ai]nk|shrunk|grew|grown|fell|fallen|rose|risen|declined|"
            + "increased|decreased|dropped|jumped|surged|plunged|slumped|contracted|expanded|cut|raised)\\s+"
            + "(?:by\\s+)?(?:about |around |nearly |almost |some |over |"
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
            String whole = m.counted().isEmpty() ? whole(clause.substring(inClause + m.text().length()))
                    : m.counted().toLowerCase(Locale.ROOT);
            String of = whole.isEmpty() ? "" : " of " + whole;
            return key("share" + of, "share" + of, unit, "a share" + (whole.isEmpty() ? "" : " of '" + whole + "'"));
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
            Optional<Measure.Found> found = Measure.ofMoney(clause, inClause, m.text());
            if (found.isEmpty()) {
                String what = moneyNoun(clause, inClause, m.text().length());
                if (!what.isEmpty()) {
                    return key("money_" + what, "money: " + what, unit, "money, what it is: '" + what + "'");
                }
                found = Measure.ofMoney(sentence, inSentence, m.text());
            }
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

    /** Returns what an amount is ("a $50 billion loan", "GDP of $170 billion"), singular; empty where nothing says. */
    private static String moneyNoun(String clause, int at, int length) {
        Matcher after = MONEY_AFTER.matcher(clause).region(at + length, clause.length());
        Matcher before = MONEY_BEFORE.matcher(clause).region(0, at);
        String noun = after.lookingAt() ? after.group(1) : before.find() ? before.group(1) : "";
        noun = noun.toLowerCase(Locale.ROOT);
        return noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.endsWith("s") && !noun.equals("assets") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /**
     * Returns what a share is of, from the words after it ("9% of the total", "37% of the total damage"): the noun
     * after "of", its determiner and an adjective such as "total", or the measure it names where it names one; empty
     * where no "of" follows.
     */
    private static String whole(String after) {
        Matcher of = SHARE_OF.matcher(after);
        if (!of.lookingAt()) {
            return "";
        }
        String noun = of.group(2) != null && of.group(1).matches("(?i)total|overall|entire|whole|global|national|"
                + "annual|direct|indirect|estimated|economic|combined") ? of.group(2) : of.group(1);
        String word = noun.toLowerCase(Locale.ROOT);
        return Measure.named(word).map(m -> m.id).orElse(word);
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
