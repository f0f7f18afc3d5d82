package org.claimstat.compare;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whom a quote attributes its figure to: "according to The Bell", "citing Forbes", "data from
 * Rosstat", "Home Office figures show", "The Bell estimated". Names are runs of capitalised words
 * (with "of", "for", "and" between them). Stateless and thread-safe.
 */
final class Attributions {
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*+";
    private static final String NAME = "(" + WORD + "(?:\\s++(?:(?:of|for|and|on|de|du|des|la|le)\\s++)*" + WORD + ")*+)";
    private static final String THE = "(?:(?:the|a|an|its|their|new|recent|latest|official)\\s++)*";
    private static final String NOUN = "(?i:figures|data|statistics|estimates?|numbers|count|tally|study|report|analysis"
            + "|calculations|survey|research|poll)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i:according to|citing|cited by|quoting|reported by|estimated by|calculated by|compiled by"
                    + "|published by|as per)\\s++" + THE + "(?:(?:\\p{Ll}[\\p{Ll}-]*+\\s++){1,3}(?i:by|from|of)\\s++"
                    + THE + ")?" + NAME),
            Pattern.compile(NOUN + "\\s++(?i:from|by|of)\\s++" + THE + NAME),
            Pattern.compile(NAME + "(?:['’]s?)?\\s++" + NOUN + "\\s++(?i:show|showed|shows|suggest|suggests|suggested"
                    + "|indicate|indicates|say|says|said|put|puts|found|find|finds|published)\\b"),
            Pattern.compile(NAME + "\\s++(?i:said|says|estimated|estimates|reported|reports|calculated|counted|found|wrote)\\b"));

    private Attributions() {
    }

    /** Returns the name the quote attributes its figure to, if it names one. */
    static Optional<String> of(String quote) {
        if (quote.isBlank()) {
            return Optional.empty();
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(quote);
            while (m.find()) {
                String name = m.group(1).replaceAll("[.'’]+$", "");
                if (!Claimants.normalize(name).isEmpty() && !isSentenceWord(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** True for a capitalised word that starts a sentence and names no one ("This", "More", "Some"). */
    private static boolean isSentenceWord(String name) {
        return name.indexOf(' ') < 0 && Claimants.normalize(name).matches(
                "this|that|these|those|it|they|we|he|she|more|some|around|about|nearly|almost|over|officials|police");
    }
}
