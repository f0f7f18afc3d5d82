package org.claimstat.draft;

import java.util.regex.Pattern;
import org.claimstat.extract.Mention;

/**
 * Finds a count whose words point back at an earlier one: "only 7,012 of them" is a part of the count before it in
 * its sentence, about the same place; "that figure is likely to be closer to 300,000" restates the figure before it,
 * so it measures the same thing about the same place.
 */
final class Anaphora {
    /** "7,012 of them": a part of the count before. */
    private static final Pattern OF_THEM = Pattern.compile("(?i)^\\s+of\\s+(?:them|those|these)\\b");
    /** "that figure is likely to be closer to": the figure before, restated. */
    private static final Pattern THAT_FIGURE = Pattern.compile("(?i)\\b(?:that|this|the)\\s+(?:figure|number|"
            + "estimate|count|tally)\\s+(?:is|was|would be|could be|may be|might be)\\b");

    /** What a mention takes from the claim before it. */
    enum Back {
        /** Nothing. */
        NONE,
        /** Its place (a part of the count before). */
        PLACE,
        /** Its place and what it measures (the figure before, restated). */
        ALL
    }

    private Anaphora() {
    }

    /** Returns what {@code m}, whose sentence starts at {@code sStart} in {@code text}, takes from the claim before. */
    static Back of(String text, Mention m, int sStart) {
        if (m.kind() != Mention.Kind.QUANTITY) {
            return Back.NONE;
        }
        if (OF_THEM.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).lookingAt()) {
            return Back.PLACE;
        }
        String before = text.substring(sStart, m.start());
        return THAT_FIGURE.matcher(before).find() && Places.find(text, sStart, m.start()).isEmpty() ? Back.ALL
                : Back.NONE;
    }
}
