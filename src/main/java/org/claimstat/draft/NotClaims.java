package org.claimstat.draft;

import java.util.Optional;
import java.util.regex.Pattern;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Value;
import org.claimstat.extract.Mention;

/**
 * Numbers a fact-checker does not record as claims although the extractor reads them: a year that only says when
 * something else happened ("than over the whole of 2023", "expected in 2024", "between 2022 and 2023"), a span of
 * time that is part of a time expression ("in the last five years", "five years ago", "one year after the
 * floods", "the first two days"), the
 * number of a name ("Cop 28", "day 1") and an exchange rate written as an equation ("($1 = 0.7906 pounds)").
 */
final class NotClaims {
    private static final Pattern YEAR_WORDS = Pattern.compile("(?i)\\b(?:in|of|for|than|since|during|between|until|"
            + "till|over)\\s+(?:the\\s+(?:whole|rest|end|start|beginning|course)\\s+of\\s+)?(?:early\\s+|late\\s+|"
            + "mid-?)?$");
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:in|over|during|for|within)\\s+the\\s+"
            + "(?:last|past|first|next|previous|coming)\\s+$");
    /** "have left in three years", "over a 10-year period": the window of another number. */
    private static final Pattern WINDOW_BEFORE = Pattern.compile("(?i)\\b(?:in|over|within)\\s+(?:a\\s+)?$");
    /** "a three-stage plan", "the two-day conference": a number joined to its unit that describes the noun after it. */
    private static final String NO_SCALE = "(?!(?:hundred|thousand|million|billion|trillion|percent|per)\\b)";
    private static final Pattern HYPHENATED = Pattern.compile("^[\\p{L}\\d.]+-" + NO_SCALE + "\\p{Ll}+$");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}\\p{L}*\\s+)?\\p{L}");
    private static final Pattern UNIT_AND_NOUN_AFTER = Pattern.compile("^-" + NO_SCALE
            + "\\p{Ll}+\\s+(?:\\p{Lu}\\p{L}*\\s+)?\\p{L}");
    /** "ranked 150 out of 180 countries", "its latest index of 180 countries": the size of a ranking. */
    private static final Pattern SIZE_BEFORE = Pattern.compile("(?i)(?:\\brank(?:ed|s)?|\\bposition|\\bplaced|\\d(?:st|nd|rd|th)"
            + ")\\b[^.;]{0,40}\\b(?:out of|among)\\s+$|\\bindex of\\s+$");
    private static final Pattern AFTER_OF = Pattern.compile("^\\s*(?:%|per\\s*cent|percent)");
    private static final Pattern AGO = Pattern.compile("(?i)^\\s+(?:ago|earlier|later|after|on from)\\b");
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b(?:(?i:day|round|phase|stage)|[A-Z][A-Za-z]*)\\s$");
    /** Capitalised words before a count that are no name: weekdays, months, words that start a sentence. */
    private static final Pattern NO_NAME = Pattern.compile("(?i)^(?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|"
            + "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|the|a|an|and|but|or|of|in|on|at|by|for|"
            + "with|from|to|some|about|around|nearly|almost|over|under|only|just|another|all|its|their|his|her|"
            + "our|that|this|these|those|when|while|since|after|before|total|overall|further|more|fewer|less)$");
    private static final Pattern EQUATION = Pattern.compile("^\\s*=|=\\s*$");

    private NotClaims() {
    }

    /** Returns why mention {@code m} of {@code text} is no claim, or empty where it may be one. */
    static Optional<String> why(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
        if (m.kind() == Mention.Kind.DATE && isYear(m) && YEAR_WORDS.matcher(before).find()) {
            return Optional.of("a year that only says when something else happened");
        }
        if (m.kind() == Mention.Kind.DURATION && (SPAN_BEFORE.matcher(before).find() || AGO.matcher(after).find()
                || WINDOW_BEFORE.matcher(before).find())) {
            return Optional.of("a span of time in a time expression");
        }
        if ((m.kind() == Mention.Kind.DURATION || m.kind() == Mention.Kind.QUANTITY)
                && (HYPHENATED.matcher(m.text()).matches() && NOUN_AFTER.matcher(after).find()
                || UNIT_AND_NOUN_AFTER.matcher(after).find())) {
            return Optional.of("a number joined to its unit that describes a thing ('" + m.text() + "')");
        }
        if (m.kind() == Mention.Kind.QUANTITY && SIZE_BEFORE.matcher(before).find()
                && !AFTER_OF.matcher(after).lookingAt()) {
            return Optional.of("the size of a ranking");
        }
        if (m.kind() == Mention.Kind.CURRENCY && (EQUATION.matcher(after).find() || EQUATION.matcher(before).find())) {
            return Optional.of("an exchange rate written as an equation");
        }
        String word = before.strip().replaceAll("(?s)^.*[^A-Za-z]", "");
        boolean small = m.value().map(v -> v.low() < 1000 && v.low() % 1 == 0).orElse(false);
        if (m.kind() == Mention.Kind.QUANTITY && small && m.hedge() == Hedge.EXACT
                && m.text().chars().allMatch(Character::isDigit) && NAME_BEFORE.matcher(before).find()
                && !NO_NAME.matcher(word).matches()) {
            return Optional.of("the number of a name, after '" + word + "'");
        }
        return NotStated.why(text, m);
    }

    private static boolean isYear(Mention m) {
        Optional<Value> v = m.value().or(m::lower);
        return v.filter(Value.Date.class::isInstance)
                .map(x -> ((Value.Date) x).date().precision() == PartialDate.Precision.YEAR).orElse(false);
    }
}
