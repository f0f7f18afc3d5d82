package org.claimstat.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.claimstat.Unit;

/**
 * Reads places in a ranking: "31st out of 83 countries" (rank 31 of 83), "fourth out of 30 cities", "ranked second of
 * 12", "ranks 161 out of 180 countries" and "ranked 159 among 180 countries" (a plain number after a word of ranking:
 * a rank, not the share 89.44%), and places whose ranking's size the phrase does not give: "ranked 140th", "the 74th
 * position", "at 180th", "Nepal (90th)", "ranks first", "second and third place". Those have the unit {@code rank}
 * (a count of places; the drafter gives them the size the article states elsewhere).
 */
final class Ranks {
    /** Words before a place that make it a place in a ranking: "ranked second of 12", "ranked 140th". */
    private static final Set<String> RANKED = Set.of("ranked", "ranks", "rank", "ranking", "came", "comes", "come",
            "finished", "finishes", "finish", "placed", "places", "rated", "rates", "stood", "stands", "sits", "sat",
            "clinched", "secured", "occupies", "occupied", "holds", "held");
    /**
     * Words before a place that make it one in a ranking whose size is not given ("ranked 140th", "ranks first"); not
     * "finished" or "came", which also tell a race ("She finished 3rd in the race" only numbers her finish).
     */
    private static final Set<String> RANKED_UNSIZED = Set.of("ranked", "ranks", "rank", "ranking", "placed",
            "rated", "stood", "stands", "sits", "sat", "clinched", "secured", "occupies", "occupied", "holds", "held");
    /** Nouns after a place that make it one in a ranking: "the 74th position", "third place", "161st spot". */
    private static final Set<String> PLACE_NOUNS = Set.of("place", "position", "spot", "rank", "slot", "ranking");
    /** Words a few tokens before "at", "to" or "on" and an ordinal that make it a place: "fell three places to 45th". */
    private static final Set<String> RANKING_WORDS = Set.of("ranked", "ranks", "ranking", "rank", "placed", "places",
            "place", "positions", "position", "notches", "spots");
    /** How many tokens before a plain number a word of ranking may stand ("ranking in the 2023 ... slipped to 161"). */
    private static final int REACH = 16;

    private final Ctx c;
    private final Phrases phrases;
    private final NotQuantities notQuantities;

    Ranks(Ctx c, Phrases phrases, NotQuantities notQuantities) {
        this.c = c;
        this.phrases = phrases;
        this.notQuantities = notQuantities;
    }

    /** Reads the place in a ranking that starts (or, written in words, ends) at token {@code i}, or returns null. */
    Draft read(int i) {
        if (c.is(i, Token.Type.WORD)) {
            return wordPlace(i);
        }
        if (!c.is(i, Token.Type.NUMBER)) {
            return null;
        }
        int place = ordinal(i);
        if (place < 1 && c.plainInt(i, 4) > 0) {
            Draft plain = plainRank(i);
            if (plain != null) {
                return plain;
            }
        }
        if (!notQuantities.isRank(i) || place < 1) {
            return c.word(i - 1, "of") || c.word(i - 1, "among") ? wordRank(i) : null;
        }
        int j = c.word(i + 1, "out") ? i + 3 : i + 2;
        int outOf = c.plainInt(j, 9);
        return outOf < place ? null : draft(i, place, Unit.rank(outOf), j + 1);
    }

    /** Returns the place of the ordinal written in digits at {@code i} ("140th" is 140), or 0 for any other token. */
    private int ordinal(int i) {
        int tStart = c.start(i);
        int tSuffix = c.suffix(i);
        if (!c.is(i, Token.Type.NUMBER) || tSuffix - tStart > 6 || tSuffix == tStart || !NotQuantities.ORDINAL
                .contains(c.reading.substring(tSuffix, c.end(i)).toLowerCase(Locale.ROOT))) {
            return 0;
        }
        for (int k = tStart; k < tSuffix; k++) {
            if (!Character.isDigit(c.chars[k])) {
                return 0;
            }
        }
        return Integer.parseInt(c.reading.substring(tStart, tSuffix));
    }

    /**
     * True where the ordinal at {@code i} is a place whose ranking's size is not given: after a word of ranking
     * ("ranked 140th", "ranked at 159th"), before a noun of place ("the 74th position", "139th spot"), after "at",
     * "to" or "on" with a word of ranking a few words before ("fell three places to 45th") or after "at" and a verb
     * ("North Korea was at 180th"), or alone in brackets after a name ("Nepal (90th)").
     */
    boolean isPlace(int i) {
        if (c.suffix(i) == c.end(i) || ordinal(i) < 1 || notQuantities.isDay(i)) {
            return false;
        }
        int before = c.word(i - 1, "at") || c.word(i - 1, "on") || c.word(i - 1, "the") ? i - 2 : i - 1;
        if (c.is(before, Token.Type.WORD) && RANKED_UNSIZED.contains(c.lower(before))) {
            return true;
        }
        if (c.is(i + 1, Token.Type.WORD) && PLACE_NOUNS.contains(c.lower(i + 1))) {
            return true;
        }
        if (c.punct(i - 1, '(') && c.punct(i + 1, ')') && c.capitalised(i - 2)) {
            return true;
        }
        if (c.word(i - 1, "at") && (c.word(i - 2, "was") || c.word(i - 2, "is") || c.word(i - 2, "now"))
                && !c.capitalised(i + 1)) {
            return true;
        }
        if (c.word(i - 1, "at") || c.word(i - 1, "to") || c.word(i - 1, "on")) {
            for (int k = i - 2; k >= Math.max(0, i - 6); k--) {
                if (c.is(k, Token.Type.WORD) && RANKING_WORDS.contains(c.lower(k))) {
                    return !c.capitalised(i + 1);
                }
            }
        }
        return false;
    }

