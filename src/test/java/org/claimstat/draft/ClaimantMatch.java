package org.claimstat.draft;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a drafted claimant names the same body or person as the gold one, as a fact-checker reading both
 * would: case, accents, dots in acronyms and a leading "the" aside ("Nicolas Maduro" is "Nicolás Maduro", "U.N." is
 * "UN"); a name and the alias in its brackets are one ("Turkish Catastrophe Insurance Pool (TCIP)" is TCIP and the
 * pool); a name and the acronym in capitals that spells its initials are one ("International Organisation for
 * Migration" is IOM, "United Nations" UN); a person is named by surname alone ("Maduro"); an acronym with a
 * qualifier is the body it names ("UNHCR Egypt", "UN OCHA"). A list of several bodies ("IOM and UNHCR") is never any
 * one of them, and two different bodies never meet: the rules only join spellings of one name, so they are as fair to
 * a wrong draft as to a right one.
 */
final class ClaimantMatch {
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Set<String> SMALL = Set.of("of", "for", "and", "the", "on", "de", "du", "des", "la", "le",
            "in", "to");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3,}");
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-'’]\\p{L}+)?(?:\\s+(?:(?:bin|ibn|al|el|de|"
            + "da|van|von|der|den|du|di|dos|la|le)\\s+){0,2}\\p{Lu}\\p{Ll}+(?:[-'’]\\p{L}+)?){1,3}");

    private ClaimantMatch() {
    }

    /** Returns true where {@code gold} and {@code drafted} name the same claimant. */
    static boolean same(String gold, String drafted) {
        Set<String> g = aliases(gold);
        Set<String> d = aliases(drafted);
        for (String a : g) {
            for (String b : d) {
                if (key(a).equals(key(b)) || initialsOf(a, b) || initialsOf(b, a) || surname(a, b) || surname(b, a)
                        || qualified(a, b) || qualified(b, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns the name, the name without its brackets, and each bracket's words. */
    static Set<String> aliases(String name) {
        Set<String> out = new LinkedHashSet<>();
        String n = plain(name);
        if (n.isEmpty()) {
            out.add("");
            return out;
        }
        out.add(n);
        Matcher b = BRACKETS.matcher(n);
        while (b.find()) {
            if (!b.group(1).matches(".*\\d.*")) {
                out.add(b.group(1).strip());
            }
        }
        out.add(BRACKETS.matcher(n).replaceAll("").strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    private static String plain(String s) {
        return s.replace('’', '\'').replaceAll("\\s+", " ").strip().replaceFirst("(?i)^the\\s+", "")
                .replaceAll("(?<=\\b\\p{Lu})\\.", "");
    }

    /** Returns true where {@code acronym} is written in capitals and spells the initials of {@code name}. */
    private static boolean initialsOf(String name, String acronym) {
        return acronym.matches("\\p{Lu}{2,}") && acronym.equals(initials(name));
    }

    /** Returns the initials of a name of several capitalised words ("United Nations" UN), or null. */
    private static String initials(String name) {
        if (isList(name)) {
            return null;
        }
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            s.append(w.charAt(0));
        }
        return s.length() >= 2 ? s.toString() : null;
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Returns true where {@code shorter} is one word that is the surname of the person {@code full} names. */
    private static boolean surname(String shorter, String full) {
        if (shorter.contains(" ") || shorter.length() < 3 || !PERSON.matcher(full).matches()) {
            return false;
        }
        String[] words = full.split("\\s+");
        return key(words[words.length - 1]).equals(key(shorter));
    }

    /** Returns true where {@code acronym} is an acronym that {@code qualified} holds with a qualifier ("UN OCHA"). */
    private static boolean qualified(String acronym, String qualified) {
        if (!ACRONYM.matcher(acronym).matches() || isList(qualified)) {
            return false;
        }
        String[] words = qualified.split("\\s+");
        return words.length >= 2 && words.length <= 3 && java.util.Arrays.asList(words).contains(acronym);
    }

    private static boolean isList(String name) {
        return name.matches("(?i).*(?:\\sand\\s|\\s&\\s|,).*");
    }
}
