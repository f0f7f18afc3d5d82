package org.claimstat.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimstat.Unit;

/** The words around a number: the counted noun, and a duration's anchor. */
final class Phrases {
    private static final Set<String> ANCHOR_END = Set.of("which", "that", "when", "where", "while", "and", "but");
    private static final Pattern NOUN = Pattern.compile("[a-z][a-z0-9_-]*+");
    private static final int MAX_COUNTED = 4;
    /** The unit of a count whose noun was not found. */
    private static final Unit ITEM = Lexicon.unit("item");
    private static final int MAX_ANCHOR = 12;

    private final Ctx c;

    Phrases(Ctx c) {
        this.c = c;
    }

    /** Returns the counted noun phrase starting at {@code p}: up to the first plural, at most four words. */
    String counted(int p) {
        int j = p;
        int firstWord = -1;
        int lastWord = -1;
        for (int taken = 0; taken < MAX_COUNTED && c.is(j, Token.Type.WORD); taken++) {
            String w = c.lower(j);
            boolean acronym = c.raw(j).length() > 1 && c.raw(j).equals(c.raw(j).toUpperCase(Locale.ROOT));
            if (!acronym && Lexicon.STOP.contains(w) || NumberWords.isNumberWord(w) || c.month(j) > 0) {
                break;
            }
            firstWord = firstWord < 0 ? j : firstWord;
            lastWord = j;
            int name = afterName(j);
            if (name > j) {
                j = name;  // "462 Boeing 737 MAX orders", "COVID-19 vaccines", "50 U.S. states"
                continue;
            }
            if (isPlural(w) && !personBeforeNoun(w, j + 1)) {
                break;
            }
            j = c.tightDash(j + 1) && c.is(j + 2, Token.Type.WORD) ? j + 2 : j + 1;
        }
        if (firstWord < 0) {
            return "";
        }
        if (!isPlural(c.lower(lastWord))) {
            lastWord = firstWord;
            if (isParticiple(c.lower(firstWord))) {
                return "";  // "fell to 471 compared with 943" counts nothing named "compared"
            }
        }
        return c.reading.substring(c.start(firstWord), c.end(lastWord));
    }

    /** Nouns of what befalls people, which a person noun before them still counts: "48 migrant deaths" are persons. */
    private static final Set<String> FATES = Set.of("deaths", "fatalities", "casualties", "arrivals", "injuries");

    /**
     * True where a person noun in the singular names the kind of the plural noun after it, which is what is counted:
     * "57 million user accounts", "300 worker visas"; not "48 migrant deaths", which counts persons.
     */
    private boolean personBeforeNoun(String w, int next) {
        if (!Lexicon.PERSONS.contains(w + "s") || !c.is(next, Token.Type.WORD)) {
            return false;
        }
        String after = c.lower(next);
        return !Lexicon.STOP.contains(after) && isPlural(after) && !Lexicon.PERSONS.contains(after)
                && !FATES.contains(after);
    }

    /**
     * Returns the token after a name inside a noun phrase, or {@code j} where none starts there: a model's name and
     * number ("Boeing 737 MAX", "COVID-19", as {@link Lexicon#MODEL_NAMES} and {@link Lexicon#MODEL_SUFFIXES} list them)
     * or an abbreviation of single capitals with stops ("U.S.", "U.K.").
     */
    private int afterName(int j) {
        if (Lexicon.MODEL_NAMES.contains(c.lower(j)) && c.capitalised(j)) {
            int n = c.tightDash(j + 1) ? j + 2 : j + 1;
            if (!c.is(n, Token.Type.NUMBER)) {
                return j;
            }
            n++;
            return c.is(n, Token.Type.WORD) && Lexicon.MODEL_SUFFIXES.contains(c.raw(n)) ? n + 1 : n;
        }
        int k = j;
        while (c.capitalised(k) && c.end(k) - c.start(k) == 1 && c.punct(k + 1, '.') && !c.spaceBefore(k + 1)) {
            k += 2;
        }
        return k - j >= 4 ? k : j;
    }

    /** True where a word is a past participle or verb, "compared", "reported", rather than a noun: "-ed", six letters or more. */
    private static boolean isParticiple(String w) {
        return w.length() >= 6 && w.endsWith("ed") && !w.endsWith("eed");
    }

    /**
     * True where a counted head noun names people: one of {@link Lexicon#PERSONS}, or a capitalised plural of a
     * nationality or people ("Ukrainians", "Afghans", "Americans").
     */
    static boolean isPersons(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        return Lexicon.PERSONS.contains(lower)
                || Character.isUpperCase(head.charAt(0)) && lower.length() > 5 && lower.endsWith("ans");
    }

    /** Nouns that end in "s" and are no plural: "1,247 measles cases" counts cases. */
    private static final Set<String> NOT_PLURAL = Set.of("measles", "mumps", "rabies", "diabetes", "herpes",
            "scabies", "news", "series", "species", "means", "physics", "economics", "politics", "mathematics",
            "athletics", "headquarters", "crossroads");

    /** Nouns whose plural is the singular: "125 aircraft", "300 sheep". */
    private static final Set<String> INVARIANT = Set.of("aircraft", "spacecraft", "sheep", "deer", "cattle", "livestock",
            "personnel");

    static boolean isPlural(String w) {
        return Lexicon.PERSONS.contains(w) || INVARIANT.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("'s") && !w.endsWith("’s")
                && !NOT_PLURAL.contains(w);
    }

    /** Plurals in "-ves" and their singulars: "lives" is "life", "wolves" "wolf". */
    private static final java.util.Map<String, String> VES = java.util.Map.of("lives", "life", "knives", "knife",
            "wives", "wife", "wolves", "wolf", "halves", "half", "shelves", "shelf", "thieves", "thief", "leaves", "leaf",
            "calves", "calf", "loaves", "loaf");

    /** Returns the unit of a count of {@code counted}: {@code person} for people, else its head noun in the singular. */
    static Unit countUnit(String counted) {
        if (counted.isEmpty()) {
            return ITEM;
        }
        int space = Math.max(counted.lastIndexOf(' '), counted.lastIndexOf('-'));
        if (isPersons(counted.substring(space + 1))) {
            return Unit.PERSON;
        }
        String head = counted.substring(space + 1).toLowerCase(Locale.ROOT);
        String singular = VES.containsKey(head) ? VES.get(head) : head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("ches") || head.endsWith("shes") || head.endsWith("xes") || head.endsWith("sses")
                ? head.substring(0, head.length() - 2)
                : head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        Unit unit = NOUN.matcher(singular).matches() ? Lexicon.unit(singular) : ITEM;
        // "date" names the unit of dates themselves, which a count of dates ("3 dates", "the two dates") is not.
        return unit.kind() == Unit.Kind.DATE ? ITEM : unit;
    }

    /** Returns what a duration is counted from: the words after "after", "before" or "since" up to a clause's end. */
    String anchor(int p) {
        if (!(c.word(p, "after") || c.word(p, "before") || c.word(p, "since"))) {
            return null;
        }
        int j = p + 1;
        int last = -1;
        for (int taken = 0; taken < MAX_ANCHOR && c.has(j); taken++, j++) {
            Token t = c.tok(j);
            boolean ends = t.is(Token.Type.PUNCT) && c.chars[t.start()] != '*' || t.is(Token.Type.BREAK)
                    || t.is(Token.Type.DASH) && t.spaceBefore() || c.is(j, Token.Type.WORD) && ANCHOR_END.contains(c.lower(j));
            if (ends) {
                break;
            }
            last = j;
        }
        return last < 0 ? null : c.reading.substring(c.start(p + 1), c.end(last));
    }
}
