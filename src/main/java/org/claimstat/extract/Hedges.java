package org.claimstat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimstat.Hedge;

/**
 * The hedge of a number or date: the phrase of {@link Hedge}'s table before it ("more than", "by") or after it ("or
 * more", "at the earliest"), and the hedges a verb or a price sets ("capped at 15%", "from £39").
 */
final class Hedges {
    /** Phrases of {@link Hedge}'s table that hedge dates only ("by 2030"); all others hedge numbers only. */
    private static final Set<String> DATE_PHRASES = Set.of("by", "until", "through", "before", "after", "since",
            "from", "no later than", "no earlier than");
    /**
     * Words before "from" that make the date after it the base of a comparison ("down 5% from 2019"), not the start
     * of a period ("from April 2025").
     */
    private static final Set<String> COMPARED = Set.of("up", "down", "rose", "fell", "risen", "fallen", "increased",
            "decreased", "changed", "compared", "away", "apart", "recovered", "rebounded", "different");
    /** Phrases of {@link Hedge}'s table that follow a number ("500 or more"). */
    private static final Set<String> POSTFIX = Set.of("or more", "or so", "or fewer", "or less");
    /** Phrases of {@link Hedge}'s table that follow a date ("2027 at the earliest"). */
    private static final Set<String> DATE_POSTFIX = Set.of("at the earliest", "at the latest");

    /** The hedge phrases that may stand before a number, by word count and first letter ({@code a} = 0), split into words. */
    private static final Prefix[][][] PREFIXES = prefixes();

    private final Ctx c;
    private final int longest = Hedge.longestPhraseWords();
    /** The word tokens before a number, nearest first: filled by each call of {@link #hedge}, which never nests. */
    private final int[] hedgeWords = new int[longest];

