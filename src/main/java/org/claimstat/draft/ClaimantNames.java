package org.claimstat.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names claimants as a fact-checker writes them across a dataset: the short name of an international body ("the
 * U.N." and "the United Nations" are UN, "the World Health Organization" WHO), the body a spokesman speaks for ("U.N.
 * spokesman Stephane Dujarric" is UN), and the authors of a joint report as the sentence lists them ("the European
 * Union, World Bank and the Ukrainian government").
 */
final class ClaimantNames {
    /** International bodies by the short name they are known by; matched on the whole name, case-insensitively. */
    private static final Map<Pattern, String> SHORT = Map.of(
            names("(?:the )?(?:United Nations|U\\.?N\\.?)(?: (?:humanitarian |aid )?(?:officials?|agencies|sources))?"),
            "UN",
            names("(?:the )?(?:(?:United Nations|U\\.?N\\.?) (?:refugee agency|high commissioner for refugees)|"
                    + "United Nations Refugee Agency|UNHCR|Acnur)"), "UNHCR",
            names("(?:the )?World Health Organi[sz]ation"), "WHO",
            names("(?:the )?(?:(?:UN|U\\.N\\.|United Nations) )?International Organi[sz]ation for Migration|"
                    + "(?:the )?(?:UN|U\\.N\\.|United Nations) migration agency"), "IOM",
            names("(?:the )?International Committee of the Red Cross"), "ICRC",
            names("(?:the )?International Federation of (?:the )?Red Cross and Red Crescent Societies"), "IFRC",
            names("(?:the )?(?:(?:UN|U\\.N\\.|United Nations) )?(?:Office for the Coordination of Humanitarian Affairs|"
                    + "OCHA|humanitarian (?:affairs )?office)"), "UN OCHA",
            names("(?:the )?(?:(?:global |international )?media watchdog )?(?:Reporters Without Borders|"
                    + "Reporters sans fronti[eè]res|RSF)"), "RSF");
    /** The same names at the end of the words before a verb. */
    private static final Map<Pattern, String> ENDING = SHORT.entrySet().stream().collect(java.util.stream.Collectors.toMap(
            e -> Pattern.compile("(?i)(?:^|[\\s-])(?:" + e.getKey().pattern().substring(4) + ")\\s*$"), Map.Entry::getValue));
    /** A spokesman or official before a person's name, after the body they speak for. */
    private static final Pattern SPOKESMAN = Pattern.compile("^(.+?)\\s+(?:spokes(?:man|woman|person)|"
            + "representative)\\s+(?=[A-Z])[\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]*){0,3}$");
    private static final String ITEM = "(?:the\\s+)?[A-Z][\\w.'’&-]*(?:\\s+[A-Z][\\w.'’&-]*){0,4}";
    private static final String LAST_ITEM = "(?:the\\s+)?[A-Z][\\w.'’&-]*(?:\\s+(?:[A-Z][\\w.'’&-]*|government|"
            + "authorities)){0,4}";
    /** Bodies listed before "and" and the last name: "The European Union, World Bank and". */
    private static final Pattern LIST_BEFORE = Pattern.compile("(" + ITEM + "(?:,\\s+" + ITEM + ")+),?\\s+and\\s+$");
    /** Bodies listed after a first name: ", the UN, the European Union and the Ukrainian government". */
    private static final Pattern LIST_AFTER = Pattern.compile("^((?:,\\s+" + ITEM + ")*),?\\s+and\\s+(" + LAST_ITEM
            + ")");

    private ClaimantNames() {
    }

    private static Pattern names(String regex) {
        return Pattern.compile("(?i)" + regex);
    }

    /**
     * Returns the short name of the international body whose full name ends {@code head} ("... the Tunis-based
     * International Federation of Red Cross and Red Crescent Societies"), or null.
     */
    static String endingBody(String head) {
        String end = head.substring(Math.max(0, head.length() - 90));
        for (Map.Entry<Pattern, String> e : ENDING.entrySet()) {
            if (e.getKey().matcher(end).find()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Returns the short name of an international body, the body a spokesman before a name speaks for, or the name. */
    static String canonical(String name) {
        for (Map.Entry<Pattern, String> e : SHORT.entrySet()) {
            if (e.getKey().matcher(name).matches()) {
                return e.getValue();
            }
        }
        Matcher s = SPOKESMAN.matcher(name);
        if (s.matches()) {
            String body = canonical(s.group(1).replaceFirst("^(?i:the)\\s+", ""));
            if (!body.equals(s.group(1)) || ArticleClaimants.isOrganisation(body)) {
                return body;
            }
        }
        return name;
    }

    /**
     * Returns the joint authors where {@code head} (the words before {@code last}) ends in a list of bodies and
     * "and": "The European Union, World Bank and" with "the Ukrainian government" is "European Union, World Bank
     * and Ukrainian government"; else null.
     */
    static String listBefore(String head, String last) {
        Matcher m = LIST_BEFORE.matcher(head);
        if (!m.find() || last.isBlank()) {
            return null;
        }
        List<String> items = items(m.group(1));
        items.add(last);
        return joined(items);
    }

    /**
     * Returns the joint authors where {@code first} is followed by {@code after} listing more bodies (", the UN, the
     * European Union and the Ukrainian government"), with the end of the list in {@code after}; else null.
     */
    static Joint listAfter(String first, String after) {
        Matcher m = LIST_AFTER.matcher(after);
        if (!m.find()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        items.add(first);
        items.addAll(items(m.group(1)));
        items.add(m.group(2));
        return new Joint(joined(items), m.end());
    }

    /**
     * A list of joint authors and where it ends.
     *
     * @param names the authors, as "A, B and C"
     * @param end the index after the list in the text it was read from
     */
    record Joint(String names, int end) {
    }

    private static List<String> items(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item);
            }
        }
        return items;
    }

    private static String joined(List<String> items) {
        List<String> bare = items.stream().map(i -> i.strip().replaceFirst("^(?i:the)\\s+", "")).toList();
        return String.join(", ", bare.subList(0, bare.size() - 1)) + " and " + bare.get(bare.size() - 1);
    }

    /** Words before a surname that are titles, not first names. */
    private static final Pattern TITLE = Pattern.compile("(?i)the|a|an|mr|mrs|ms|dr|sir|president|minister|"
            + "secretary|chancellor|premier|governor|mayor|general|envoy|commissioner|spokes(?:man|woman|person)|"
            + "director|chief|head|leader|professor|prof|senator|ambassador|said|says|told|when|after|by|of|and");

    /**
     * Returns a person named by surname alone ("Shmygal said") with the first name {@code text} gives them elsewhere
     * ("Prime Minister Denys Shmygal"), or the name.
     */
    static String fullName(String name, String text) {
        if (!name.matches("\\p{Lu}\\p{Ll}[\\p{L}'’-]+") || ArticleClaimants.isOrganisation(name)) {
            return name;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{L}'’-]+)\\s+" + Pattern.quote(name) + "(?![\\p{L}'’-])")
                .matcher(text);
        while (m.find()) {
            if (!TITLE.matcher(m.group(1)).matches()) {
                return m.group(1) + " " + name;
            }
        }
        return name;
    }

    /**
     * Returns {@code name} as the text names it best: the acronym the text defines for it in brackets ("Reporters
     * Without Borders (Reporters Sans Frontieres or RSF)" is RSF), a surname with the first name given elsewhere, an acronym the
     * text never defines in brackets as the name it abbreviates ("WB" for the World Bank named before), a word
     * spelled without its accents as the text also spells it with them ("Meganalisis" is Meganálisis).
     */
    static String refined(String name, String text) {
        Matcher defined = Pattern.compile(Pattern.quote(name) + "\\s*\\((?:[^()]*?\\s)?([A-Z]{2,6})\\)").matcher(text);
        if (name.contains(" ") && defined.find()) {
            return defined.group(1);
        }
        String full = fullName(name, text);
        if (name.matches("[A-Z]{2,5}") && !text.contains("(" + name + ")") && !SHORT.containsValue(name)) {
            String expanded = expanded(name, text);
            full = expanded == null ? full : expanded;
        }
        return accented(full, text);
    }

    /** Returns the proper name in {@code text} whose capitalised words' initials spell {@code acronym}, or null. */
    private static String expanded(String acronym, String text) {
        String[] words = text.split("[\\s,.;:()\"“”]+");
        for (int i = 0; i < words.length; i++) {
            int k = 0;
            int j = i;
            while (j < words.length && k < acronym.length()) {
                String w = words[j];
                if (!w.isEmpty() && w.charAt(0) == acronym.charAt(k) && Character.isUpperCase(w.charAt(0))) {
                    k++;
                } else if (j == i || !w.matches("of|for|and|on")) {
                    break;
                }
                j++;
            }
            if (k == acronym.length() && j - i > 1 && (j == words.length || words[j].isEmpty()
                    || !Character.isUpperCase(words[j].charAt(0)))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, i, j));
            }
        }
        return null;
    }

    /** Returns {@code name} with each word the text also spells with accents spelled so. */
    private static String accented(String name, String text) {
        if (!name.chars().allMatch(c -> c < 128) || text.chars().noneMatch(c -> c > 127 && Character.isLetter(c))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ", -1)) {
            String found = w;
            if (w.length() > 2) {
                Matcher m = Pattern.compile("(?<!\\p{L})\\p{L}{" + w.length() + "}(?!\\p{L})").matcher(text);
                while (m.find()) {
                    String t = m.group();
                    if (!t.equals(w) && bare(t).equals(w)) {
                        found = t;
                        break;
                    }
                }
            }
            out.append(out.length() == 0 ? "" : " ").append(found);
        }
        return out.toString();
    }

    private static String bare(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A person's full name as the text introduces them: "David Smolansky, special envoy", "Jane Doe said". */
    private static final Pattern PERSON = Pattern.compile("(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})"
            + "(?=,|\\s+(?:said|says|told))");

    /** Returns the last person {@code text} introduces by full name before {@code end}, or null. */
    static String lastPerson(String text, int end) {
        Matcher m = PERSON.matcher(text).region(0, end);
        String found = null;
        while (m.find()) {
            if (!ArticleClaimants.isOrganisation(m.group(1)) && !TITLE.matcher(m.group(1).split("\\s+")[0]).matches()) {
                found = m.group(1);
            }
        }
        return found;
    }

    /** Returns true where {@code name} lists several bodies ("A, B and C"). */
    static boolean isList(String name) {
        return name.toLowerCase(Locale.ROOT).contains(" and ") && name.contains(",");
    }
}
