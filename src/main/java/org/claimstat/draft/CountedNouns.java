package org.claimstat.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Unit;
import org.claimstat.extract.Mention;

/**
 * Finds what a count counts where the extractor found no noun beside the number, or took a verb for one
 * ("98,000 entered"): from a "respectively" list, the noun after a parenthesis ("700,000 (80 thousand) people"), the
 * count before it in the sentence ("while just over 64,000 left"), "the number of migrants", people where a verb of
 * moving follows, else what the article counts most. Nouns that name people ("individuals", "crossings" of people)
 * are {@code person}, and vessels boats.
 */
final class CountedNouns {
    /** Verbs the extractor may take for a counted noun; a count before them counts people. */
    private static final Set<String> MOVING = Set.of("left", "fled", "entered", "arrived", "crossed", "emigrated",
            "went", "came", "moved", "relocated", "returned", "departed", "escaped", "exited", "settled", "travelled",
            "traveled", "applied", "registered", "received", "sought", "migrated", "remained", "stayed", "recorded",
            "make", "made", "have", "had", "were", "are");
    private static final Map<String, String> SAME_AS = Map.ofEntries(Map.entry("individual", "person"),
            Map.entry("crossing", "person"), Map.entry("arrival", "person"), Map.entry("asylum seeker", "person"),
            Map.entry("vessel", "boat"), Map.entry("dinghy", "boat"), Map.entry("small boat", "boat"),
            Map.entry("emigrant", "person"), Map.entry("relocant", "person"), Map.entry("other", "person"),
            // a toll counts people: "3,166 deaths", "4,000 fatalities", "300 victims", "283 bodies", "2,000 dead"
            Map.entry("death", "person"), Map.entry("fatality", "person"), Map.entry("victim", "person"),
            Map.entry("casualty", "person"), Map.entry("body", "person"), Map.entry("dead", "person"),
            Map.entry("missing", "person"), Map.entry("injured", "person"), Map.entry("wounded", "person"),
            Map.entry("survivor", "person"), Map.entry("displaced", "person"), Map.entry("inhabitant", "person"),
            Map.entry("murder", "person"), Map.entry("killing", "person"),
            // people named by what they are or do: "3,500 nationals", "180,000 returnees", "433,140 fleeing Sudan"
            Map.entry("national", "person"), Map.entry("returnee", "person"), Map.entry("idp", "person"),
            Map.entry("evacuee", "person"), Map.entry("deportee", "person"), Map.entry("fleeing", "person"),
            Map.entry("arriving", "person"), Map.entry("returning", "person"), Map.entry("leaving", "person"));
    private static final Pattern PEOPLE_AFTER = Pattern.compile("(?i)^\\s*(?:of them |of those |others? |more |people )?"
            + "(?:have |had |has |were |are |already |since |reportedly )*(?:left|fled|entered|arrived|crossed|"
            + "emigrated|went|came|moved|relocated|returned|departed|escaped|exited|settled|travel+ed|migrated|made)\\b");
    /** "a population of 32.8 million": a count of people with no noun after it. */
    private static final Pattern POPULATION = Pattern.compile("(?i)\\bpopulation (?:of|is|was|stands at|reached) "
            + "(?:about |around |some |nearly |almost |over |more than |roughly )?$");
    private static final Pattern NOUN_AFTER_BRACKET = Pattern.compile("^\\s*\\([^)]{1,40}\\)\\s+([a-z][a-z-]+)");
    /** Words of a sentence that make its bare counts a toll of people: "the death toll ... is more than 5,300". */
    private static final Pattern TOLL = Pattern.compile("(?i)\\b(?:(?:death|casualty|victim|flood|official) )?toll\\b|"
            + "\\bnumber of (?:[a-z]+ ){0,2}(?:dead|deaths|victims|fatalities|casualties|missing|injured|wounded)\\b");
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)\\b(?:number|total|numbers|tally|count) of "
            + "(?:small-boat |small boat )?([a-z][a-z-]+)");

    /**
     * The unit and why.
     *
     * @param unit the unit
     * @param why the reason, empty where the mention's own unit stands
     */
    record Guess(Unit unit, String why) {
    }

    private CountedNouns() {
    }

    /**
     * Returns the unit of {@code m}, whose sentence {@code sentence} has the mentions {@code inSentence}, in an
     * article that counts {@code usual} most.
     */
    static Guess read(String text, String sentence, Mention m, List<Mention> inSentence, Respectively.Item listed,
                      Unit usual) {
        List<Mention> before = inSentence.stream().filter(o -> o.end() <= m.start() && o.kind() != Mention.Kind.DATE)
                .toList();
        if (m.kind() != Mention.Kind.QUANTITY) {
            return new Guess(m.unit(), "");
        }
        String same = SAME_AS.get(m.unit().symbol());
        if (same != null) {
            return new Guess(Unit.count(same), "'" + m.counted() + "' counts " + same + "s");
        }
        if (m.unit().kind() == Unit.Kind.COUNT && !m.counted().isEmpty() && namesPeople(m.counted())) {
            return new Guess(Unit.PERSON, "'" + m.counted() + "' counts people of a country");
        }
        boolean bare = m.counted().isEmpty() || MOVING.contains(m.counted().toLowerCase(Locale.ROOT));
        if (!bare) {
            return new Guess(m.unit(), "");
        }
        if (listed != null && !listed.counted().isEmpty() && !MOVING.contains(listed.counted())) {
            Unit u = SAME_AS.containsKey(listed.unit().symbol()) ? Unit.count(SAME_AS.get(listed.unit().symbol()))
                    : listed.unit();
            return new Guess(u, "'" + listed.counted() + "' of a 'respectively' list");
        }
        Matcher bracket = NOUN_AFTER_BRACKET.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
        if (bracket.find()) {
            Unit u = nounUnit(bracket.group(1));
            if (u != null) {
                return new Guess(u, "'" + bracket.group(1) + "' after the brackets");
            }
        }
        Matcher toll = TOLL.matcher(sentence);
        if (toll.find()) {
            return new Guess(Unit.PERSON, "people: a toll, from '" + toll.group() + "'");
        }
        Mention prev = before.isEmpty() ? null : before.get(before.size() - 1);
        if (prev != null && prev.kind() == Mention.Kind.QUANTITY && !prev.counted().isEmpty()
                && !MOVING.contains(prev.counted()) && m.start() - prev.end() < 80) {
            Unit u = SAME_AS.containsKey(prev.unit().symbol()) ? Unit.count(SAME_AS.get(prev.unit().symbol())) : prev.unit();
            return new Guess(u, "'" + prev.counted() + "' of the count before it");
        }
        Matcher people = PEOPLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
        if (people.find() || MOVING.contains(m.counted())) {
            return new Guess(Unit.PERSON, "people: a verb of moving follows");
        }
        Matcher numberOf = NUMBER_OF.matcher(sentence);
        if (numberOf.find()) {
            Unit u = nounUnit(numberOf.group(1));
            if (u != null) {
                return new Guess(u, "from '" + numberOf.group() + "'");
            }
        }
        for (Mention o : inSentence) {
            if (o != m && o.kind() == Mention.Kind.QUANTITY && !o.counted().isEmpty() && !MOVING.contains(o.counted())) {
                Unit u = SAME_AS.containsKey(o.unit().symbol()) ? Unit.count(SAME_AS.get(o.unit().symbol())) : o.unit();
                return new Guess(u, "'" + o.counted() + "' of the other count of its sentence");
            }
        }
        if (POPULATION.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
            return new Guess(Unit.PERSON, "people: a population");
        }
        if (usual != null) {
            Unit u = SAME_AS.containsKey(usual.symbol()) ? Unit.count(SAME_AS.get(usual.symbol()))
                    : Places.isDemonym(usual.symbol()) ? Unit.PERSON : usual;
            return new Guess(u, "what the article counts most");
        }
        return new Guess(m.unit(), "");
    }

    /** Returns the unit of a plural noun, or null where it is none. */
    private static Unit nounUnit(String plural) {
        String noun = plural.toLowerCase(Locale.ROOT);
        String singular = noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
        if (PEOPLE.contains(singular) || PEOPLE.contains(noun)) {
            return Unit.PERSON;
        }
        if (singular.equals(noun) || MOVING.contains(noun)) {
            return null;
        }
        return Unit.count(SAME_AS.getOrDefault(singular, singular));
    }

    private static final Set<String> PEOPLE = Set.of("people", "person", "migrant", "refugee", "russian", "citizen",
            "individual", "worker", "resident", "national", "emigrant", "crossing", "arrival", "asylum", "men", "women",
            "child", "children", "relocant", "specialist", "professional");

    /**
     * Nouns that count a whole population of people, not a part of it (children, women, workers, households and
     * families are parts or other units): a count of "refugees", "Sudanese" or "third-country nationals" counts people.
     */
    private static final Set<String> WHOLE_PEOPLE = Set.of("people", "person", "migrant", "refugee", "citizen",
            "national", "resident", "inhabitant", "emigrant", "immigrant", "returnee", "arrival", "arriving",
            "asylum seeker", "expat", "expatriate", "foreigner", "evacuee", "idp", "individual", "relocant");

    /**
     * Returns true where {@code unit} counts people, whatever noun names the whole of them ("people", "refugees",
     * "Sudanese", "third-country nationals", "deaths"): counts of one measure of people are one indicator.
     */
    static boolean countsPeople(Unit unit) {
        String noun = unit.symbol().toLowerCase(Locale.ROOT);
        return unit.equals(Unit.PERSON) || "person".equals(SAME_AS.get(noun)) || WHOLE_PEOPLE.contains(noun)
                || Places.codeOf(noun) != null;
    }

    /**
     * Returns whether a counted noun phrase names people by their country ("Sudanese", "Sudanese refugees", "Syrians
     * fleeing ...", "Chadian returnees"): its first word is a demonym, and no word after it names a thing counted.
     */
    static boolean namesPeople(String counted) {
        String[] words = counted.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (!Character.isUpperCase(counted.strip().charAt(0)) || !Places.isDemonym(words[0])) {
            return false;
        }
        if (words.length == 1) {
            return true;
        }
        String second = words[1].endsWith("s") ? words[1].substring(0, words[1].length() - 1) : words[1];
        return PEOPLE.contains(words[1]) || PEOPLE.contains(second) || "person".equals(SAME_AS.get(second))
                || "person".equals(SAME_AS.get(words[1])) || MOVING.contains(words[1]);
    }

    /** Returns the unit an article's counts have most often, leaving out bare counts; null where none. */
    static Unit usual(List<Mention> mentions) {
        Map<Unit, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.QUANTITY && !m.counted().isEmpty() && !MOVING.contains(m.counted())) {
                String same = SAME_AS.get(m.unit().symbol());
                counts.merge(same == null ? m.unit() : Unit.count(same), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<Unit, Integer>comparingByValue().thenComparing(e -> e.getKey().symbol()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
