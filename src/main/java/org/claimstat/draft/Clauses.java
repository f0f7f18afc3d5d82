package org.claimstat.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the clause of a sentence a number stands in: between semicolons, dashes, "while", "whereas" and "but". */
final class Clauses {
    private static final Pattern MARK = Pattern.compile("(?i);|\\s[—–]\\s|,?\\s(?:while|whereas|but|although|after)\\s");

    private Clauses() {
    }

    /** Returns the span of the clause of sentence {@code sStart..sEnd} around {@code start..end}. */
    static int[] around(String text, int start, int end, int sStart, int sEnd) {
        int cs = sStart;
        int ce = sEnd;
        Matcher m = MARK.matcher(text).region(sStart, sEnd);
        while (m.find()) {
            if (m.end() <= start) {
                cs = m.end();
            } else if (m.start() >= end) {
                ce = m.start();
                break;
            }
        }
        return new int[] {cs, ce};
    }
}
