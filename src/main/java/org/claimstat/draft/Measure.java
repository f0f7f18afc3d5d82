package org.claimstat.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Aggregation;

/**
 * Names what a count or an amount of money measures, from the words a fact-checker reads it by: the counted noun
 * ("3,166 deaths", "120,000 inhabitants"), the words right after the number ("2000 people dead", "10,000 people are
 * missing"), else the measure word of its clause nearest the number ("killed nearly 4,000", "hosts 2.9 million").
 * One measure whichever words say it: "killed", "dead", "death toll", "lost their lives" are all deaths. Stocks
 * (missing, displaced, population, people living in a host country, money needed) are kept apart from flows (deaths,
 * departures, arrivals, pledges), and the people who left a country from those who arrived in one.
 */
enum Measure {
    DIED("died", "%s who died", Aggregation.FLOW, "killed|killing|kills|dead|died|dies|dying|deaths?|death toll|"
            + "toll|fatalit(?:y|ies)|victims?|casualt(?:y|ies)|drowned|perished|lost their lives|were lost|"
            + "lives (?:were )?lost|bodies|confirmed to have died"),
    BURIED("buried", "%s buried", Aggregation.FLOW, "buried|burials?"),
    MISSING("missing", "%s missing", Aggregation.STOCK, "missing|unaccounted for"),
    INJURED("injured", "%s injured", Aggregation.FLOW, "injured|injuries|wounded|hurt"),
    DISPLACED("displaced", "%s displaced or made homeless", Aggregation.STOCK, "displaced|homeless|evacuated|"
            + "evacuees|lost their homes|(?:forced |driven )?from their homes|(?:to )?fle(?:e|d|eing) their homes|uprooted"),
    AFFECTED("affected", "%s affected", Aggregation.STOCK, "affected|in need of (?:\\w+ )?(?:aid|assistance|help)|"
            + "need (?:\\w+ )?(?:aid|assistance|help)"),
    HUNGRY("hungry", "%s facing hunger or famine", Aggregation.STOCK, "food insecur\\w*|famine|starv\\w*|hunger|"
            + "hungry|malnourish\\w*|malnutrition"),
    STATUS("status", "%s granted a permit or status", Aggregation.FLOW, "granted|permits?|visas?|regulari[sz]\\w*|"
            + "legal status|protection status|protected status|temporary protection|residency|residence"),
    RESCUED("rescued", "%s rescued", Aggregation.FLOW, "rescued|rescues?|saved|picked up"),
    APPLIED("applied", "%s applying for asylum", Aggregation.FLOW, "asylum (?:applications?|claims?|requests?)|"
            + "(?:applied|applying|apply|requested|claimed|sought|seeking|asked) (?:for )?asylum|applications?"),
    RETURNED("returned", "%s who returned", Aggregation.FLOW, "returned|returning|returnees?|came back|went back|"
            + "repatriated"),
    REMOVED("removed", "%s removed or deported", Aggregation.FLOW, "deported|deportations?|removed|removals?|"
            + "expelled|expulsions?"),
    VOTERS("voters", "%s eligible or registered to vote", Aggregation.STOCK, "voters?|electors?|eligible to vote|"
            + "registered to vote|able to vote|entitled to vote|electoral roll|electoral register"),
    SURVEYED("surveyed", "%s surveyed (a poll's sample)", Aggregation.STOCK, "surveyed|polled|interviewed|"
            + "respondents|questioned"),
    POPULATION("population", "population (%s)", Aggregation.STOCK, "inhabitants|residents|population|populated"),
    HOSTED("hosted", "%s living in a host country", Aggregation.STOCK, "host(?:s|ed|ing)?|living in|live in|present in|"
            + "lives in|resid(?:e|es|ed|ing) in|settled in|stay(?:s|ed|ing)? in|received|welcomed|took in|taken in|"
            + "absorbed|sheltering|sheltered"),
    LEFT("left", "%s who left", Aggregation.FLOW, "left|leave|leaving|fled|flee|fleeing|emigrat\\w*|migrated|exodus|"
            + "departed|departures?|exit\\w*|escap\\w*|outflow|brain drain|quit|abroad|overseas|diaspora|worldwide|"
            + "around the world|outside (?:the|their|its) (?:country|homeland)"),
    ARRIVED("arrived", "%s arriving", Aggregation.FLOW, "arriv\\w*|enter\\w*|entries|"
            + "came(?!\\s+to\\s+(?:around|about|some|nearly|almost|more than|over|\\d))|come|coming|went|moved|"
            + "relocat\\w*|headed|flocked|poured|sought refuge|found refuge|inflow|influx|(?<!red )cross\\w*|journey|"
            + "landed|detected|made it"),

