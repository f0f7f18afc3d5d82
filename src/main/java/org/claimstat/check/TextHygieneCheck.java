package org.claimstat.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimstat.Claim;
import org.claimstat.Source;

/**
 * {@code text_hygiene}: what an extractor recorded about a source's text, per source, plus words
 * of claims' quotes that mix scripts. A dataset records it in two optional extra columns of
 * {@code sources.csv}: {@value #MIXED} (how many words mix scripts, such as Latin words with
 * Cyrillic look-alike letters; a whole number) and {@value #BOILERPLATE} (a short note of the
 * boilerplate found, such as "author bio in French; comment form"; empty for none); a third,
 * {@value #SCRIPTS}, may name the scripts of the text ({@code Latin+Cyrillic}): more than one
 * is mixed.
 * Mixed scripts are a warning (quotes then cannot be found by searching the text); boilerplate is
 * info.
 */
final class TextHygieneCheck implements Check {
    static final String ID = "text_hygiene";
    static final String MIXED = "mixed_script_words";
    static final String BOILERPLATE = "boilerplate";
    static final String SCRIPTS = "scripts";
    private static final Set<Character.UnicodeScript> IGNORED = EnumSet.of(Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED, Character.UnicodeScript.UNKNOWN);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Sources whose text mixes scripts or carries boilerplate (columns " + SCRIPTS + ", " + MIXED + ", "
                + BOILERPLATE + " of sources.csv), and quotes with words that mix scripts.";
    }

    @Override
    public Grouping grouping() {
        return Grouping.SOURCE;
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Source s = context.source(group.first().source());
        List<Finding> findings = new ArrayList<>();
        List<String> ids = Text.ids(group.claims());
        String name = "Source " + Text.source(s);
        String scripts = s.extra().getOrDefault(SCRIPTS, "").strip();
        boolean manyScripts = scripts.split("[+,;/\\s]+").length > 1;
        if (manyScripts) {
            findings.add(new Finding(ID, Severity.WARNING, ids, name + " mixes scripts (" + scripts + "), so its quotes"
                    + " may not be found by searching the text; check claims " + String.join(", ", ids)
                    + " against the original."));
        }
        String mixed = s.extra().getOrDefault(MIXED, "").strip();
        if (!mixed.isEmpty() && !mixed.equals("0")) {
            if (mixed.matches("[0-9]+")) {
                findings.add(new Finding(ID, Severity.WARNING, ids, name + " has " + mixed + " words that mix scripts, "
                        + "so its quotes may not be found by searching the text; check claims " + String.join(", ", ids)
                        + " against the original."));
            } else {
                findings.add(new Finding(ID, Severity.WARNING, ids, name + " has " + MIXED + " '" + mixed
                        + "', which is not a whole number."));
            }
        }
        String boilerplate = s.extra().getOrDefault(BOILERPLATE, "").strip();
        if (!boilerplate.isEmpty()) {
            findings.add(new Finding(ID, Severity.INFO, ids, name + " carries text that is not part of the article ("
                    + boilerplate + "); check that claims " + String.join(", ", ids) + " come from the article itself."));
        }
        int quotesPassed = 0;
        for (Claim c : group.claims()) {
            Set<String> words = mixedWords(c.quote());
            if (words.isEmpty()) {
                quotesPassed++;
            } else {
                findings.add(new Finding(ID, Severity.WARNING, List.of(c.id()), "The quote of claim " + c.id() + " has "
                        + words.size() + " word" + (words.size() == 1 ? "" : "s") + " mixing scripts ("
                        + String.join(", ", words) + "), so it cannot be found by searching for it as typed."));
            }
        }
        boolean sourceClean = !manyScripts && (mixed.isEmpty() || mixed.equals("0")) && boilerplate.isEmpty();
        return new Outcome(1 + group.claims().size(), quotesPassed + (sourceClean ? 1 : 0), findings);
    }

    /** Returns the words of {@code text} whose letters belong to more than one script. */
    static Set<String> mixedWords(String text) {
        Set<String> out = new TreeSet<>();
        if (text.chars().allMatch(ch -> ch < 0x80)) {
            return out;
        }
        for (String word : text.split("[^\\p{L}\\p{M}]+")) {
            Character.UnicodeScript first = null;
            for (int k = 0; k < word.length(); ) {
                int cp = word.codePointAt(k);
                k += Character.charCount(cp);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (IGNORED.contains(script)) {
                    continue;
                }
                if (first == null) {
                    first = script;
                } else if (script != first) {
                    out.add(word);
                    break;
                }
            }
        }
        return out;
    }
}
