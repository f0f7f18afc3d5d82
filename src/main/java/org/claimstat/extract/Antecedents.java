package org.claimstat.extract;

import java.util.List;
import java.util.Set;

/**
 * What a mention takes from the mentions before it where it names nothing itself: the noun of a bare count, the rate
 * of a plain amount of money. Each rule says how far back it looks and what stops it.
 */
final class Antecedents {
    private final Ctx c;
    private final Changes changes;

    Antecedents(Ctx c) {
        this.c = c;
        this.changes = new Changes(c);
    }

    /** Completes draft {@code d} from {@code before}, the drafts read before it in text order. */
    void apply(Draft d, List<Draft> before) {
        countedAsBefore(d, before);
        perAsBefore(d, before);
        rateAsBefore(d, before);
        rateOfLevel(d, before);
        hedgeAsBefore(d, before);
    }

    /** How many tokens back a price level looks for the change that reached it. */
    private static final int CHANGE_WITHIN = 16;

    /**
     * Gives the plain amount of money a price changed by the rate of the price it reached, in the same sentence: "rose
     * 9 cents to $2.48 a gallon" and "rose $2.16, or 2 percent, to $110.53 a barrel" are per gallon and per barrel,
     * whatever rate an earlier sentence's price had.
     */
    private void rateOfLevel(Draft d, List<Draft> drafts) {
        if (d.kind != Mention.Kind.CURRENCY || d.per == null || d.scale != null
                || !c.word(c.skipStarsBack(d.first - 1), "to")) {
            return;
        }
        for (int k = drafts.size() - 1; k >= 0 && d.first - drafts.get(k).next <= CHANGE_WITHIN; k--) {
            Draft prev = drafts.get(k);
            if (prev.kind == Mention.Kind.CURRENCY) {
                boolean reached = c.word(prev.next, "to") || c.punct(prev.next, ',');  // "9 cents to", "$2.16, or 2%, to"
                if (reached && prev.scale == null && prev.unit.equals(d.unit) && sentenceEnds(prev.next, d.first) == 0) {
                    prev.per = d.per;
                }
                return;
            }
        }
    }

    /**
     * Gives an exact amount in brackets right after another amount, its conversion, the hedge of that amount:
     * "approximately 95 kilometers (59 miles)" is about 59 miles too. Not a range or a date.
     */
    private void hedgeAsBefore(Draft d, List<Draft> drafts) {
        if (drafts.isEmpty() || d.hedge != org.claimstat.Hedge.EXACT || d.kind == Mention.Kind.DATE
                || !c.punct(d.first - 1, '(')) {
            return;
        }
        Draft prev = drafts.get(drafts.size() - 1);
        if (prev.next == d.first - 1 && prev.kind != Mention.Kind.DATE && !prev.isRange()) {
            d.hedge = prev.hedge;
        }
    }

    /** Words after which a bare count compares with the count before it: "48,200 vacancies, up from 31,000". */
    private static final Set<String> COMPARED_FROM = Set.of("from", "against", "versus", "vs", "up", "down");
    /** How many tokens back a comparison looks for the count it compares with. */
    private static final int COMPARED_WITHIN = 40;
    /** How many tokens, and sentence ends, back a bare count looks for the count of an earlier sentence. */
    private static final int EARLIER_WITHIN = 80;
    private static final int EARLIER_SENTENCES = 2;

    /**
     * Gives a count with no noun of its own the noun of the count before it in the same sentence (dates between, and
     * durations too where no word of comparison stands before, are passed over), as a reader does: "157 people dead …,
     * killing 189", "376 Max planes …, a further 4,636", "2.3 billion people lacked water, and 419 million …", "148
     * armoured vehicles, the first 12 …". After "from", "against", "versus", "up" or "down" the amount before may have
     * any unit of its own, and the count takes its kind and unit: "48,200 vacancies in June, up from 31,000" counts
     * vacancies twice, "9,400 tonnes, up from 7,100" weighs tonnes twice, "14.6 weeks, up 0.6" is weeks. Followed by
     * "of them", the count before may stand in an earlier sentence. Not after "at" or "to", where a count is a level
     * whose own subject {@link Counts} looked for ("waiting lists stood at 7.6 million"), unless "to" ends a "from … to"
     * whose first count named the noun ("from just over 100 cases to almost 1,000"). With no amount before it in its
     * sentence, a bare count counts what the last count of the two sentences before counted ("the economy added 138,000
     * jobs … Employment in mining has risen by 47,000"), in the same paragraph and except after "at" or "to".
     */
    private void countedAsBefore(Draft d, List<Draft> drafts) {
        if (d.kind != Mention.Kind.QUANTITY || !d.counted.isEmpty() || drafts.isEmpty()) {
            return;
        }
        int before = c.skipStarsBack(d.first - 1);
        boolean compared = c.is(before, Token.Type.WORD) && COMPARED_FROM.contains(c.lower(before))
                || c.word(before, "with") && c.word(c.skipStarsBack(before - 1), "compared");
        boolean pronoun = c.word(d.next, "of") && (c.word(d.next + 1, "them") || c.word(d.next + 1, "those"));
        Draft prev = null;
        for (int k = drafts.size() - 1; k >= 0 && d.first - drafts.get(k).next <= COMPARED_WITHIN; k--) {
            Mention.Kind kind = drafts.get(k).kind;
            if (kind != Mention.Kind.DATE && (compared || pronoun || kind != Mention.Kind.DURATION)) {
                prev = drafts.get(k);
                break;
            }
        }
        if (prev == null || !pronoun && sentenceEnds(prev.next, d.first) > 0) {
            if (!compared && !pronoun && !c.word(before, "at") && !c.word(before, "to")) {
                countedAsEarlier(d, drafts);
            }
            return;
        }
        boolean fromTo = c.word(before, "to") && changes.fromBefore(prev.first) >= 0;  // "from just over 100 to …"
        if (!hasOwnUnit(prev) || !compared && prev.kind != Mention.Kind.QUANTITY
                || !compared && !pronoun && !fromTo && (c.word(before, "at") || c.word(before, "to"))) {
            return;  // after "at" or "to" the count is a level, whose subject was looked for: "lists stood at 7.6 million"
        }
        d.kind = prev.kind;
        d.counted = prev.counted;
        d.unit = prev.unit;
    }

