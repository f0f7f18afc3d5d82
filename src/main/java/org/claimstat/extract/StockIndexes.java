package org.claimstat.extract;

import java.util.Set;

/**
 * Stock indexes in market reports: a bare number that an index moved by or stands at is in points ("The Dow average
 * fell 120.32, or 1.2 percent, to 10,349.93"; "the Nikkei closed at 25479.42"), as a reader of the report takes it.
 */
final class StockIndexes {
    /** Names of stock indexes and the nouns that name one ("the composite index"), lower case. */
    static final Set<String> NAMES = Set.of("dow", "nasdaq", "ftse", "nikkei", "dax", "cac", "sensex", "nifty",
            "kospi", "stoxx", "topix", "tsx", "asx", "seng", "russell", "index", "composite", "s&p");
    /** Words just before a bare number that make it a move or a level of the subject: "fell 40.97", "to 2,647.00". */
    private static final Set<String> MOVES = Set.of("to", "at", "by", "fell", "rose", "lost", "gained", "dropped",
            "added", "climbed", "slipped", "shed", "jumped", "tumbled", "advanced", "declined", "sank", "surged",
            "plunged", "slid", "eased", "rallied", "dipped", "down", "up", "above", "below", "near", "around");
    /** How many tokens back a move looks for the index it is of, within its sentence. */
    private static final int WITHIN = 24;

    private final Ctx c;

    StockIndexes(Ctx c) {
        this.c = c;
    }

    /** True where the bare number starting at token {@code first} is a move or a level of a stock index. */
    boolean inPoints(int first) {
        int before = c.skipStarsBack(first - 1);
        if (!c.is(before, Token.Type.WORD) || !MOVES.contains(c.lower(before))) {
            return false;
        }
        for (int k = before - 1; k >= 0 && k >= first - WITHIN; k--) {
            if (c.endsSentence(k)) {
                return false;
            }
            if (c.is(k, Token.Type.WORD) && isName(k)) {
                return true;
            }
        }
        return false;
    }

    /** True where token {@code k} names a stock index: a name ("Dow", "FTSE"), "index", or the "P" of "S&P". */
    private boolean isName(int k) {
        String w = c.lower(k);
        return NAMES.contains(w) && (c.capitalised(k) || w.equals("index") || w.equals("composite"))
                || w.equals("p") && c.punct(k - 1, '&');
    }
}
