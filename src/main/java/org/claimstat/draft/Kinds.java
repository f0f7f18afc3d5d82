package org.claimstat.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.extract.Mention;

/**
 * Reads what sort of statement a figure is from its clause's wording: "could flee", "is expected to", "will" make a
 * forecast; "estimated" or an average an estimate; a count of what happened (people who crossed, were recorded,
 * arrived) an observation, but deaths and losses of one incident an event; a date an event; percentages, money,
 * what usually happens ("every day") and what a person says a statement.
 */
final class Kinds {
    /** Modal verbs and words of expectation; "may" only in lower case, since "May" is mostly the month ("in May"). */
    private static final Pattern FORECAST = Pattern.compile("(?i)\\b(?:will|would|could|might|(?-i:may)|shall|"
            + "(?:is|are|was|were) (?:expected|projected|forecast|predicted|likely|set|due) to|expects?|forecasts?|"
            + "projected|projections?|predicts?|predictions?|going to|plans? to|aims? to)\\b");
    private static final Pattern PLEDGE = Pattern.compile("(?i)\\b(?:pledg\\w*|commit(?:s|ted|ting|ments?)?\\b|"
            + "contribut\\w*|allocat\\w*|(?:will|would) be (?:used|spent|allocated|invested|given|provided|made "
            + "available)\\b|promis\\w*|donat\\w*|earmark\\w*|vow\\w*)\\b");
    /** Money already spent, received or allocated, which is counted, not promised: "has already allocated". */
    private static final Pattern SPENT = Pattern.compile("(?i)\\b(?:(?:has|have|had)\\s+(?:already\\s+|so far\\s+)?"
            + "(?:been\\s+)?|already\\s+)(?:allocated|addressed|received|disbursed|spent|secured|raised|mobili[sz]ed|paid)\\b");
    /** A company's accounts, which are booked, not estimated: "a net loss of", "net result", "paying out ... in claims". */
    private static final Pattern ACCOUNTS = Pattern.compile("(?i)\\bnet (?:result|loss|losses|profit|income|"
            + "expenditure)\\b|\\bpa(?:id|ying|ys) out\\b|\\bpaid claims\\b");
    /** Money someone gives or announces as aid, which is a pledge: "would give ... in new aid". */
    private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:give|gives|giving|gave|provide|provides|providing|"
            + "announc\\w*)\\b|\\bin (?:new |additional |humanitarian |financial |military |economic |further )*(?:aid|"
            + "support|assistance|funding)\\b");
    /** Words that value a loss or a need, which only an assessment can put a figure on: "would cost", "damage". */
    private static final Pattern VALUATION = Pattern.compile("(?i)\\b(?:costs?|needs?|needed|damages?|damaged|"
            + "destroyed|losses|bill|financing gap|funding gap)\\b");
    /** Names of funds and appeals that hold valuation words without valuing anything: "the loss and damage fund". */
    private static final Pattern NOT_VALUATION = Pattern.compile("(?i)\\bloss(?:es)? and damage\\b|\\bdamage fund\\b|"
            + "\\bappeal\\b|\\burgent needs\\b");
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern ESTIMATE = Pattern.compile("(?i)\\b(?:estimat\\w*|approximat\\w*|calculat\\w*|"
            + "assessment|believed|thought to|reckon\\w*|guess\\w*|extrapolat\\w*)\\b");
    private static final Pattern INCIDENT = Pattern.compile("(?i)\\b(?:died|killed|drowned|dead|sank|injured|"
            + "wounded|lost their lives|perished)\\b");
    /** Words after a forecast verb that forecast a change of the figure, not the figure: "is likely to rise". */
    private static final Pattern CHANGE_AHEAD = Pattern.compile("(?i)^\\s+(?:further\\s+|still\\s+)?(?:rise|increase|"
            + "climb|grow|go up|soar|mount|jump|fall|drop|decline|change)(?!\\s+(?:to|above|beyond|past|over)\\b)\\b");
    /** Words of a count that someone reported or confirmed, which make deaths of one day a count, not an event. */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:reported|confirmed|recorded|registered|"
            + "identified|toll|total|tally|counted)\\b");
    /** Words before a figure that give a place's size as background: "a city of 120,000", "home to around 120,000". */
    private static final Pattern POPULATION_BEFORE = Pattern.compile("(?i)\\b(?:home to|(?:city|town|village|"
            + "country|nation|region|province) of|population of|populated by|inhabited by)\\s*$");
    private static final Pattern POPULATION_AFTER = Pattern.compile("(?i)^\\s*inhabitants\\b");
    /** Words of a change around a percentage ("12% higher than", "a rise of 12%", "fell by a third"): arithmetic on two figures. */
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?:higher|lower|up(?!\\s+to\\b)|down|rise|rose|"
            + "risen|rising|fall|fell|fallen|increase[sd]?|decrease[sd]?|drop(?:ped)?|jump(?:ed)?|grew|grown|growth|"
            + "decline[sd]?|surge[sd]?|plunge[sd]?|doubled?|tripled?|cut|changed?|on (?:the )?(?:year|last year|"
            + "the same period))\\b");
    private static final Pattern HABITUAL = Pattern.compile("(?i)\\b(?:every (?:day|week|month|year)|per (?:day|"
            + "week|month|year)|on average|typically|usually|each (?:day|year))\\b");

    /**
     * The kind and why.
     *
     * @param kind the kind
     * @param why the reason, for the review notes
     */
    record Guess(ClaimKind kind, String why) {
    }

    private Kinds() {
    }

    /** Returns true where {@code clause} says a pledge ("pledged", "will contribute", "committing"). */
    static boolean isPledge(String clause) {
        return PLEDGE.matcher(clause).find();
    }

    /** Returns true where {@code clause} says what usually happens ("every day", "per year", "on average"). */
    static boolean isHabitual(String clause) {
        return HABITUAL.matcher(clause).find();
    }

    /** Returns the words of {@code clause} within 30 chars either side of {@code number}, or all of it if absent. */
    private static String around(String clause, String number) {
        int at = clause.indexOf(number);
        return at < 0 ? clause : clause.substring(Math.max(0, at - 30), Math.min(clause.length(),
                at + number.length() + 30));
    }

    /** Returns {@code clause} without the asides in brackets that do not hold {@code number}. */
    private static String withoutAsides(String clause, String number) {
        return clause.indexOf('(') < 0 ? clause : ASIDE.matcher(clause).replaceAll(
                a -> a.group().contains(number) ? Matcher.quoteReplacement(a.group()) : " ");
    }

    /** Returns true where {@code m} gives the population of a place ("a city of 120,000 people", "home to 120,000"). */
    static boolean isPopulation(Mention m, String clause) {
        int at = clause.indexOf(m.text());
        if (at < 0) {
            return false;
        }
        String before = clause.substring(Math.max(0, at - 30), at).replaceAll("(?i)\\b(?:about|around|some|roughly|"
                + "nearly|almost|more than|over)\\s*$", "");
        return POPULATION_BEFORE.matcher(before).find()
                || POPULATION_AFTER.matcher(clause.substring(at + m.text().length())).find();
    }

    /**
     * What the field readers know of a figure besides its words.
     *
     * @param future its period lies after publication
     * @param average it is an average
     * @param person a person states it
     * @param brief its own time words give a period of a week or less (deaths of a week are an event, a year's tally an observation)
     * @param tally the words that make it a running total ("so far", "combined"), empty where none
     */
    record Facts(boolean future, boolean average, boolean person, boolean brief, String tally) {
        Facts asPerson() {
            return new Facts(future, average, true, brief, tally);
        }
    }

    /** Returns the kind of {@code m} from its clause {@code clause} and what else is known of it. */
    static Guess read(Mention m, String words, Facts facts) {
        String clause = withoutAsides(words, m.text());
        Matcher f = FORECAST.matcher(clause);
        boolean forecast = false;
        while (!forecast && f.find()) {
            forecast = !CHANGE_AHEAD.matcher(clause.substring(f.end())).find();
        }
        if (m.kind() == Mention.Kind.DATE) {
            return forecast ? new Guess(ClaimKind.FORECAST, "an expected date: '" + f.group() + "'")
                    : new Guess(ClaimKind.EVENT, "a date");
        }
        Matcher valued = VALUATION.matcher(NOT_VALUATION.matcher(clause).replaceAll(" "));
        boolean valuation = (m.kind() == Mention.Kind.CURRENCY || m.kind() == Mention.Kind.PERCENT)
                && !facts.future() && valued.find();
        if (m.kind() == Mention.Kind.CURRENCY && !facts.tally().isEmpty() && !valuation) {
            return new Guess(ClaimKind.OBSERVATION, "a tally: '" + facts.tally() + "'");
        }
        Matcher accounts = ACCOUNTS.matcher(clause);
        if (m.kind() == Mention.Kind.CURRENCY && !facts.future() && accounts.find()) {
            return new Guess(ClaimKind.OBSERVATION, "a company's accounts: '" + accounts.group() + "'");
        }
        Matcher spent = SPENT.matcher(clause);
        if (m.kind() == Mention.Kind.CURRENCY && spent.find()) {
            return new Guess(ClaimKind.OBSERVATION, "money already spent or received: '" + spent.group() + "'");
        }
        Matcher p = PLEDGE.matcher(clause);
        if (p.find()) {
            return new Guess(ClaimKind.STATEMENT, "a pledge: '" + p.group() + "'");
        }
        Matcher given = GIVEN.matcher(clause);
        if (m.kind() == Mention.Kind.CURRENCY && given.find()) {
            return new Guess(ClaimKind.STATEMENT, "a pledge: '" + given.group() + "'");
        }
        if (valuation) {
            return new Guess(ClaimKind.ESTIMATE, "a valuation of a loss or a need: '" + valued.group() + "'");
        }
        if (forecast) {
            return new Guess(ClaimKind.FORECAST, "from '" + f.group() + "'");
        }
        if (facts.future()) {
            return new Guess(ClaimKind.FORECAST, "its period lies after publication");
        }
        if (m.hedge() == Hedge.ESTIMATE) {
            return new Guess(ClaimKind.ESTIMATE, "from the hedge '" + m.text() + "'");
        }
        int at = clause.indexOf(m.text());
        String upToNumber = at < 0 ? clause : clause.substring(0, Math.min(clause.length(), at + m.text().length() + 15));
        Matcher e = ESTIMATE.matcher(upToNumber);
        if (e.find()) {
            return new Guess(ClaimKind.ESTIMATE, "from '" + e.group() + "'");
        }
        if (facts.average()) {
            return new Guess(ClaimKind.ESTIMATE, "an average worked out from two figures");
        }
        if (m.kind() == Mention.Kind.PERCENT && !CHANGE.matcher(around(clause, m.text())).find()) {
            return facts.person() ? new Guess(ClaimKind.STATEMENT, "a person's statement")
                    : new Guess(ClaimKind.OBSERVATION, "a share counted or reported");
        }
        if (m.kind() != Mention.Kind.QUANTITY && m.kind() != Mention.Kind.RANK) {
            return new Guess(ClaimKind.STATEMENT, "a " + m.kind().code() + " stated");
        }
        if (isPopulation(m, clause)) {
            return new Guess(ClaimKind.STATEMENT, "background: the size of a place's population");
        }
        Matcher h = HABITUAL.matcher(clause);
        if (h.find()) {
            return new Guess(ClaimKind.STATEMENT, "what usually happens: '" + h.group() + "'");
        }
        if (facts.person()) {
            return new Guess(ClaimKind.STATEMENT, "a person's statement");
        }
        Matcher i = INCIDENT.matcher(clause);
        if (i.find() && facts.brief() && !COUNTED.matcher(clause).find()) {
            return new Guess(ClaimKind.EVENT, "an incident: '" + i.group() + "'");
        }
        return new Guess(ClaimKind.OBSERVATION, "a count of what happened");
    }
}