    /** A hedge phrase before a number, split into its words ({@code words[0]} first), and whether it hedges dates. */
    private record Prefix(String[] words, Hedge hedge, boolean date) {
        /**
         * True where the word tokens {@code at[k - 1]} .. {@code at[0]} (nearest the number last) are this phrase,
         * compared as {@link String#toLowerCase(Locale)} with {@link Locale#ROOT} would, without making strings.
         */
        boolean matches(Ctx c, int[] at, int k) {
            for (int w = 0; w < k; w++) {
                int start = c.start(at[k - 1 - w]);
                String word = words[w];
                if (c.end(at[k - 1 - w]) - start != word.length()) {
                    return false;
                }
                for (int j = 0; j < word.length(); j++) {
                    char ch = c.chars[start + j];
                    char want = word.charAt(j);
                    if (ch != want && (ch == '\u0130' || Character.toLowerCase(ch) != want)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private static Prefix[][][] prefixes() {
        List<List<List<Prefix>>> table = new ArrayList<>();
        for (int k = 0; k <= Hedge.longestPhraseWords(); k++) {
            List<List<Prefix>> byLetter = new ArrayList<>();
            for (int letter = 0; letter < 26; letter++) {
                byLetter.add(new ArrayList<>());
            }
            table.add(byLetter);
        }
        Hedge.phrases().forEach((phrase, hedge) -> {
            if (!POSTFIX.contains(phrase) && !DATE_POSTFIX.contains(phrase)) {
                if (phrase.charAt(0) < 'a' || phrase.charAt(0) > 'z') {
                    throw new IllegalStateException("a hedge phrase must start with a letter a to z: " + phrase);
                }
                String[] words = phrase.split(" ");
                table.get(words.length).get(phrase.charAt(0) - 'a')
                        .add(new Prefix(words, hedge, DATE_PHRASES.contains(phrase)));
            }
        });
        return table.stream().map(byLetter -> byLetter.stream().map(l -> l.toArray(Prefix[]::new))
                .toArray(Prefix[][]::new)).toArray(Prefix[][][]::new);
    }
    Hedges(Ctx c) {
        this.c = c;
    }

    /**
     * Sets the draft's hedge from the words before its first token, moving its start, or else from those after it
     * ("500 or more", "2027 at the earliest"), moving its end.
     */
    void hedge(Draft d, boolean date) {
        int[] words = hedgeWords;
        int count = 0;
        int j = c.skipStarsBack(d.first - 1);
        int sign = approximateSign(j);
        if (sign >= 0) {
            d.hedge = Hedge.APPROXIMATELY;
            d.first = sign;
            return;
        }
        while (count < longest && c.is(j, Token.Type.WORD)) {
            words[count++] = j;
            j = c.skipStarsBack(j - 1);
        }
        for (int k = count; k >= 1; k--) {
            char first = c.chars[c.start(words[k - 1])];
            char letter = first == '\u0130' ? 0 : Character.toLowerCase(first);
            if (letter < 'a' || letter > 'z') {
                continue;
            }
            for (Prefix p : PREFIXES[k][letter - 'a']) {
                if (p.date == date && p.matches(c, words, k) && !(date && k == 1 && comparedFrom(words[0]))
                        && !(p.hedge == Hedge.UP_TO && k == 2 && c.word(words[1], "up") && verbBeforeUp(words[1] - 1))) {
                    d.hedge = p.hedge;
                    d.first = words[k - 1];
                    return;
                }
            }
        }
        if (!date && c.tightDash(d.next) && c.word(d.next + 1, "plus")) {
            d.hedge = Hedge.MORE_THAN;  // "the 1,000-plus flights cancelled"
            d.next += 2;
            return;
        }
        if (!c.is(d.next, Token.Type.WORD)) {
            return;
        }
        for (Postfix p : POSTFIXES) {
            if (p.date == date && p.follows(c, d.next)) {
                d.hedge = p.hedge;
                d.next += p.words.length;
                return;
            }
        }
    }

    /** Verbs before "up to" that make it a movement to a level, not a hedge: "has jumped up to 14.6 weeks". */
    private static final Set<String> MOVED_UP = Set.of("jumped", "jumps", "added", "adds", "add", "adding", "rose",
            "risen", "climbed", "went", "gone", "goes", "shot", "moved", "ramped", "crept", "edged");

    private boolean verbBeforeUp(int k) {
        return c.is(k, Token.Type.WORD) && MOVED_UP.contains(c.lower(k));
    }

    /** How many tokens back in its sentence "estimate that" may stand before a number it hedges. */
    private static final int ESTIMATED_WITHIN = 30;

    /**
     * Makes an exact number an estimate where its sentence says so before it: "AAA estimates that 98.6 million
     * Americans will travel", "maps estimate that 4cm of snow will settle … rising to 10cm", "scientists estimated that
     * … concentration was 399.4 ppm".
     */
    void estimated(Draft d) {
        if (d.hedge != Hedge.EXACT) {
            return;
        }
        for (int k = d.first - 1; k > 0 && k >= d.first - ESTIMATED_WITHIN && !c.endsSentence(k); k--) {
            if (c.word(k, "that") && c.is(k - 1, Token.Type.WORD) && c.lower(k - 1).startsWith("estimat")) {
                d.hedge = Hedge.ESTIMATE;
                return;
            }
        }
    }

    /**
     * Returns the first token of a sign or abbreviation of "about" that ends at {@code j}: "~", "≈", "∼", "c." or
     * "ca." (in lower case, so an initial "C." is none); else -1.
     */
    private int approximateSign(int j) {
        if (!c.has(j) || !c.is(j, Token.Type.PUNCT)) {
            return -1;
        }
        char sign = c.chars[c.start(j)];
        if (sign == '~' || sign == '≈' || sign == '∼') {
            return j;
        }
        boolean abbreviation = sign == '.' && c.is(j - 1, Token.Type.WORD) && !c.spaceBefore(j)
                && (c.raw(j - 1).equals("c") || c.raw(j - 1).equals("ca") || c.raw(j - 1).equals("approx"));
        return abbreviation ? j - 1 : -1;
    }

    /** A hedge phrase after a number ("or more") or a date ("at the earliest"), split into its words. */
    private record Postfix(String[] words, Hedge hedge, boolean date) {
        /** True where the word tokens from {@code j} on are this phrase, ignoring case, and no "than" follows. */
        boolean follows(Ctx c, int j) {
            for (int w = 0; w < words.length; w++) {
                if (!c.word(j + w, words[w])) {
                    return false;
                }
            }
            return !c.word(j + words.length, "than");  // "5.3% or more than £9,000" starts the hedge of what follows
        }
    }

    private static final Postfix[] POSTFIXES = java.util.stream.Stream.concat(
            POSTFIX.stream().map(phrase -> new Postfix(phrase.split(" "), Hedge.forPhrase(phrase).orElseThrow(), false)),
            DATE_POSTFIX.stream().map(phrase -> new Postfix(phrase.split(" "), Hedge.forPhrase(phrase).orElseThrow(), true)))
            .toArray(Postfix[]::new);

    /** How many tokens before "from" a word of change or comparison is looked for: "fell 12 per cent from". */
    private static final int COMPARED_WITHIN = 5;

    /**
     * True where {@code j} is "from" within a few tokens of a word of change or comparison, in the same sentence:
     * "down from 2019", "down 5% from 2019", "fell 12 per cent from 2020".
     */
    private boolean comparedFrom(int j) {
        if (!c.word(j, "from")) {
            return false;
        }
        for (int k = j - 1; k >= 0 && k >= j - COMPARED_WITHIN; k--) {
            if (c.is(k, Token.Type.BREAK) || c.punct(k, '.') || c.punct(k, ';')) {
                return false;
            }
            if (c.is(k, Token.Type.WORD) && COMPARED.contains(c.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that set a ceiling at the amount after "at": "cap holiday lets at 15%". */
    private static final Set<String> CAP_VERBS = Set.of("cap", "caps", "capped", "capping");
    /** How many tokens before "at" a verb of capping is looked for. */
    private static final int CAP_WITHIN = 6;

    /**
     * Reads the hedges that a verb or a price sets rather than a phrase: an amount that something is capped at is at
     * most it ("cap holiday lets at 15%", the span left as it is), and a price "from" an amount, with no word of change
     * before, is at least it ("Fly to Lisbon from £39", the span taking the "from"). Leaves other drafts alone.
     */
    void ceilingOrFloor(Draft d) {
        int j = c.skipStarsBack(d.first - 1);
        if (c.word(j, "at")) {
            for (int k = j - 1; k >= 0 && k >= j - CAP_WITHIN && !c.endsSentence(k); k--) {
                if (c.is(k, Token.Type.WORD) && CAP_VERBS.contains(c.lower(k))) {
                    d.hedge = Hedge.AT_MOST;
                    return;
                }
            }
        } else if (d.kind == Mention.Kind.CURRENCY && c.word(j, "from") && c.is(j - 1, Token.Type.WORD)
                && !changeInSentenceBefore(j)) {
            d.hedge = Hedge.AT_LEAST;
            d.first = j;
        }
    }

    /** How many tokens back a price's "from" looks for a word of change in its sentence. */
    private static final int CHANGE_WITHIN = 20;

    /** True where a word of change or comparison stands before {@code j} in its sentence: "rises to €922m, from". */
    private boolean changeInSentenceBefore(int j) {
        for (int k = j - 1; k >= 0 && k >= j - CHANGE_WITHIN && !c.endsSentence(k); k--) {
            if (c.is(k, Token.Type.WORD) && COMPARED.contains(c.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
