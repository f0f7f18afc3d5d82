package org.claimstat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says how a stated number relates to the true value: exactly, about, at most, more than, or a range.
 *
 * <p>The file names ({@link #code()}) are a public contract: {@code exact, approximately, estimate,
 * nearly, up_to, at_most, less_than, at_least, more_than, range}. This enum is also the one place
 * that maps the hedge words of English prose ("some", "surpassed", "as many as") to a hedge: see
 * {@link #forPhrase(String)}. The table also holds the words that follow a number ("or more", "or so")
 * and the prepositions that hedge a date ("by 2030" is at most 2030, "since 2022" at least 2022);
 * a scanner decides which of them apply where. How a hedge turns a value into an interval is defined in
 * {@link Quantity#interval()}.
 *
 * {@snippet class=org.claimstat.snippets.ModelSnippets region=hedge}
 */
public enum Hedge {
    /** The value is stated as exact: [v, v]. */
    EXACT("exact", "exactly", "precisely"),
    /** "about", "some", "around", "roughly": a band of the number's tolerance either side (see {@link Quantity}). */
    APPROXIMATELY("approximately", "about", "some", "around", "roughly", "approximately", "close to",
            "circa", "approx.", "in the region of", "on the order of", "or so", "near"),
    /** "an estimated", "estimated at", "an estimate of": a band like {@link #APPROXIMATELY}, stated as an estimate. */
    ESTIMATE("estimate", "an estimated", "estimated at", "estimated", "est.", "estimate of", "estimates of"),
    /** "nearly", "almost": close below the value, up to and including it: two tolerances wide (see {@link Quantity}). */
    NEARLY("nearly", "nearly", "almost", "just under", "just shy of", "close on"),
    /** "up to", "as many as": at most the value, reached or not. */
    UP_TO("up_to", "up to", "as many as", "as much as", "as high as"),
    /** "at most", "no more than": the value is a closed upper bound. */
    AT_MOST("at_most", "at most", "no more than", "not more than", "a maximum of", "maximum of", "or fewer",
            "or less", "by", "until", "through", "no later than", "at the latest", "capped at", "within"),
    /** "less than", "fewer than", "under", "below": an open upper bound. */
    LESS_THAN("less_than", "less than", "fewer than", "under", "below", "lower than", "before"),
    /** "at least", "no fewer than", "a minimum of": a closed lower bound. */
    AT_LEAST("at_least", "at least", "no fewer than", "no less than", "a minimum of", "minimum of", "or more",
            "since", "from", "no earlier than", "at the earliest", "starts at", "starting at", "starting from",
            "as little as", "as low as"),
    /** "more than", "over", "surpassed", "exceeded": an open lower bound. */
    MORE_THAN("more_than", "more than", "over", "surpassed", "exceeded", "exceeds", "exceeding",
            "above", "in excess of", "upwards of", "greater than", "surpassing", "surpasses", "surpass", "exceed",
            "topped", "tops", "topping", "passing", "after", "longer than", "higher than", "north of"),
    /** "six to nine", "12,000-15,000", "between 40 and 60": both bounds stated. */
    RANGE("range");

    private static final Map<String, Hedge> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Hedge::code, h -> h));
    private static final Map<String, Hedge> BY_PHRASE = Arrays.stream(values())
            .flatMap(h -> Arrays.stream(h.phrases).map(p -> Map.entry(p, h)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Pattern SPACES = Pattern.compile("\\s++");
    private static final int LONGEST_PHRASE_WORDS = BY_PHRASE.keySet().stream()
            .mapToInt(p -> p.split(" ").length).max().orElse(1);

    private final String code;
    private final String[] phrases;

    Hedge(String code, String... phrases) {
        this.code = code;
        this.phrases = phrases;
    }

    /** Returns the name used in dataset files, such as {@code up_to}. */
    public String code() {
        return code;
    }

    /** Returns the code, the inverse of {@link #parse(String)}. */
    @Override
    public String toString() {
        return code;
    }

    /** Returns true where the hedge leaves no upper bound ({@code at_least}, {@code more_than}). */
    public boolean isOpenAbove() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    /** Returns true where the hedge leaves no lower bound ({@code up_to}, {@code at_most}, {@code less_than}). */
    public boolean isOpenBelow() {
        return this == UP_TO || this == AT_MOST || this == LESS_THAN;
    }

    /** Returns true where the stated value is the upper bound of the interval. */
    public boolean valueIsUpperBound() {
        return this == NEARLY || isOpenBelow();
    }

    /** Returns true where the stated value is the lower bound of the interval. */
    public boolean valueIsLowerBound() {
        return isOpenAbove();
    }

    /** Returns true for the hedges whose interval is a band around the value. */
    public boolean isBand() {
        return this == APPROXIMATELY || this == ESTIMATE;
    }

    /**
     * Parses a file code such as {@code more_than}.
     *
     * @throws IllegalArgumentException naming the text and the codes that are allowed
     */
    public static Hedge parse(String code) {
        Hedge hedge = BY_CODE.get(code);
        if (hedge == null) {
            throw new IllegalArgumentException("unknown hedge '" + code + "'; expected one of "
                    + String.join(", ", Arrays.stream(values()).map(Hedge::code).toList()));
        }
        return hedge;
    }

    /**
     * Maps a hedge phrase of English prose to its hedge, ignoring case and runs of white space:
     * "Nearly" gives {@code NEARLY}, "as many as" gives {@code UP_TO}, "surpassed" gives
     * {@code MORE_THAN}. Returns empty for words that are no hedge.
     */
    public static Optional<Hedge> forPhrase(String phrase) {
        Hedge exact = BY_PHRASE.get(phrase);
        if (exact != null || isNormal(phrase)) {
            return Optional.ofNullable(exact);
        }
        String key = SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_PHRASE.get(key));
    }

    /** True where a phrase is already lower case with single spaces inside, so a miss needs no second look. */
    private static boolean isNormal(String phrase) {
        for (int k = 0; k < phrase.length(); k++) {
            char c = phrase.charAt(k);
            boolean space = Character.isWhitespace(c);
            if (Character.isUpperCase(c) || space && (c != ' ' || k == 0 || k == phrase.length() - 1
                    || phrase.charAt(k - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns every phrase {@link #forPhrase(String)} knows, in lower case with single spaces,
     * mapped to its hedge; the map is unmodifiable.
     */
    public static Map<String, Hedge> phrases() {
        return BY_PHRASE;
    }

    /** Returns the number of words of the longest hedge phrase, for scanners that look back. */
    public static int longestPhraseWords() {
        return LONGEST_PHRASE_WORDS;
    }
}