    PLEDGED("pledged", "money pledged", Aggregation.FLOW, "pledg\\w*|commit\\w*|contribut\\w*|promis\\w*|donat\\w*|"
            + "grant\\w*|allocat\\w*|earmark\\w*|announc\\w*|provid\\w*|offer\\w*|give|gave|giving|given"),
    RECEIVED("received", "money received or disbursed", Aggregation.FLOW, "received|disbursed|disbursements?|paid|"
            + "transferred|delivered|spent|deposited"),
    NEEDED("needed", "money needed", Aggregation.STOCK, "need\\w*|required|requirements?|costs?|costing|price tag|"
            + "bill|to rebuild|to restore"),
    DAMAGE("damage", "damage, in money", Aggregation.FLOW, "damage[sd]?|destroy\\w*|destruction"),
    LOSSES("losses", "losses, in money", Aggregation.FLOW, "loss(?:es)?|lost"),
    GAP("gap", "money still missing (a funding gap)", Aggregation.STOCK, "gap|shortfall|unmet|unfunded|"
            + "funding deficit|financing deficit|yet to be (?:funded|covered|secured|found)"),
    SOUGHT("sought", "money sought (a goal or target)", Aggregation.STOCK, "goal|target\\w*|calling for|calls? for|"
            + "called for|aim\\w* to raise|seek\\w*|sought|appeal\\w*|to raise|mobili[sz]\\w*");

