package org.claimstat;

import java.util.Map;

/**
 * The singular of an English counted noun, so that a count in {@code people} and one in
 * {@code person} are counts of one thing. Irregular plurals are listed; regular ones lose their
 * {@code -s}, {@code -es} or {@code -ies}. Only the last word of a noun phrase is changed
 * ({@code asylum seekers} is {@code asylum seeker}).
 */
final class Nouns {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("persons", "person"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("children", "child"), Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"), Map.entry("teeth", "tooth"), Map.entry("feet", "foot"),
            Map.entry("data", "datum"), Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"),
            Map.entry("indices", "index"), Map.entry("analyses", "analysis"), Map.entry("crises", "crisis"),
            Map.entry("theses", "thesis"), Map.entry("lives", "life"), Map.entry("wives", "wife"),
            Map.entry("knives", "knife"), Map.entry("halves", "half"), Map.entry("leaves", "leaf"),
            Map.entry("staff", "staff"), Map.entry("series", "series"), Map.entry("species", "species"),
            Map.entry("news", "news"), Map.entry("sheep", "sheep"), Map.entry("fish", "fish"));

    private Nouns() {
    }

    /** Returns the singular of a counted noun phrase in lower case; a singular is returned as it is. */
    static String singular(String noun) {
        int space = noun.lastIndexOf(' ');
        String head = noun.substring(space + 1);
        return noun.substring(0, space + 1) + singularWord(head);
    }

    private static String singularWord(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")
                || w.endsWith("zes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
