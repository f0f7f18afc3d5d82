package org.claimstat.extract;

import java.util.Locale;
import java.util.Set;
import org.claimstat.Unit;

/** What a count counts: the noun after it, of its whole, of its label, or the subject of its verb; or years for an age. */
final class Counts {
    private final Ctx c;
    private final Numbers numbers;
    private final Phrases phrases;
    private final StockIndexes stockIndexes;

    Counts(Ctx c, Numbers numbers, Phrases phrases) {
        this.c = c;
        this.numbers = numbers;
        this.phrases = phrases;
        this.stockIndexes = new StockIndexes(c);
    }

    /**
     * Sets what a count counts: the noun after it (or joined to it by a dash: "a 135-acre farm"), else the noun of its whole ("41 of the 215 trusts"), of its label
     * ("Passengers: 48.2 million") or of the subject of its verb ("potholes rose to 31,000"); or years where it is an
     * age ("aged 40 to 79").
     */
    void counted(Draft d) {
        if (isMagnitude(d)) {
            d.counted = "magnitude";
            d.unit = MAGNITUDE;
            return;
        }
        d.counted = phrases.counted(d.next);
        boolean nounAfter = !d.counted.isEmpty();
        if (d.counted.isEmpty() && c.is(d.next, Token.Type.WORD) && BETWEEN_COUNT_AND_NOUN.contains(c.lower(d.next))
                && !c.word(d.next + 1, "than")) {
            d.counted = phrases.counted(d.next + 1);  // "280 million more trips", "two other people"
        }
        if (d.counted.isEmpty() && c.tightDash(d.next) && c.is(d.next + 1, Token.Type.WORD)
                && Character.isLowerCase(c.chars[c.start(d.next + 1)])) {
            d.counted = phrases.counted(d.next + 1);  // "a 135-acre farm", "a 23-page report"
        }
        if (d.counted.isEmpty()) {
            d.counted = countedOfWhole(d.next);
        }
        if (d.counted.isEmpty()) {
            d.counted = label(d.first);
        }
        if (d.counted.isEmpty()) {
            String measure = measureBefore(d.first);
            if (measure.equals("magnitude")) {
                d.counted = measure;
                d.unit = MAGNITUDE;
                return;
            }
            d.counted = measure;
        }
        // Only the word just before the number can make it an age ("aged") or the end of a clause with a subject ("to",
        // "at", or the verb itself): this spares runs of bare numbers and of other words the look back.
        int before = c.skipStarsBack(d.first - 1);
        String word = d.counted.isEmpty() && c.is(before, Token.Type.WORD) ? c.lower(before) : null;
        boolean age = word != null && AGE_WORDS.contains(word);
        if (word != null && !age && (word.equals("to") || word.equals("at") || LEVEL_VERBS.contains(word))) {
            d.counted = subject(d.first);
        }
        if (d.counted.isEmpty() && !age && tollBefore(d.first)) {
            d.counted = "deaths";
        }
        if (!nounAfter && !age && stockIndexes.inPoints(d.first)) {
            d.counted = "points";  // "The Dow average fell 120.32, or 1.2 percent, to 10,349.93"
        }
        d.unit = age ? Lexicon.unit("year") : Phrases.countUnit(d.counted);
        d.kind = age ? Mention.Kind.DURATION : d.kind;
    }

    private static final Unit MAGNITUDE = Lexicon.unit("magnitude");
    /** How many tokens back a bare count looks for the death toll its sentence is about. */
    private static final int TOLL_WITHIN = 30;

    /**
     * True where a bare count's sentence is about a death toll, named before it: "The death toll of the quakes which
     * affected 11 provinces of Turkey exceeded 48,000", "the combined death toll ... from the 7.8 magnitude quake
     * approached around 36,000". The count is of deaths, not of the provinces or the magnitude before it.
     */
    private boolean tollBefore(int first) {
        for (int k = first - 1; k >= 0 && k >= first - TOLL_WITHIN; k--) {
            if (c.endsSentence(k)) {
                return false;
            }
            if (c.word(k, "toll") || c.word(k, "tolls")) {
                return !c.word(k + 1, "road") && !c.word(k + 1, "roads");
            }
        }
        return false;
    }
    /** Words that may stand between a count and its noun: "280 million more trips", "two other people". */
    private static final Set<String> BETWEEN_COUNT_AND_NOUN = Set.of("more", "fewer", "other", "further");
    /** How many tokens back from a bare count the measure its sentence names is looked for. */
    private static final int MEASURE_WITHIN = 12;

