package org.claimstat.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimstat.Hedge;
import org.claimstat.Unit;
import org.claimstat.extract.Mention;

/**
 * Reads the figures of a ranking or an index the way a fact-checker files them: a bare number after a word of
 * ranking ("ranked 152", "stood at 157", "Sri Lanka at 15", "North Korea (179)", "from 161 to 159" of a rank) is a
 * place, in a ranking of the size the article states ("161 out of 180 countries": {@code rank:180}); a move in a
 * ranking ("fell 11 places", "up five notches", "dropped 11 positions") counts places ({@code place}), and so do
 * "points" that are the difference of two of the article's ranks ("falling 12 points" from 145 to 157); an index
 * score ("a score of 45.83", "(score 38.27)", "score fell from 36.62 to 31.28") counts points ({@code point}); and
 * the size of the ranking ("180 countries") is no claim of its own.
 */
final class Rankings {
    static final Unit PLACE = Unit.count("place");
    static final Unit POINT = Unit.count("point");
    private static final Unit UNSIZED = Unit.count("rank");
    /** Counted nouns of a move in a ranking: "two places", "11 positions", "five notches". */
    private static final Set<String> MOVES = Set.of("place", "position", "notch", "spot", "rung");
    /** Counted nouns of one place: "last year's 157 rank". */
    private static final Set<String> PLACES = Set.of("rank", "position", "place", "spot");
    private static final Set<String> SIZES = Set.of("country", "nation", "territory", "jurisdiction", "economy",
            "state");
    /** Words before a bare number, after the number before it in its sentence, that make it a place. */
    private static final Pattern RANKED = Pattern.compile("(?i)\\b(?:rank(?:ed|s|ing)?|plac(?:ed|es|ing)|"
            + "positions?|stood|stands?|standing|sits?|sitting|holds?)\\b[^.;:\\d]{0,30}$|\\bat\\s+(?:the\\s+)?$");
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\b(?:from|to)\\s+(?:the\\s+)?$");
    private static final Pattern RANK_WORD = Pattern.compile("(?i)\\b(?:rank(?:ed|s|ing)?|placed|position)\\b");
    private static final Pattern INDEX_WORD = Pattern.compile("(?i)\\b(?:rank(?:ed|s|ing)?|placed|position|"
            + "index)\\b");
    private static final Pattern BRACKET = Pattern.compile("(?:\\p{Lu}[\\p{L}-]*|\\d{4})\\s*\\($");
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?i)\\bscore[sd]?\\s*(?:of\\s+)?(?:\\(\\s*)?$");
    private static final Pattern SCORE_WORD = Pattern.compile("(?i)\\bscores?\\b");
    private static final Pattern SCORE_AFTER = Pattern.compile("(?i)^\\s*(?:-\\s*)?(?:point\\s+)?scores?\\b");
    private static final Pattern DECIMAL = Pattern.compile("\\d\\.\\d");
    /** Words of a move before its count: "dropped two places", "rising 22 places", "going up five notches". */
    private static final Pattern MOVED = Pattern.compile("(?i)\\b(?:drop\\w*|fell|fall\\w*|slip\\w*|slid\\w*|"
            + "sl[iu]mp\\w*|los[te]\\w*|declin\\w*|down|ros[e]|ris\\w*|climb\\w*|jump\\w*|mov\\w*|improv\\w*|up|"
            + "gain\\w*|scal\\w*|advanc\\w*|by)\\b[^.;\\d]{0,12}$");
    /** Words of a fall in a ranking, before its count ("dropped two places") or after it ("three places down"). */
    private static final Pattern FELL_BEFORE = Pattern.compile("(?i)\\b(?:drop\\w*|fell|fall\\w*|slip\\w*|slid\\w*|"
            + "sl[iu]mp\\w*|los[te]\\w*|declin\\w*|down|plung\\w*|tumbl\\w*|sank|sink\\w*)\\b[^.;\\d]{0,12}$");
    private static final Pattern FELL_AFTER = Pattern.compile("(?i)^\\s*(?:places?|positions?|notch(?:es)?|spots?|"
            + "rungs?)?\\s*(?:down|lower)\\b");
    /** "the top three positions", "among the bottom ten": a part of a ranking, not a place. */
    private static final Pattern TOP = Pattern.compile("(?i)\\b(?:top|bottom|first|last)\\s*$");
    private static final Pattern RANKING_TEXT = Pattern.compile("(?i)\\b(?:rank(?:ed|s|ing)?|placed)\\b");

    private Rankings() {
    }

    /**
     * What an article's ranking is, read once.
     *
     * @param hasRanks whether the article has a place in a ranking
     * @param size the size of its ranking: the most frequent size of its ranks, else the largest count of countries
     *     in a sentence of ranking ("Around 180 countries were ranked") at least as large as its largest place
     */
    record Ranking(boolean hasRanks, OptionalInt size) {
    }

    /** Returns what the ranking of the article {@code v} is. */
    static Ranking of(ArticleView v) {
        Map<Integer, Integer> sizes = new HashMap<>();
        boolean ranks = false;
        double largest = 0;
        for (Mention m : v.extraction.mentions()) {
            ranks |= m.kind() == Mention.Kind.RANK;
            m.unit().rankOutOf().ifPresent(n -> sizes.merge(n, 1, Integer::sum));
            largest = m.kind() == Mention.Kind.RANK ? Math.max(largest, value(m)) : largest;
        }
        Optional<Integer> size = sizes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
        if (size.isEmpty()) {
            for (Mention m : v.extraction.mentions()) {
                int s = v.sentences.indexAt(m.start());
                if (m.kind() == Mention.Kind.QUANTITY && SIZES.contains(singular(m.unit().symbol())) && whole(m)
                        && value(m) >= largest && INDEX_WORD.matcher(v.text.substring(v.sentences.start(s),
                        v.sentences.end(s))).find()) {
                    size = Optional.of(Math.max(size.orElse(0), (int) value(m)));
                }
            }
        }
        ranks |= RANKING_TEXT.matcher(v.text).find();
        return new Ranking(ranks, size.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    /** Returns the unit of a ranking's figure {@code m} and why, or empty where {@code m} is none. */
    static Optional<CountedNouns.Guess> unit(ArticleView v, Mention m) {
        if (m.unit().equals(UNSIZED) || m.kind() != Mention.Kind.RANK && isPlace(v, m, 0)) {
            OptionalInt n = v.ranking().size();
            String words = m.kind() == Mention.Kind.RANK ? "a place" : "a place in a ranking, from its words";
            return Optional.of(n.isPresent() ? new CountedNouns.Guess(Unit.rank(n.getAsInt()), words
                    + ", in the ranking of " + n.getAsInt() + " the article states") : new CountedNouns.Guess(UNSIZED,
                    words + "; the article states no ranking's size"));
        }
        if (m.kind() != Mention.Kind.QUANTITY || !hasRanks(v)) {
            return Optional.empty();
        }
        String noun = singular(m.counted());
        String before = v.text.substring(Math.max(0, m.start() - 30), m.start());
        if (MOVES.contains(noun) && MOVED.matcher(before).find()) {
            return Optional.of(new CountedNouns.Guess(PLACE, "a move in a ranking ('" + m.counted() + "')"));
        }
        if (noun.equals("point") && whole(m) && pointsArePlaces(v, m)) {
            return Optional.of(new CountedNouns.Guess(PLACE, "'points' of a ranking that its ranks show are places"));
        }
        if (isScore(v, m)) {
            return Optional.of(new CountedNouns.Guess(POINT, "an index score"));
        }
        return Optional.empty();
    }

    /**
     * Returns true where the move in a ranking {@code m} (unit {@link #PLACE}) is a fall: "dropped two places",
     * "slipped three places", "three places down from 2018's 139th". A fall is filed as a negative number of places,
     * as a reader of the ranking counts standing: down two places is −2.
     */
    static boolean fell(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
        return FELL_BEFORE.matcher(before).find() || FELL_AFTER.matcher(after).find();
    }

    /** Returns true where {@code m} is a bare number that is a place in its article's ranking. */
    static boolean isPlace(ArticleView v, Mention m, int depth) {
        if (m.kind() == Mention.Kind.RANK) {
            return true;
        }
        boolean bare = m.counted().isEmpty() || !nounAfter(v, m);
        if (m.kind() != Mention.Kind.QUANTITY || m.hedge() != Hedge.EXACT || !whole(m) || depth > 12
                || !bare && !PLACES.contains(m.counted().toLowerCase(Locale.ROOT))
                || TOP.matcher(v.text.substring(Math.max(0, m.start() - 12), m.start())).find()
                || m.value().map(x -> x.low() < 1 || x.low() > v.ranking().size().orElse(1000)).orElse(true)
                || isScore(v, m) || !hasRanks(v)) {
            return false;
        }
        if (PLACES.contains(m.counted().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int sentence = v.sentences.indexAt(m.start());
        int sStart = v.sentences.start(sentence);
        Mention prev = null;
        for (Mention o : v.mentions(sentence)) {
            if (o.end() <= m.start() && o.kind() != Mention.Kind.DATE && !isScore(v, o)) {
                prev = o;
            }
        }
        String before = v.text.substring(prev == null ? sStart : Math.max(sStart, prev.end()), m.start()) + lead(m);
        String sentenceBefore = v.text.substring(sStart, m.start());
        if (RANKED.matcher(before).find() || BRACKET.matcher(before).find()
                || FROM_TO.matcher(before).find() && RANK_WORD.matcher(sentenceBefore).find()) {
            return true;
        }
        return prev != null && bare && isPlace(v, prev, depth + 1);
    }

    /** Returns true where {@code m} is an index's score: "a score of 45.83", "(score 38.27)", "a 41 score". */
    static boolean isScore(ArticleView v, Mention m) {
        if (m.kind() != Mention.Kind.QUANTITY || m.hedge() != Hedge.EXACT && m.hedge() != Hedge.AT_LEAST) {
            return false;
        }
        String c = m.counted().toLowerCase(Locale.ROOT);
        if (c.equals("score") || c.endsWith(" score")) {
            return true;
        }
        if (!m.counted().isEmpty()) {
            return false;
        }
        int sentence = v.sentences.indexAt(m.start());
        int sStart = v.sentences.start(sentence);
        String before = v.text.substring(Math.max(sStart, m.start() - 40), m.start()) + lead(m);
        String after = v.text.substring(m.end(), Math.min(v.text.length(), m.end() + 20));
        String sentenceBefore = v.text.substring(sStart, m.start());
        return SCORE_BEFORE.matcher(before).find() || SCORE_AFTER.matcher(after).find()
                || FROM_TO.matcher(before).find() && SCORE_WORD.matcher(sentenceBefore).find()
                && (!whole(m) || !RANK_WORD.matcher(sentenceBefore).find());
    }

    /**
     * Returns true where whole "points" {@code m} of a move are places: two ranks of its paragraph or the next differ
     * by it ("falling 12 points from the previous year when the RSF ranked it at 145"), or its sentence holds a place
     * and no decimal score.
     */
    private static boolean pointsArePlaces(ArticleView v, Mention m) {
        double n = m.value().map(x -> x.low()).orElse(-1.0);
        int from = v.sentences.paragraphStart(m.start());
        int sentence = v.sentences.indexAt(m.start());
        int to = m.end();
        for (int k = 0; k < 3 && to >= 0; k++) {
            to = v.text.indexOf("\n\n", to + 2);
        }
        int end = to < 0 ? v.text.length() : to;
        List<Mention> places = v.extraction.mentions().stream().filter(o -> o.start() >= from && o.end() <= end
                && o != m && isPlace(v, o, 0)).toList();
        for (Mention a : places) {
            for (Mention b : places) {
                if (a.start() < b.start() && Math.abs(value(a) - value(b)) == n) {
                    return true;
                }
            }
        }
        String words = v.text.substring(v.sentences.start(sentence), v.sentences.end(sentence));
        return !DECIMAL.matcher(words).find() && places.stream().anyMatch(o -> v.sentences.indexAt(o.start()) == sentence);
    }

    /**
     * Returns why {@code m} is no claim: a count of countries that is the size of a ranking the article gives
     * ("180 countries" where it ranks out of 180), else empty.
     */
    static Optional<String> notClaim(ArticleView v, Mention m) {
        if (m.kind() != Mention.Kind.QUANTITY || !SIZES.contains(singular(m.unit().symbol()))
                || v.ranking().size().isEmpty() || m.value().map(x -> x.low() != v.ranking().size().getAsInt()).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of("the size of the ranking the article's places are in, not a claim of its own");
    }

    /** Returns true where the counted noun of {@code m} stands right after its number ("180 countries"). */
    private static boolean nounAfter(ArticleView v, Mention m) {
        int at = m.end();
        while (at < v.text.length() && (v.text.charAt(at) == ' ' || v.text.charAt(at) == '-')) {
            at++;
        }
        return v.text.regionMatches(true, at, m.counted(), 0, m.counted().length());
    }

    /** Returns "from " where the mention's span starts with it ("from 36.62", read with its base), else "". */
    private static String lead(Mention m) {
        return m.text().regionMatches(true, 0, "from ", 0, 5) ? " from " : "";
    }

    private static boolean hasRanks(ArticleView v) {
        return v.ranking().hasRanks();
    }

    private static double value(Mention m) {
        return m.value().map(x -> x.low()).orElse(Double.NaN);
    }

    private static boolean whole(Mention m) {
        return m.value().map(x -> x.low() % 1 == 0).orElse(false);
    }

    private static String singular(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.endsWith("ches") ? n.substring(0, n.length() - 2) : n.endsWith("ies") ? n.substring(0, n.length() - 3)
                + "y" : n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
    }
}