    /** The measures of counts and of money, in the order they win a tie. */
    private static final Measure[] COUNTS = {BURIED, DIED, MISSING, INJURED, DISPLACED, AFFECTED, HUNGRY, STATUS, RESCUED, APPLIED, RETURNED,
        REMOVED, VOTERS, SURVEYED, POPULATION, HOSTED, LEFT, ARRIVED};
    private static final Measure[] MONEY = {RECEIVED, PLEDGED, GAP, NEEDED, DAMAGE, LOSSES, SOUGHT};
    /** "the city of 120,000 people", "home to 90,000 inhabitants": a population, unless migrants are counted. */
    private static final Pattern PLACE_OF = Pattern.compile("(?i)\\b(?:(?:city|town|village|country|nation|region|"
            + "province|municipality|island) of|home to|population of|populated by|inhabited by)\\s+(?:some |about |around |roughly |nearly |almost |"
            + "more than |over |just over |an estimated )?$");
    /** "the number of people who have died ... now standing at 50": what is counted, said before the count. */
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)\\b(?:number|total|tally|count) of\\b");
    /** "2.9 million Venezuelans in Colombia": migrants counted where they live. */
    private static final Pattern IN_PLACE = Pattern.compile("\\s*(?:[\\p{L}-]+\\s+){0,3}?in\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*)");
    /** "fled to Kazakhstan": people who left one country counted as arrivals in another. */
    private static final Pattern FLED_TO = Pattern.compile("^\\s+(?:\\w+\\s+){0,3}?(?:to|into)\\s+(?:the\\s+)?[A-Z]");
    /** Counted nouns of people from elsewhere: "migrants", "refugees", "Venezuelans". */
    private static final Pattern MIGRANTS = Pattern.compile("\\b(?:(?i)migrants?|refugees?|asylum seekers?|"
            + "expats?|expatriates?|emigrants?|immigrants?|foreigners?|[A-Z]\\p{L}+(?:ans|ns|is|ese|ans))\\b");
    /** "loss and damage", the climate-finance term for harm done by climate change, is no measure of money. */
    private static final Pattern TERM = Pattern.compile("(?i)\\bloss (?:and|&) damage\\b");
    /** A measure word that is part of a name ("the Loss and Damage Fund") measures nothing. */
    private static final Pattern NAME_AFTER = Pattern.compile("(?i)^(?:\\s+(?:and|&)\\s+[\\p{L}-]+)?\\s+(?:fund|"
            + "facility|mechanism)\\b");

    final String id;
    private final String label;
    final Aggregation aggregation;
    private final Pattern words;
    /** The words after a count, across a noun and auxiliaries: "2000 people are now missing"; group 1 the words. */
    private final Pattern after;

    Measure(String id, String label, Aggregation aggregation, String words) {
        this.id = id;
        this.label = label;
        this.aggregation = aggregation;
        this.words = Pattern.compile("(?i)\\b(?:" + words + ")\\b");
        this.after = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:(?:who|that)\\s+)?(?:(?:were|are|was|is|"
                + "have|has|had|been|being|now|reportedly|reported|confirmed|believed|feared|presumed|still|already|"
                + "officially|so far|to have)\\s+)*(" + words + ")\\b");
    }

    /**
     * A measure and the words it was read from.
     *
     * @param measure the measure
     * @param words the words
     * @param end index after the words in the text they were read from, -1 where not in it
     */
    record Found(Measure measure, String words, int end) {
    }

    /** Returns the measure of id {@code id}, if any. */
    static Optional<Measure> byId(String id) {
        for (Measure m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Returns the measure a word names, such as "damage", "deaths" or "pledges", if any. */
    static Optional<Measure> named(String word) {
        for (Measure m : values()) {
            if (m.words.matcher(word).matches()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Returns the label of this measure of counts of {@code noun} ("people"). */
    String label(String noun) {
        return String.format(Locale.ROOT, label, noun);
    }

    /**
     * Returns what the count {@code number} (standing at {@code at} in {@code clause} and at {@code inSentence} in
     * {@code sentence}) of {@code counted} measures, if its words say.
     */
    static Optional<Found> ofCount(String sentence, int inSentence, String clause, int at, String number,
                                   String counted) {
        int end = at + number.length();
        Optional<Found> found = after(COUNTS, clause, end);
        if (found.isEmpty()) {
            for (Measure m : COUNTS) {
                Matcher w = m.words.matcher(counted);
                if (w.find()) {
                    return Optional.of(new Found(m, w.group(), -1));
                }
            }
            Matcher place = PLACE_OF.matcher(clause.substring(0, at));
            if (place.find()) {
                return Optional.of(new Found(MIGRANTS.matcher(counted).find() ? HOSTED : POPULATION,
                        place.group().strip() + " " + number, -1));
            }
            Matcher numberOf = NUMBER_OF.matcher(sentence).region(0, inSentence);
            found = numberOf.find() ? after(COUNTS, sentence, numberOf.end()) : Optional.empty();
            Matcher in = IN_PLACE.matcher(clause).region(end, clause.length());
            if (found.isEmpty() && MIGRANTS.matcher(counted).find() && in.lookingAt()
                    && Places.codeOf(in.group(1)) != null) {
                return Optional.of(new Found(HOSTED, counted + " in " + in.group(1), -1));
            }
        }
        return found.or(() -> nearest(COUNTS, clause, at, end))
                .map(f -> f.measure() == LEFT && f.end() >= 0 && FLED_TO.matcher(clause.substring(f.end())).lookingAt()
                        ? new Found(ARRIVED, f.words() + " to a place", f.end()) : f);
    }

    /** Returns what the amount {@code number} standing at {@code at} in {@code text} measures: the nearest measure word. */
    static Optional<Found> ofMoney(String text, int at, String number) {
        return nearest(MONEY, text, at, at + number.length());
    }

    /** Returns the measure whose word follows {@code end} across a noun and auxiliaries: "people are missing". */
    private static Optional<Found> after(Measure[] measures, String text, int end) {
        for (Measure m : measures) {
            Matcher w = m.after.matcher(text).region(end, text.length());
            if (w.lookingAt()) {
                return Optional.of(new Found(m, w.group(1), w.end()));
            }
        }
        return Optional.empty();
    }

    /** Returns the measure whose word stands nearest {@code start..end} in {@code text}, the first measure on a tie. */
    private static Optional<Found> nearest(Measure[] measures, String text, int start, int end) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Measure m : measures) {
            Matcher w = m.words.matcher(text);
            while (w.find()) {
                if (w.end() > start && w.start() < end || isName(text, w) || aside(text, w.start(), start, end)) {
                    continue;
                }
                int d = w.end() <= start ? start - w.end() : w.start() - end;
                if (d < bestDistance) {
                    best = new Found(m, w.group(), w.end());
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns whether the word at {@code at} stands in brackets that do not hold the number {@code start..end}: an
     * aside ("losses (GDP decline, ... costs, etc.) range from", "$155 billion (at replacement cost)").
     */
    private static boolean aside(String text, int at, int start, int end) {
        int open = text.lastIndexOf('(', at);
        if (open < 0 || text.lastIndexOf(')', at) > open) {
            return false;
        }
        int close = text.indexOf(')', at);
        return close >= 0 && (close < start || open >= end);
    }

    private static boolean isName(String text, Matcher w) {
        return NAME_AFTER.matcher(text.substring(w.end())).lookingAt() || TERM.matcher(text).region(
                Math.max(0, w.start() - 9), Math.min(text.length(), w.end() + 11)).find();
    }
}