    /** Gives a bare count the noun of the last count with one in the sentences just before its own. */
    private void countedAsEarlier(Draft d, List<Draft> drafts) {
        for (int k = drafts.size() - 1; k >= 0 && d.first - drafts.get(k).next <= EARLIER_WITHIN; k--) {
            Draft prev = drafts.get(k);
            if (prev.kind == Mention.Kind.QUANTITY && !prev.counted.isEmpty()) {
                if (sentenceEnds(prev.next, d.first) <= EARLIER_SENTENCES && !paragraphBetween(prev.next, d.first)) {
                    d.counted = prev.counted;
                    d.unit = prev.unit;
                }
                return;
            }
        }
    }

    /** True where a blank line lies between token {@code from} and {@code to}: two line breaks in a row. */
    private boolean paragraphBetween(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (c.is(j, Token.Type.BREAK) && c.is(j - 1, Token.Type.BREAK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many sentence ends lie between token {@code from} (inclusive) and {@code to} (exclusive); a stop and the line
     * break after it end one sentence.
     */
    private int sentenceEnds(int from, int to) {
        int ends = 0;
        for (int j = from; j < to; j++) {
            ends += c.endsSentence(j) && (j == from || !c.endsSentence(j - 1)) ? 1 : 0;
        }
        return ends;
    }

    /**
     * Gives a plain amount of money in brackets with no rate of its own the rate of the plain amount of money before it
     * in the same sentence: "above the $3.00 per gallon threshold are Hawaii ($3.59) and Alaska ($3.22)".
     */
    private void perAsBefore(Draft d, List<Draft> drafts) {
        if (d.kind != Mention.Kind.CURRENCY || d.per != null || d.scale != null || !c.punct(d.first - 1, '(')) {
            return;
        }
        for (int k = drafts.size() - 1; k >= 0 && d.first - drafts.get(k).next <= COMPARED_WITHIN; k--) {
            Draft prev = drafts.get(k);
            if (prev.kind == Mention.Kind.CURRENCY) {
                if (sentenceEnds(prev.next, d.first) == 0) {
                    d.per = prev.scale == null && prev.unit.equals(d.unit) ? prev.per : null;
                }
                return;
            }
        }
    }

    /** How many tokens back a plain amount of money looks for the price it goes on with. */
    private static final int PRICE_WITHIN = 150;

    /**
     * Gives a plain amount of money (no scale word, no rate of its own) the rate of the amount of money just before it
     * where that one is a price per a thing, in the same currency and with no scale word: after "$8.67 a share", "eight
     * cents short of the $8.75 analysts were expecting" and "the stock is down to $605" are per share; after "$5 a
     * barrel", "to above $85". A price per a time ("$5 a year") passes on nothing: a total often follows it.
     */
    private void rateAsBefore(Draft d, List<Draft> drafts) {
        if (d.kind != Mention.Kind.CURRENCY || d.per != null || d.scale != null) {
            return;
        }
        for (int k = drafts.size() - 1; k >= 0 && d.first - drafts.get(k).next <= PRICE_WITHIN; k--) {
            Draft prev = drafts.get(k);
            if (prev.kind == Mention.Kind.CURRENCY) {
                boolean price = prev.per != null && prev.scale == null && prev.unit.equals(d.unit)
                        && !Lexicon.DURATIONS.containsValue(prev.per);
                d.per = price ? prev.per : null;
                return;
            }
        }
    }

    private static boolean hasOwnUnit(Draft d) {
        return switch (d.kind) {
            case QUANTITY -> !d.counted.isEmpty();
            case PHYSICAL, CURRENCY, PERCENT, DURATION -> true;
            case RANK, DATE -> false;
        };
    }
}