    /**
     * Returns what a bare count measures where its sentence names it before it, with no other number between: the
     * magnitude ("the magnitude of the earthquake was recorded at 7.2") or the noun of "the number of" ("the number of
     * cases surged from just over 100 to almost 1,000"); else "".
     */
    private String measureBefore(int first) {
        for (int k = first - 1; k >= 0 && k >= first - MEASURE_WITHIN; k--) {
            if (c.endsSentence(k) || c.is(k, Token.Type.NUMBER)) {
                return "";
            }
            if (c.word(k, "magnitude") && !c.is(k - 1, Token.Type.NUMBER) && !(c.tightDash(k - 1) && c.is(k - 2, Token.Type.NUMBER))) {
                return "magnitude";  // not "the 7.8 magnitude quake approached 36,000": that magnitude is the 7.8's
            }
            if ((c.word(k, "number") || c.word(k, "numbers")) && c.word(k + 1, "of")) {
                String noun = phrases.counted(c.word(k + 2, "the") ? k + 3 : k + 2);
                int space = noun.lastIndexOf(' ');
                return Phrases.isPlural(noun.substring(space + 1).toLowerCase(Locale.ROOT)) ? noun : "";
            }
        }
        return "";
    }

    /**
     * True where a number is an earthquake's magnitude, a point on a scale counted in the noun slot as
     * {@code magnitude}: "magnitude 8.2", "a magnitude-7.8 quake", "a 7.2-magnitude earthquake", "7.2 magnitude".
     */
    private boolean isMagnitude(Draft d) {
        int before = c.skipStarsBack(d.first - 1);
        int after = c.tightDash(d.next) ? d.next + 1 : d.next;
        return c.word(before, "magnitude") || c.tightDash(before) && c.word(before - 1, "magnitude")
                || c.word(after, "magnitude");
    }

    /** Verbs of level and change whose subject a bare count after them counts: "potholes rose by a fifth to 31,000". */
    private static final Set<String> LEVEL_VERBS = Set.of("rose", "fell", "grew", "dropped", "climbed", "jumped",
            "increased", "decreased", "declined", "stood", "reached", "totalled", "totaled", "numbered", "were", "was",
            "hit", "soared", "plunged", "slumped", "doubled", "halved", "shrank", "swelled", "peak", "peaks",
            "peaked");
    /** Plural nouns that measure rather than count; a count after their verb is not of them ("prices rose to 300"). */
    private static final Set<String> MEASURES = Set.of("numbers", "figures", "levels", "totals", "rates", "prices",
            "sizes", "lists", "sales", "shares", "costs", "revenues", "profits", "exports", "imports", "earnings",
            "values", "volumes", "temperatures", "yields", "rents", "wages", "salaries", "fees", "bills", "estimates");
    /** How many tokens back from a bare count its subject's verb is looked for. */
    private static final int SUBJECT_WITHIN = 8;

    /**
     * Returns the subject of the verb of level or change that a bare count completes, within its sentence: "potholes"
     * in "potholes rose by a fifth to 31,000", "Britons" in "Britons were the largest group, at 18.4 million", and
     * "Staff" in "Staff numbers grew by 4.1 per cent to 1.26 million" (a noun that measures gives way to the person
     * noun before it). The subject is the plural noun just before the verb; else "".
     */
    private String subject(int first) {
        int numbers = 0;
        for (int k = first - 1; k >= 0 && k >= first - SUBJECT_WITHIN; k--) {
            Token.Type type = c.tokens.type(k);
            if (type == Token.Type.NUMBER && ++numbers > 1 || c.endsSentence(k)) {
                return "";  // one number may stand between, the change ("fell 4% to 49,489"); a second ends the search
            }
            if (type == Token.Type.WORD && LEVEL_VERBS.contains(c.lower(k))) {
                int noun = subjectNoun(k - 1);
                if (!c.is(noun, Token.Type.WORD) || !Phrases.isPlural(c.lower(noun)) || Lexicon.STOP.contains(c.lower(noun))) {
                    return "";
                }
                if (!MEASURES.contains(c.lower(noun))) {
                    return c.raw(noun);
                }
                boolean people = c.is(noun - 1, Token.Type.WORD) && Lexicon.PERSONS.contains(c.lower(noun - 1));
                return people ? c.raw(noun - 1) : "";
            }
        }
        return "";
    }