    /** Reads an ordinal that {@link #isPlace} found, as a place of unstated size. */
    Draft unsized(int i) {
        return draft(i, ordinal(i), Unit.count("rank"), i + 1);
    }

    /**
     * Reads a plain number after a word of ranking in the same sentence that goes on "out of", "of" or "among" and
     * the ranking's size: "ranks 150 out of 180 countries", "ranked 159 among 180 countries".
     */
    private Draft plainRank(int i) {
        int j = c.word(i + 1, "out") && c.word(i + 2, "of") ? i + 3
                : c.word(i + 1, "of") || c.word(i + 1, "among") ? i + 2 : -1;
        int outOf = j < 0 ? -1 : c.plainInt(j, 9);
        int place = c.plainInt(i, 4);
        if (outOf < place || outOf < 2 || !rankingBefore(i)) {
            return null;
        }
        return draft(i, place, Unit.rank(outOf), j + 1);
    }

    /** True where a word of ranking stands before token {@code i} in its sentence, within {@value #REACH} tokens. */
    private boolean rankingBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
            if (c.punct(k, '.') || c.punct(k, ';')) {
                return false;
            }
            if (c.is(k, Token.Type.WORD) && (RANKED.contains(c.lower(k)) || RANKING_WORDS.contains(c.lower(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads an ordinal word that is a place in a ranking of unstated size: "ranks first", "Sweden ranked third",
     * "the second rank", "in second and third place"; not "first place" alone, which is mostly an idiom ("in the first
     * place", "remains in first place in terms of damage").
     */
    private Draft wordPlace(int i) {
        int len = c.end(i) - c.start(i);
        if (len < 5 || len > 8 || !ordinalEnding(i)) {
            return null;
        }
        int place = NumberWords.ordinal(c.lower(i));
        if (place < 1) {
            return null;
        }
        if ((c.word(i + 1, "out") || c.word(i + 1, "of") || c.word(i + 1, "among")) && (c.is(i + 2, Token.Type.NUMBER)
                || c.word(i + 2, "of") && c.is(i + 3, Token.Type.NUMBER))) {
            return null;  // "fourth out of 30": read at the 30, with its size
        }
        boolean ranked = c.is(i - 1, Token.Type.WORD) && RANKED_UNSIZED.contains(c.lower(i - 1))
                || place > 1 && c.is(i + 1, Token.Type.WORD) && PLACE_NOUNS.contains(c.lower(i + 1))
                || c.word(i + 1, "and") && NumberWords.ordinal(c.lower(i + 2)) > 0 && c.is(i + 3, Token.Type.WORD)
                && PLACE_NOUNS.contains(c.lower(i + 3));
        return ranked ? draft(i, place, Unit.count("rank"), i + 1) : null;
    }

    /** True where the word at {@code i} ends as ordinal words do: "-st", "-nd", "-rd", "-th". */
    private boolean ordinalEnding(int i) {
        char a = (char) (c.chars[c.end(i) - 2] | 0x20);
        char b = (char) (c.chars[c.end(i) - 1] | 0x20);
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /**
     * Reads a rank written in words, at the number it is out of: "fourth out of 30 cities", "twenty-first out of 83",
     * "ranked second of 12" and "came third among 40". After "of" or "among" alone a word of ranking must come first,
     * so "the first of 12 hearings" stays an ordinal that only numbers things.
     */
    private Draft wordRank(int i) {
        boolean out = c.word(i - 2, "out") && c.word(i - 1, "of");
        int o = out ? i - 3 : i - 2;
        int place = c.is(o, Token.Type.WORD) ? NumberWords.ordinal(c.lower(o)) : 0;
        int first = o;
        if (place > 0 && place < 10 && c.tightDash(o - 1) && c.is(o - 2, Token.Type.WORD)) {
            int tens = NumberWords.tens(c.lower(o - 2));
            place += tens;
            first = tens > 0 ? o - 2 : o;
        }
        int outOf = c.plainInt(i, 9);
        boolean ranked = out || c.is(first - 1, Token.Type.WORD) && RANKED.contains(c.lower(first - 1));
        return place < 1 || outOf < place || !ranked ? null : draft(first, place, Unit.rank(outOf), i + 1);
    }

    /** A draft of place {@code place} in unit {@code unit} from token {@code first} to {@code next}. */
    private Draft draft(int first, int place, Unit unit, int next) {
        Draft d = new Draft(first);
        d.kind = Mention.Kind.RANK;
        d.value = BigDecimal.valueOf(place);
        d.unit = unit;
        d.numberLast = next;
        d.next = next;
        d.counted = phrases.counted(next);
        return d;
    }
}
