package org.claimstat.draft;

import java.util.Optional;
import java.util.regex.Pattern;
import org.claimstat.extract.Mention;

/**
 * Numbers a text writes without stating them as a figure, which a fact-checker does not record: a band of a ranking
 * ("the top ten", "among the bottom ten"), the gap between two ranks ("two places above Pakistan"), the number of
 * places a ranking covers ("in 180 countries", "from 180 jurisdictions"), a threshold of a scale ("a score of less
 * than 40 indicates"), the year in a name ("World Press Freedom Index 2024", "Conference 2025", "Republic@70"), the
 * day of a dateline or of saying ("Sept. 4 (UPI) —", "said on Oct. 10", "announced this Tuesday, August 30"), the last
 * day of a span of days read alone ("Aug. 8-11"), and a figure the text says no one stated ("did not find any
 * reference to four million", "the “four million Venezuelans” estimate").
 */
final class NotStated {
    private static final Pattern BAND = Pattern.compile("(?i)\\b(?:the|a)\\s+(?:top|bottom)\\s+$");
    private static final Pattern GAP_AFTER = Pattern.compile("(?i)^\\s+(?:places?|positions?|spots?|ranks?|notch(?:es)?)"
            + "\\s+(?:above|below|ahead of|behind|higher than|lower than)\\b");
    private static final Pattern PLACES_COUNTED = Pattern.compile("(?i)^\\s+(?:countries|nations|jurisdictions|"
            + "(?:independent\\s+)?states|territories)\\b");
    private static final Pattern COVERS = Pattern.compile("(?i)\\b(?:in|from|of|across)\\s+$|^\\s+\\w+\\s+(?:were|are)\\s+"
            + "(?:ranked|assessed|evaluated|surveyed|covered|included)\\b");
    private static final Pattern RANKING = Pattern.compile("(?i)\\b(?:index|rank\\w*|ranking|score)\\b");
    private static final Pattern THRESHOLD = Pattern.compile("(?i)\\bscores?\\s+(?:of\\s+)?(?:(?:less than|more than|"
            + "between|above|below|over|under|from)\\s+)?(?:\\d+\\s+and\\s+)?$");
    private static final Pattern MEANS = Pattern.compile("(?i)^[^.]{0,30}\\b(?:indicates?|denotes?|shows?|means?|"
            + "signals?)\\b");
    private static final Pattern NAME_YEAR = Pattern.compile("(?:\\b(?:Index|Conference|Summit|Report|Plan|Agenda|"
            + "Strategy|Vision|Cup|Games|Olympics|Expo|Forum|Assessment|Survey|Census)|\\p{Lu}{2,}),?\\s$|@\\s?$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*\\((?:[A-Z]{2,}|[A-Z][a-z]+)\\)\\s*[—–-]");
    private static final Pattern SAID_ON = Pattern.compile("(?i)\\b(?:said|says|told|announced|stated|added|"
            + "reported|tweeted|wrote)\\s+(?:on\\s+|this\\s+\\w+day,?\\s+|last\\s+\\w+day,?\\s+)$");
    private static final Pattern DAY_SPAN = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
            + "nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\s*[-–]\\s*$");
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:did not|didn't|does not|never|at no point)\\b"
            + "[^.]{0,120}\\b(?:reference to|claimed|mention\\w*)\\b[^.]*$");
    private static final Pattern NAMED_FIGURE = Pattern.compile("^[^”\"]{0,25}[”\"]\\s+(?:estimate|figure|number|"
            + "claim)\\b");

    private NotStated() {
    }

    /** Returns why mention {@code m} of {@code text} is written without being stated, or empty where it is stated. */
    static Optional<String> why(String text, Mention m) {
        String near = text.substring(Math.max(0, m.start() - 40), m.start());
        String before = text.substring(Math.max(0, m.start() - 160), m.start());
        before = before.substring(Math.max(0, Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')) + 1));
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        boolean count = m.kind() == Mention.Kind.QUANTITY;
        if (count && BAND.matcher(before).find()) {
            return Optional.of("a band of a ranking ('top', 'bottom')");
        }
        if (count && GAP_AFTER.matcher(after).lookingAt()) {
            return Optional.of("the gap between two ranks");
        }
        String sentence = before + m.text() + after.replaceAll("(?s)\\.\\s.*", "");
        if (count && PLACES_COUNTED.matcher(after).lookingAt() && RANKING.matcher(sentence).find()
                && (COVERS.matcher(before).find() || COVERS.matcher(after).find())) {
            return Optional.of("the number of places a ranking covers");
        }
        if (THRESHOLD.matcher(before).find() && MEANS.matcher(after).find()) {
            return Optional.of("a threshold of a scale");
        }
        if (m.kind() == Mention.Kind.DATE && m.text().matches("\\d{4}|\\d{2}") && NAME_YEAR.matcher(before).find()
                || count && before.endsWith("@")) {
            return Optional.of("the year or number in a name");
        }
        if (m.kind() == Mention.Kind.DATE && (DATELINE_AFTER.matcher(after).lookingAt() || SAID_ON.matcher(near).find())) {
            return Optional.of("the day of a dateline or of saying");
        }
        if (count && DAY_SPAN.matcher(near).find()) {
            return Optional.of("the last day of a span of days");
        }
        if (DENIED.matcher(before).find() || NAMED_FIGURE.matcher(after).lookingAt()) {
            return Optional.of("a figure the text says no one stated, or names rather than states");
        }
        return Optional.empty();
    }
}
