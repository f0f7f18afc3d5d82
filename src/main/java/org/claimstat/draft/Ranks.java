package org.claimstat.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Unit;
import org.claimstat.extract.Mention;

/**
 * Reads a number of a ranking: a rank ("ranked 161", "140th out of 180", "North Korea (179)"), a change of rank
 * ("dropped two places", "up five notches", "falling 12 points" where the clause speaks of ranks) or a score ("a
 * 37.99 score", "score of 45.83"), whatever unit the number was read with, and which index it is of: the last word
 * before "Index" nearest the number ("the Global Hunger Index" is of hunger), so that the ranks of two indices are
 * two measures.
 */
final class Ranks {
    /** Words of a ranking in a clause. */
    private static final Pattern RANKING = Pattern.compile("(?i)\\b(?:rank(?:ed|s|ing|ings)?|placed|positions?|"
            + "spot|no\\.|index)(?!\\w)");
    /** "Afghanistan is at 178", "Myanmar (before the coup) at 140", "dropping 3 places to 145": a place in a list. */
    private static final Pattern AT = Pattern.compile("(?:\\p{Lu}\\p{L}+\\)?|\\b(?:is|stands|stood|was|now))\\s+at\\s+$|"
            + "(?i)\\b(?:places?|positions?|notch(?:es)?|spots?)\\s+(?:to|with|at)\\s+$");
    /** "161 out of 180": a rank read as a share. */
    private static final Pattern OUT_OF = Pattern.compile("(?i)^\\d+(?:st|nd|rd|th)?\\s+out\\s+of\\s+\\d+");
    /** "dropped two places", "up five notches": a change of rank, after the number. */
    private static final Pattern MOVED = Pattern.compile("(?i)^\\s+(?:places?|positions?|notch(?:es)?|spots?|"
            + "ranks|rungs)\\b");
    private static final Pattern POINTS = Pattern.compile("(?i)^\\s+points?\\b");
    private static final Pattern SCORE = Pattern.compile("(?i)\\bscores?\\b");
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?i)\\bscored?\\s+(?:of\\s+)?$");
    private static final Pattern SCORE_AFTER = Pattern.compile("(?i)^\\s+(?:points?\\s+)?score\\b");
    /** "the Global Hunger Index", "press freedom index": the word naming an index, before "Index". */
    private static final Pattern INDEX = Pattern.compile("(?i)(?<![\\p{L}'’])([\\p{L}-]+)\\s+index\\b");
    private static final Set<String> NO_NAME = Set.of("the", "this", "its", "an", "a", "global", "annual", "latest",
            "world", "new", "overall", "same", "their", "his", "her");

    /**
     * What a number of a ranking measures.
     *
     * @param measure {@code rank}, {@code rank_change} or {@code score}, with {@code _of_} and the index's word where
     *                one is named
     * @param label a readable label
     * @param why the reason, for the review notes
     */
    record Found(String measure, String label, String why) {
    }

    private Ranks() {
    }

    /** Returns what {@code m}, at {@code at} in {@code sentence}, measures in a ranking; empty where it is no such number. */
    static Optional<Found> of(String sentence, int at, Mention m) {
        String clause = sentence;
        boolean share = m.kind() == Mention.Kind.PERCENT && OUT_OF.matcher(m.text()).lookingAt();
        if (m.kind() != Mention.Kind.QUANTITY && m.kind() != Mention.Kind.RANK && !share) {
            return Optional.empty();
        }
        double value = m.value().map(v -> v.low()).orElse(-1.0);
        String before = clause.substring(0, at);
        String after = clause.substring(Math.min(clause.length(), at + m.text().length()));
        boolean whole = value >= 1 && value < 1000 && value % 1 == 0;
        boolean ranking = m.kind() == Mention.Kind.RANK || RANKING.matcher(clause).find();
        String index = index(clause, at);
        String of = index.isEmpty() ? "" : "_of_" + index;
        String in = index.isEmpty() ? "" : " in the " + index + " index";
        if (share && ranking || m.kind() == Mention.Kind.RANK) {
            return Optional.of(new Found("rank" + of, "rank" + in, m.kind() == Mention.Kind.RANK ? "a rank"
                    : "a rank out of a number of ranked"));  // "the 157th position" is a place, not a move
        }
        if (SCORE_BEFORE.matcher(before).find() || SCORE_AFTER.matcher(after).lookingAt()
                || !whole && value > 0 && value <= 100 && SCORE.matcher(clause).find()) {
            return Optional.of(new Found("score" + of, "score" + in, "a score"));
        }
        if (!whole && value > 0 && POINTS.matcher(after).lookingAt()) {
            return Optional.of(new Found("score_change" + of, "change of score" + in, "a change of score"));
        }
        if (whole && (MOVED.matcher(after).lookingAt() || ranking && POINTS.matcher(after).lookingAt())) {
            return Optional.of(new Found("rank_change" + of, "places moved" + in, "a change of rank"));
        }
        boolean listed = whole && m.counted().isEmpty() && AT.matcher(before).find();
        if (whole && (ranking || listed) && !m.unit().equals(Unit.PERSON) || m.kind() == Mention.Kind.RANK) {
            return Optional.of(new Found("rank" + of, "rank" + in, "a rank"));
        }
        return Optional.empty();
    }

    /** Returns the word naming the index nearest {@code at} in {@code clause}, lower case; empty where none. */
    private static String index(String clause, int at) {
        Matcher i = INDEX.matcher(clause);
        String best = "";
        int distance = Integer.MAX_VALUE;
        while (i.find()) {
            String word = i.group(1).toLowerCase(Locale.ROOT);
            int d = Math.abs(i.start() - at);
            boolean acronym = i.group(1).equals(i.group(1).toUpperCase(Locale.ROOT));
            if (!NO_NAME.contains(word) && word.length() > 2 && !acronym && d < distance) {
                best = word;
                distance = d;
            }
        }
        return best;
    }
}