    /** Adverbs that may stand between a subject and its verb: "boardings now peak at 1.6 million". */
    private static final Set<String> ADVERBS = Set.of("now", "still", "also", "currently", "already", "typically",
            "usually", "often", "again", "then", "together");
    /** Prepositions that start a phrase between a subject and its verb: "potholes in the borough rose to 31,000". */
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("across", "in", "on", "at", "of", "for", "from",
            "with", "within", "throughout", "over", "under", "during", "per");
    /** How many words a phrase between a subject and its verb may have, its preposition included. */
    private static final int PHRASE_WITHIN = 4;

    /**
     * Returns the token of the subject's noun for the verb after {@code j}: {@code j} itself, or the word before an
     * adverb ("boardings now peak") or before a short phrase that starts with a preposition ("boardings across the
     * network peak"). The caller checks that it is a plural noun.
     */
    private int subjectNoun(int j) {
        while (c.is(j, Token.Type.WORD) && ADVERBS.contains(c.lower(j))) {
            j--;
        }
        if (c.is(j, Token.Type.WORD) && Phrases.isPlural(c.lower(j))) {
            return j;
        }
        for (int k = j; k > j - PHRASE_WITHIN && c.is(k, Token.Type.WORD); k--) {
            if (SUBJECT_PREPOSITIONS.contains(c.lower(k))) {
                return k - 1;
            }
        }
        return j;
    }

    /** Words before a number that make it an age in years: "aged 40 to 79", "at age 65". */
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

    /**
     * Returns the label of a line of figures, where a bare count follows it and a colon: "Passengers" in "Passengers:
     * 48.2 million", so the count counts passengers. The label must be one plural noun at the start of a line or
     * list item; else "".
     */
    private String label(int first) {
        if (!c.punct(first - 1, ':') || !c.is(first - 2, Token.Type.WORD)) {
            return "";
        }
        int start = first - 3;
        boolean lineStart = start < 0 || c.is(start, Token.Type.BREAK) || c.is(start, Token.Type.DASH)
                || c.punct(start, '*') || c.punct(start, '•');
        String label = c.raw(first - 2);
        return lineStart && Phrases.isPlural(label.toLowerCase(Locale.ROOT)) ? label : "";
    }

    /** Words between "of" and the whole a part belongs to: "41 of the 215 trusts", "2,000 of its staff". */
    private static final Set<String> OF_DETERMINERS = Set.of("the", "its", "their", "our", "his", "her", "these",
            "those");

    /**
     * Returns the noun of the whole that a bare count is part of, so both count the same thing: "trusts" in "41 of
     * the 215 trusts" and "applications" in "181,000 of the applications"; or "" where "of" (and a determiner) at
     * {@code j} is followed by neither a count with a noun nor a plural noun, or the whole is a unit ("9 of the 12
     * months").
     */
    private String countedOfWhole(int j) {
        if (c.word(j, "out") && c.word(j + 1, "of")) {
            j++;  // "3.4 million out of its 5 million accounts"
        }
        if (!c.word(j, "of")) {
            return "";
        }
        int k = c.is(j + 1, Token.Type.WORD) && OF_DETERMINERS.contains(c.lower(j + 1)) ? j + 2 : j + 1;
        Numbers.Num whole = numbers.read(k);
        String counted;
        if (whole != null) {
            counted = whole.physical() == null ? phrases.counted(whole.next()) : "";
        } else {
            counted = phrases.counted(k);
            int space = counted.lastIndexOf(' ');
            if (!counted.isEmpty() && !Phrases.isPlural(counted.substring(space + 1).toLowerCase(Locale.ROOT))) {
                return "";
            }
        }
        return Phrases.countUnit(counted).kind() == Unit.Kind.COUNT ? counted : "";
    }

}
