package org.claimstat.extract;

import java.util.Set;

/**
 * Tells a change from a level: "rose 8.1 percent to 99.20 yuan" is a change of 8.1 percent and a level of 99.20 yuan,
 * "up 2 points" and "a 5% rise" are changes, and "rose from 3% to 5%" is two levels, not a range.
 */
final class Changes {
    /** Words right before a number that make it a change: "rose 8.1 percent", "up 2 points", "grew by 4%". */
    private static final Set<String> VERBS = Set.of("rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls",
            "fallen", "falling", "grew", "grow", "grows", "grown", "growing", "increased", "increase", "increases",
            "increasing", "decreased", "decrease", "decreases", "decreasing", "climbed", "climb", "climbs", "climbing",
            "jumped", "jump", "jumps", "jumping", "dropped", "drop", "drops", "dropping", "declined", "decline",
            "declines", "declining", "gained", "gain", "gains", "gaining", "lost", "lose", "loses", "losing", "slipped",
            "slips", "slid", "slides", "surged", "surges", "soared", "soars", "plunged", "plunges", "slumped", "slumps",
            "tumbled", "tumbles", "sank", "sinks", "shrank", "shrinks", "expanded", "expands", "contracted",
            "contracts", "advanced", "advances", "retreated", "eased", "eases", "edged", "added", "adds", "shed",
            "sheds", "widened", "narrowed", "up", "down", "higher", "lower");
    /** Nouns of change before "of" and a number: "a rise of 5%", "growth of 2.1 percent". */
    private static final Set<String> NOUNS = Set.of("rise", "increase", "fall", "drop", "decline", "gain", "growth",
            "jump", "cut", "cuts", "reduction", "decrease", "loss", "hike", "surge", "change", "slump", "contraction",
            "expansion", "improvement", "deterioration", "uplift");
    /** Words right after an amount that make it a change: "a 5% rise", "5% higher", "3% year-on-year". */
    private static final Set<String> AFTER = Set.of("rise", "increase", "fall", "drop", "decline", "gain", "jump",
            "cut", "reduction", "decrease", "hike", "surge", "slump", "uplift", "higher", "lower", "more", "less",
            "up", "down", "growth", "year-on-year");

    private final Ctx c;

    Changes(Ctx c) {
        this.c = c;
    }

    /** True where token {@code k} is a word of change: "rose", "fell", "up", "higher". */
    boolean isChangeWord(int k) {
        return c.is(k, Token.Type.WORD) && VERBS.contains(c.lower(k));
    }

    /** How many tokens back from a number "from" may stand, and a word of change before "from". */
    private static final int FROM_WITHIN = 5;
    private static final int CHANGE_BEFORE_FROM = 3;

    /**
     * Returns the token of "from" among the few words before token {@code first} in its sentence, with no number
     * between ("from 100", "from just over 100", "from an initial estimate of 130,000"), or -1.
     */
    int fromBefore(int first) {
        for (int k = first - 1; k >= 0 && k >= first - FROM_WITHIN; k--) {
            if (c.is(k, Token.Type.NUMBER) || c.endsSentence(k)) {
                return -1;
            }
            if (c.word(k, "from")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True where a word of change stands shortly before the "from" a number follows, so that "from X to Y" is two
     * levels: "rose from 3% to 5%", "August rose sharply, from an initial estimate of 130,000 to 168,000".
     */
    boolean changesFrom(int first) {
        int from = fromBefore(first);
        for (int k = from - 1; from >= 0 && k >= 0 && k >= from - CHANGE_BEFORE_FROM && !c.endsSentence(k); k--) {
            if (isChangeWord(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the draft a change where a word of change stands right before it ("rose 8.1 percent", "up by 2 points",
     * "a rise of 5%") or right after an amount with a unit ("a 5% rise", "5% higher"). A count of a named thing is
     * left a level ("cut 300 jobs"), as are the numbers after "to" and "from" ("rose to 99.20 yuan").
     */
    void mark(Draft d) {
        if (d.kind == Mention.Kind.DATE || d.kind == Mention.Kind.RANK
                || d.kind == Mention.Kind.QUANTITY && !d.counted.isEmpty() && !d.counted.toLowerCase(java.util.Locale.ROOT).startsWith("point")) {
            return;
        }
        int before = c.skipStarsBack(d.first - 1);
        if (c.word(before, "by")) {
            before = c.skipStarsBack(before - 1);
        } else if (c.word(before, "of")) {
            int noun = c.skipStarsBack(before - 1);
            d.change = c.is(noun, Token.Type.WORD) && NOUNS.contains(c.lower(noun));
            return;
        }
        boolean after = d.kind != Mention.Kind.QUANTITY && c.is(d.next, Token.Type.WORD) && AFTER.contains(c.lower(d.next));
        d.change = isChangeWord(before) || after;
    }
}
