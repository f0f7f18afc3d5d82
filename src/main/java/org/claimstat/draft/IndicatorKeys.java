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
    private static final String MONEY_NOUNS = "(assets|loan guarantees?|loans?|credits?|aid|grants?|investments?|"
            + "budgets?|revenues?|exports?|imports?|debts?|gdp|reserves|bonds?|guarantees?|subsid(?:y|ies)|"
            + "salar(?:y|ies)|pensions?|contracts?|deals?|deficits?|spending|profits?|sales|income|net results?|"
            + "net loss|net expenditures?)";
    /** What an amount is, after it across a bracketed conversion: "3 billion pounds (USD 3.8 billion) in loan guarantees". */
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)\\)?\\s*(?:\\([^)]{0,40}\\)\\s*)?"
            + "(?:(?:in|of|worth of|for)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?" + MONEY_NOUNS + "\\b");
    /** Nouns of an amount that make it another thing than the measure its clause names: a loan pledged is a loan. */
    private static final Pattern OWN_THING = Pattern.compile("assets|loan guarantee|loan|credit|guarantee|debt|gdp|"
            + "reserve|bond|revenue|export|import|deficit|profit|sale|income|salary|pension|subsidy|net result|"
            + "net loss|net expenditure");
    /** "increased by another US$6 billion": an amount that is the change of a measure, not its level. */
    private static final Pattern INCREASE_BEFORE = Pattern.compile("(?i)\\b(?:increased|increases|increasing|rose|"
            + "risen|rising|grew|grown|growing|climbed|jumped|went up|gone up|up|added)\\s+by\\s+(?:another\\s+|a further\\s+|"
            + "an additional\\s+|some\\s+|about\\s+|almost\\s+|nearly\\s+|over\\s+|more than\\s+)?$|"
            + "\\b(?:an increase|a rise|a jump|growth) of\\s+$");
    /** "in three years", "in the last two years", "since November 2018": a recent window of departures. */
    private static final Pattern WINDOW = Pattern.compile("(?i)\\b(?:in|over|within|during)\\s+(?:the\\s+)?"
            + "(?:last\\s+|past\\s+)?(?!recent\\b)(?:[\\p{L}\\d]+\\s+)?(?:years?|months?|weeks?)\\b|\\bsince\\s+(?:early\\s+|late\\s+|mid-)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)");
    /** Words that make money needed the needs of now, apart from the whole bill: "immediate needs", "priority needs". */
    private static final Pattern NOW = Pattern.compile("(?i)\\b(?:immediate|urgent|priority|priorities|short-term|"
            + "most pressing|this year's|next year's)\\b");
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?i)\\b" + MONEY_NOUNS + "\\s+(?:of|at|worth|"
            + "totall?ing|reached|stood at|was|is|amounting to|(?:that |which )?amounted to|to)\\s+(?:[\\p{L}-]+\\s+)?$");
    /** "insured losses", "insurance losses": what insurers pay, apart from the whole damage. */
    private static final Pattern INSURED = Pattern.compile("(?i)\\b(?:insured|insurance|insurers?|reinsurers?)\\b");
    /** Words of what something cost, which are money needed only where a recovery is costed ("would cost ... to rebuild"). */
    private static final Pattern COST = Pattern.compile("(?i)costs?|costing|price tag|bill");
    private static final Pattern RECOVERY = Pattern.compile("(?i)\\b(?:recover\\w*|reconstruct\\w*|rebuild\\w*|"
            + "restor\\w*|repair\\w*|need\\w*|required|requirements?)\\b");
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

    /**
     * Events a date may be the day of, as its clause names them: dates of different events are different indicators
     * (the quake's day is not the donors' conference's), so the {@code dates} check does not set them against each other.
     */
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(earthquake|quake|flood|storm|hurricane|cyclone|"
            + "election|referendum|conference|summit|meeting|invasion|ceasefire|attack|release|report|deadline|vote)s?\\b");

    private IndicatorKeys() {
    }

    /**
     * Returns the key of mention {@code m} with unit {@code unit} and period {@code period}, read in {@code clause}
     * (where {@code m} stands at {@code inClause}) of {@code sentence} (at {@code inSentence}); {@code average} where
     * it is an average, {@code change} where a percentage of change, and {@code dates} the clause's dates.
     */
    static Key of(String sentence, int inSentence, String clause, int inClause, Mention m, Unit unit, Period period,
                  boolean average, boolean change, List<Mention> dates) {
        String noun = CountedNouns.countsPeople(unit) ? "people" : unit.symbol();
        if (m.kind() == Mention.Kind.DATE) {
            Matcher event = EVENT.matcher(clause);
            if (event.find()) {
                String what = event.group(1).toLowerCase(java.util.Locale.ROOT).replace("quake", "earthquake")
                        .replace("earthearthquake", "earthquake");
                return key(what, "date of the " + what, unit, "a date of the " + what + " its clause names");
            }
            return key("date", "dates of events", unit, "a date");
        }
        if (average && Each.places(sentence, 0, sentence.length(), inSentence, inSentence + m.text().length())
                .isEmpty()) {
            return key("average", "average " + noun + " per item", unit, "an average");
        }
        Optional<Ranks.Found> ranked = Ranks.of(sentence, inSentence, m);
        if (ranked.isPresent()) {
            Ranks.Found r = ranked.get();
            return new Key(r.measure(), r.measure() + IndicatorGroups.RANKING, r.label(), r.why());
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
                Optional<Key> where = MeasureScope.whither(measure, clause, inClause, m.text().length(), unit,
                        found.get().words());
                if (where.isPresent()) {
                    return where.get();
                }
                int from = clause.lastIndexOf(',', inClause) + 1;
                int to = clause.indexOf(',', inClause + m.text().length());
                Matcher window = WINDOW.matcher(clause).region(from, to < 0 ? clause.length() : to);
                if (measure == Measure.LEFT && window.find()) {
                    return key(IndicatorGroups.WINDOW, measure.label(noun) + " within a stated window", unit,
                            "a count of '" + found.get().words() + "' within '" + window.group() + "'");
                }
                return MeasureScope.perTime(key(measure.id, measure.label(noun), unit, "a count of '" + found.get().words() + "'"),
                        clause, inClause + m.text().length(), unit);
            }
            return key("", noun, unit, "a count that names no measure");
        }
        if (unit.kind() == Unit.Kind.CURRENCY) {
            return MeasureScope.perTime(money(sentence, inSentence, clause, inClause, m, unit), clause,
                    inClause + m.text().length(), unit);
        }
        String quantity = unit.measure().map(u -> DIMENSIONS.getOrDefault(u.getDimension().toString(), "")).orElse("");
        return quantity.isEmpty() ? key(unit.symbol().toLowerCase(Locale.ROOT), noun, unit, "by unit")
                : key(quantity, quantity + " (" + noun + ")", unit, "by its unit, a " + quantity);
    }

    /**
     * Returns the key of an amount of money: what its own noun says it is where that is a thing of its own ("a $50
     * billion loan", "in loan guarantees"), else the measure its clause (then its sentence) names, kept apart where
     * it is the increase of that measure ("increased by another $6 billion"), the needs of now ("immediate needs")
     * or the sum of all donors' pledges.
     */
    private static Key money(String sentence, int inSentence, String clause, int inClause, Mention m, Unit unit) {
        String what = moneyNoun(clause, inClause, m.text().length());
        Optional<Measure.Found> found = Measure.ofMoney(clause, inClause, m.text());
        if (!what.isEmpty() && (found.isEmpty() || OWN_THING.matcher(what).matches())) {
            return key("money_" + what, "money: " + what, unit, "money, what it is: '" + what + "'");
        }
        found = found.or(() -> Measure.ofMoney(sentence, inSentence, m.text()));
        if (found.isEmpty()) {
            return key("money", "money", unit, "money");
        }
        Measure measure = found.get().measure();
        String why = "money, from '" + found.get().words() + "'";
        Matcher insured = INSURED.matcher(around(clause, inClause, m.text().length()));
        if ((measure == Measure.DAMAGE || measure == Measure.LOSSES) && insured.find()) {
            return key("insured_losses", "insured losses, in money", unit, why + " and '" + insured.group() + "'");
        }
        if (measure == Measure.NEEDED && COST.matcher(found.get().words()).matches()
                && !RECOVERY.matcher(sentence).find()) {
            measure = Measure.LOSSES;
            why += ": what something cost, which no recovery words make a need";
        }
        Matcher increase = INCREASE_BEFORE.matcher(clause.substring(0, inClause));
        if (increase.find()) {
            return key(measure.id + "_increase", measure.label("") + ": its increase", unit,
                    why + " and '" + increase.group().strip() + "'");
        }
        Matcher now = NOW.matcher(clause);
        if (measure == Measure.NEEDED && now.find()) {
            return key("needed_now", "money needed now (immediate or priority needs)", unit,
                    why + " and '" + now.group() + "'");
        }
        Matcher total = TOTAL.matcher(around(clause, inClause, m.text().length()));
        if (measure == Measure.PLEDGED && total.find()) {
            return key("pledged_total", "money pledged, all donors together", unit,
                    why + " and '" + total.group() + "'");
        }
        return key(measure.id, measure.label(""), unit, why);
    }

    /** Returns what an amount is ("a $50 billion loan", "GDP of $170 billion"), singular; empty where nothing says. */
    private static String moneyNoun(String clause, int at, int length) {
        Matcher after = MONEY_AFTER.matcher(clause).region(at + length, clause.length());
        Matcher before = MONEY_BEFORE.matcher(clause).region(0, at);
        String noun = after.lookingAt() ? after.group(1) : before.find() ? before.group(1) : "";
        noun = noun.toLowerCase(Locale.ROOT);
        return noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.endsWith("s") && !noun.endsWith("ss") && !noun.equals("assets")
                ? noun.substring(0, noun.length() - 1) : noun;
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
     * unit of length, people by whatever noun: deaths, refugees, Sudanese), not where (the entity tells that).
     */
    static Key key(String measure, String label, Unit unit, String why) {
        String unitClass = unit.kind() == Unit.Kind.CURRENCY ? "money" : unit.kind() == Unit.Kind.COUNT
                ? (CountedNouns.countsPeople(unit) ? "person" : unit.symbol()) : unit.measure().map(u -> DIMENSIONS.getOrDefault(u.getDimension().toString(), ""))
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
