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
    private static final Pattern FORECAST = Pattern.compile("(?i)\\b(?:will|would|could|might|may|shall|"
            + "(?:is|are|was|were) (?:expected|projected|forecast|predicted|likely|set|due) to|expects?|forecasts?|"
            + "projected|projections?|predicts?|predictions?|going to|plans? to|aims? to)\\b");
    private static final Pattern PLEDGE = Pattern.compile("(?i)\\b(?:pledg\\w*|commit(?:s|ted|ting|ments?)?\\b|contribut\\w*|promis\\w*|"
            + "donat\\w*|earmark\\w*|vow\\w*)\\b");
    private static final Pattern TALLY = Pattern.compile("(?i)\\b(?:total\\w*|tally|so far|received|in all|"
            + "altogether|cumulative)\\b");
    private static final Pattern ESTIMATE = Pattern.compile("(?i)\\b(?:estimat\\w*|approximat\\w*|calculat\\w*|"
            + "believed|thought to|reckon\\w*|guess\\w*|extrapolat\\w*)\\b");
    private static final Pattern INCIDENT = Pattern.compile("(?i)\\b(?:died|killed|drowned|dead|sank|injured|"
            + "wounded|lost their lives|perished)\\b");
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

    /**
     * Returns the kind of {@code m} from its clause {@code clause}: {@code future} where its period lies after
     * publication, {@code average} where it is an average, {@code person} where a person states it, {@code oneDay}
     * where its period is one day (deaths of one day are an event, a year's tally an observation).
     */
    static Guess read(Mention m, String clause, boolean future, boolean average, boolean person, boolean oneDay) {
        Matcher f = FORECAST.matcher(clause);
        boolean forecast = f.find();
        if (m.kind() == Mention.Kind.DATE) {
            return forecast ? new Guess(ClaimKind.FORECAST, "an expected date: '" + f.group() + "'")
                    : new Guess(ClaimKind.EVENT, "a date");
        }
        Matcher t = TALLY.matcher(clause);
        if (m.kind() == Mention.Kind.CURRENCY && t.find()) {
            return new Guess(ClaimKind.OBSERVATION, "a tally: '" + t.group() + "'");
        }
        Matcher p = PLEDGE.matcher(clause);
        if (p.find()) {
            return new Guess(ClaimKind.STATEMENT, "a pledge: '" + p.group() + "'");
        }
        if (forecast) {
            return new Guess(ClaimKind.FORECAST, "from '" + f.group() + "'");
        }
        if (future) {
            return new Guess(ClaimKind.FORECAST, "its period lies after publication");
        }
        if (m.hedge() == Hedge.ESTIMATE) {
            return new Guess(ClaimKind.ESTIMATE, "from the hedge '" + m.text() + "'");
        }
        Matcher e = ESTIMATE.matcher(clause);
        if (e.find()) {
            return new Guess(ClaimKind.ESTIMATE, "from '" + e.group() + "'");
        }
        if (average) {
            return new Guess(ClaimKind.ESTIMATE, "an average worked out from two figures");
        }
        if (m.kind() != Mention.Kind.QUANTITY) {
            return new Guess(ClaimKind.STATEMENT, "a " + m.kind().code() + " stated");
        }
        Matcher h = HABITUAL.matcher(clause);
        if (h.find()) {
            return new Guess(ClaimKind.STATEMENT, "what usually happens: '" + h.group() + "'");
        }
        if (person) {
            return new Guess(ClaimKind.STATEMENT, "a person's statement");
        }
        Matcher i = INCIDENT.matcher(clause);
        if (i.find() && oneDay) {
            return new Guess(ClaimKind.EVENT, "an incident: '" + i.group() + "'");
        }
        return new Guess(ClaimKind.OBSERVATION, "a count of what happened");
    }
}
