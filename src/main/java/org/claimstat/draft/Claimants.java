package org.claimstat.draft;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whom a sentence attributes its figures to: "according to X", "citing X", "X said", "said X", "X's data
 * show", "figures from X", "– The Bell" at the end of a headline. Names are cleaned to what a fact-checker writes:
 * "provisional Home Office data" is Home Office, "Treasury minister John Glen" is John Glen. Pronouns ("he said",
 * "it reported") and data named without a body ("government figures") are marked so that the article's context
 * can resolve them ({@link ArticleClaimants}).
 */
final class Claimants {
    /** How a sentence names its claimant. */
    enum Way {
        /** By name. */
        NAMED,
        /** By a pronoun, to resolve from the sentences before. */
        PRONOUN,
        /** As data without a body ("official figures", "the government"). */
        GENERIC,
        /** Not at all. */
        NONE
    }

    private static final String STOP = "(?=\\s*(?:[,.;:()\"“”]|\\s[-–—]\\s|\\bthat\\b|\\bwho\\b|\\bwhich\\b|\\bshow|"
            + "\\bsuggest|\\bindicat|\\bsay|\\bsaid|\\bestimat|\\bfound\\b|\\bpublished\\b|\\bpresented\\b|\\breleased\\b|\\bissued\\b|\\bon\\s+\\w+day\\b|"
            + "\\b(?:en)?titled\\b|$))";
    private static final Pattern FORWARD = Pattern.compile("(?i)\\b(?:according to|citing|cited by|quoting|"
            + "(?:data|figures|statistics|estimates|numbers|calculations|research|a report|a study|a survey) "
            + "(?:from|by|of|published by|compiled by|released by)|(?:a |the )?(?:new |recent |latest )?(?:study|report|survey|"
            + "assessment) by|reported by|estimated by|counted by|realized by|realised by|conducted by|"
            + "(?:released|published|issued|compiled)(?:\\s+(?:on\\s+)?\\w+day)?\\s+by)\\s+(.{2,110}?)"
            + STOP);
    private static final Pattern VERB = Pattern.compile("\\b(?:said|says|say|estimated|estimates|estimate|counted|"
            + "reported|reports|calculated|calculates|wrote|writes|announced|stated|states|told|tells|claimed|claims|"
            + "confirmed|confirms|put the (?:figure|number|total|(?:death )?toll)|puts the (?:figure|number|total|(?:death )?toll)|believes|believe|"
            + "noted|added|cited|showed|shows|show|suggests|suggest|warned|warns|recorded|registered|found|finds|reveals|revealed|"
            + "recalled|recalls|reaffirmed|stressed|explained|surveyed|polled|(?:issued|made|launched) (?:an? )?(?:\\w+ )?appeal|"
            + "highlighted|highlights|pointed out|points out|expects|(?:was|were) quoted as saying|"
            + "released|published|"
            + "puts? (?:an?|its|their) (?:estimate|figure|price|cost)|made (?:its |an |a )?(?:\\w+ )?estimate|"
            + "(?:increased|raised|revised|lowered|cut|updated) (?:its|their) (?:assessment|estimate|forecast|figure))\\b");
    /** Words after a verb that make it passive: "estimated at". */
    private static final Pattern PASSIVE = Pattern.compile("\\s+at\\b");
    /** Verbs that attribute a figure only after an organisation's name ("The Home Office recorded"). */
    private static final Set<String> BY_BODIES = Set.of("recorded", "registered");
    private static final Pattern SAID_X = Pattern.compile("(?U)[,”\"]\\s*(?:said|says|wrote|added)\\s+((?:the\\s+)?"
            + "(?:[A-Z][\\w'’.-]*\\s+){0,5}[A-Z][\\w'’.-]*)");
    /** A name after a quotation, then an aside, then "said": "...,” Munich Re, which achieved ..., said". */
    private static final Pattern SAID_AFTER_ASIDE = Pattern.compile("[,”\"]\\s*[”\"]?\\s*((?:the\\s+)?[A-Z][\\w'’.-]*"
            + "(?:\\s+[A-Z][\\w'’.-]*){0,4}),\\s+(?:which|who)\\b(?:[^.;”\"]|(?<=\\d)\\.(?=\\d))*?,\\s+"
            + "(?:said|says|added|wrote|stated)\\b");
    private static final Pattern HEADLINE = Pattern.compile("\\s[-–—|]\\s+([^-–—|]{2,40})$");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i),\\s*(?:which|who)(?:\\s+(?:has|have|had|"
            + "also|later|then|earlier))*\\s*$");
    private static final Set<String> ADVERBS = Set.of("also", "later", "earlier", "previously", "reportedly",
            "then", "now", "recently", "had", "has", "have", "separately", "further");
    /** Words a claimant's noun phrase never holds: it starts after them. */
    private static final Set<String> STOP_WORDS = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "that", "which", "who", "when", "as", "after", "but", "to", "in", "on", "at", "by", "with", "from", "while",
            "and", "if", "because", "since", "where", "so", "than", "not", "a", "an", "all", "into", "about", "over");
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:when|whereas|since|until|because|"
            + "if)\\s+(?:the\\s+)?$");
    /** A report named by a common noun, which is the body named before: "the study says". */
    private static final Pattern REPORT = Pattern.compile("(?i)(?:the|this|that|its|their)\\s+(?:new\\s+|latest\\s+|"
            + "updated\\s+|same\\s+)?(?:report|study|assessment|survey|analysis|statement|release|document|poll)|"
            + "(?:the\\s+)?(?:results|findings|index|ranking|rankings)|"
            + "the (?:two|three|four|five)(?:\\s+(?:bodies|organi[sz]ations|institutions|partners))?");
    /** The end of an attribution that names what is counted, not who counts: "estimates of". */
    private static final Pattern OF = Pattern.compile("\\bof\\s+$");
    private static final Pattern CAPITALISED = Pattern.compile("(?:\\p{Lu}\\S*\\s*)+");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "this", "these");
    private static final Pattern GENERIC_NAME = Pattern.compile("(?i)^(?:the\\s+)?(?:government|official|officials|"
            + "authorities|figures|data|statistics|the figures|ministers?|latest figures)$");
    /** Words a claimant's name drops at its start: "provisional Home Office data" is Home Office. */
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:(?-i:the)|(?-i:The)(?=\\s+\\S+\\s+\\S)|a|an|analysis of|data from|figures from|"
            + "estimates (?:from|by)|new|latest|recent|provisional|official|available|published|updated|"
            + "preliminary|senior|unnamed|its|their|his|her|information from|referencing|(?:a |the )?(?:tally|report|study|survey|assessment|analysis|estimate|"
            + "calculation|data|figures|count)s? (?:by|from|of)(?: the)?)\\s+");
    private static final Pattern TRAILING = Pattern.compile("\\s+(?:(?:aid|relief|humanitarian|rights) "
            + "(?:organi[sz]ation|group|agency)|data|figures|statistics|stats|numbers|"
            + "estimates?|calculations|analysis|assessment|count|tally|records|report|research|team|alone|itself|too|also|"
            + "(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
            + "(?:analysis|review|study|report) of (?:the|its|their))$");
    /** What a name is made by, which it starts after: "an assessment in Springer led by IIASA" is IIASA. */
    private static final Pattern MADE_BY = Pattern.compile("(?i)^.*?\\b(?:recorded|led|conducted|carried out|"
            + "commissioned|compiled|produced|prepared|released|issued|run|index|report|study|survey|ranking|data) by"
            + "\\s+(?:the\\s+)?(?=\\S)");
    /** What a name is described as before it: "the NGO Oxfam" is Oxfam. */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:NGO|"
            + "charity|think[- ]tank|non-?profit|campaign group|advocacy group|watchdog|consultancy|(?:polling )?firm|pollster|company|"
            + "lender|broker|(?:re)?insurer|agency|(?:news )?website|news site|portal|newspaper|daily|broadcaster|(?:TV )?channel|"
            + "outlet)\\s+(?-i:(?=[A-Z]))");
    /** A person and the body they speak for: "Mohamed Eljarh, spokesman for the relief committee set up by". */
    private static final Pattern SPEAKER_FOR = Pattern.compile("([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}),\\s+"
            + "(?:a\\s+|the\\s+)?(?:spokes(?:man|woman|person)|head|director|chief|secretary[- ]general)\\s+(?:of|for)"
            + "\\s+(?:the\\s+)?([^,.;]{2,80}?)(?=\\s*(?:[,.;]|$|\\s(?:set up|based|which|who)\\b))");
    /** Who speaks for a body, which is the claimant: "a spokesperson of Libya's Ministry of Interior" is the ministry. */
    private static final Pattern SPEAKS_FOR = Pattern.compile("(?i)^(?:an?\\s+|the\\s+)?(?:spokes(?:man|woman|person)|"
            + "secretary[- ]general|representative|head|chief|director)\\s+(?:of|for|at)\\s+(?:the\\s+)?(?=\\S)");
    /** Titles before a person's name: "Home Secretary Yvette Cooper" is Yvette Cooper. */
    private static final Pattern ROLE = Pattern.compile("(?i)^.*\\b(?:secretary of state|secretary|minister|president|spokesman|"
            + "spokeswoman|spokesperson|chancellor|mayor|governor|sir|mr|mrs|ms|dr|director|ceo|chief executive|"
            + "leader|chairman|chairwoman|head|chief|premier|envoy|coordinator|cfo|commissioner|ambassador|general|senator|"
            + "economist|demographer|"
            + "sociologist|analyst|researcher|expert|professor|founder|editor|member)\\.?\\s+"
            + "(?-i:(?=[A-Z][\\w'’-]+(?:\\s+(?:(?:bin|ibn|al|el|de|da|van|von|der|den|du|di|dos|la|le) ){0,2}[A-Z][\\w'’-]+){1,3}$))");

    /**
     * A sentence's claimant and why.
     *
     * @param claimant who states it, as cleaned; empty for {@link Way#NONE}
     * @param way how the sentence names it
     * @param why the reason, for the review notes
     */
    record Guess(String claimant, Way way, String why) {
    }

    private Claimants() {
    }

    /** Returns how sentence {@code sStart..sEnd} of {@code text} names its claimant; {@code title} for the headline. */
    static Guess read(String text, int sStart, int sEnd, boolean title) {
        String s = text.substring(sStart, sEnd);
        if (title) {
            Matcher h = HEADLINE.matcher(s);
            if (h.find() && !h.group(1).matches(".*\\d.*")) {
                return guess(h.group(1).trim(), "from the headline's '" + h.group().trim() + "'");
            }
        }
        Matcher f = FORWARD.matcher(s);
        Guess unnamed = null;
        while (f.find()) {
            if (f.group(1).matches("(?i)(?:his|her)\\s+\\w+")) {
                return new Guess(f.group(1).toLowerCase(Locale.ROOT).startsWith("his") ? "he" : "she", Way.PRONOUN,
                        "from '" + f.group().trim() + "'");
            }
            ClaimantNames.Joint joint = ClaimantNames.listAfter(f.group(1), s.substring(f.end(1)));
            Guess g = joint != null ? new Guess(joint.names(), Way.NAMED, "from '" + f.group() + s.substring(f.end(1),
                    f.end(1) + joint.end()) + "'") : guess(f.group(1), "from '" + f.group().trim() + "'");
            if (OF.matcher(s.substring(f.start(), f.start(1))).find() && g.way() == Way.NAMED
                    && !ArticleClaimants.isOrganisation(g.claimant()) && !CAPITALISED.matcher(g.claimant()).matches()) {
                continue;  // "estimates of Venezuelan migrants living in the country": what is counted, not who counts
            }
            if (g.way() == Way.PRONOUN || g.way() == Way.GENERIC) {
                unnamed = unnamed == null ? g : unnamed;  // "according to the latest report released by X": X
            } else if (g.way() != Way.NONE && (g.claimant().chars().anyMatch(Character::isUpperCase)
                    || ArticleClaimants.isOrganisation(g.claimant()))) {
                return g;
            }
        }
        if (unnamed != null) {
            return unnamed;
        }
        Matcher speaker = SPEAKER_FOR.matcher(s);
        if (speaker.find() && VERB.matcher(s).find()) {
            Guess g = guess(speaker.group(2), "from '" + speaker.group().trim() + "': who speaks for it");
            if (g.way() == Way.NAMED && ArticleClaimants.isOrganisation(g.claimant())) {
                return g;
            }
        }
        Matcher said = SAID_X.matcher(s);
        if (said.find()) {
            return guess(said.group(1), "from '" + said.group().trim() + "'");
        }
        Matcher aside = SAID_AFTER_ASIDE.matcher(s);
        if (aside.find()) {
            return guess(aside.group(1), "from '" + aside.group().trim() + "'");
        }
        Matcher v = VERB.matcher(s);
        while (v.find()) {
            String name = backward(s, v.start());
            if (name.isEmpty()) {
                name = appositive(s, v.start());
            }
            if (SUBORDINATE.matcher(s.substring(0, Math.max(0, v.start() - name.length() - 1))).find()) {
                continue;  // "Since 21 September, when Vladimir Putin announced ...": no attribution
            }
            if (BY_BODIES.contains(v.group()) && !ArticleClaimants.isOrganisation(name)
                    || v.group().equals("estimated") && PASSIVE.matcher(s).region(v.end(), s.length()).lookingAt()) {
                continue;  // "Turkey's damage estimated at $103 billion": what is estimated, not who estimates
            }
            if (!name.isEmpty()) {
                Guess g = guess(name, "from '" + name + " " + v.group() + "'");
                if (g.way() != Way.NONE) {
                    return g;
                }
            }
        }
        return new Guess("", Way.NONE, "");
    }

    private static Guess guess(String raw, String why) {
        if (REPORT.matcher(raw.strip()).matches()) {
            return new Guess(raw.strip(), Way.PRONOUN, why);
        }
        String name = clean(raw);
        if (name.isEmpty()) {
            return new Guess("", Way.NONE, "");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.matches("the|a|an")) {
            return new Guess("", Way.NONE, "");  // "The estimate includes": no one named
        }
        if (PRONOUNS.contains(lower)) {
            return new Guess(name, Way.PRONOUN, why);
        }
        if (GENERIC_NAME.matcher(lower).matches() || lower.equals("government") || lower.endsWith("figures")) {
            return new Guess(name, Way.GENERIC, why);
        }
        return new Guess(name, Way.NAMED, why);
    }

    /**
     * Returns the noun phrase that ends just before {@code verbAt} in {@code s} ("the French coastguard", "Home Office
     * figures"), over adverbs ("also") and a relative clause (", which has"), or empty.
     */
    private static String backward(String s, int verbAt) {
        String head = s.substring(0, verbAt).replaceAll("\\s*\\([^)]*\\)", "")
                .replaceAll("(?i)\\s+(?:on\\s+\\w+day|today|yesterday)\\s*$", "");
        String body = ClaimantNames.endingBody(head);
        if (body != null) {
            return body;
        }
        Matcher rc = RELATIVE_CLAUSE.matcher(head);
        if (rc.find()) {
            head = head.substring(0, rc.start());
        }
        String[] words = head.split("\\s+");
        int k = words.length - 1;
        while (k >= 0 && ADVERBS.contains(words[k].toLowerCase(Locale.ROOT))) {
            k--;
        }
        int last = k;
        if (last >= 0 && !words[last].isEmpty() && "”\"’".indexOf(words[last].charAt(words[last].length() - 1)) >= 0) {
            return "";  // "the “four million Venezuelans” estimate": a phrase in quotation marks, no one's name
        }
        while (k >= 0 && last - k < 7) {
            String w = words[k];
            String bare = w.replaceAll("^[\"“”‘']+|[\"“”’']+$", "");
            if (bare.isEmpty() || !bare.equals(w) && k < last || w.endsWith(",") || w.endsWith(";")
                    || STOP_WORDS.contains(bare.toLowerCase(Locale.ROOT))
                    || bare.matches(".*\\d.*") && !bare.matches("[A-Z]{2,}\\d+")) {
                break;
            }
            k--;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, k + 1, last + 1))
                .replaceAll("^[\"“”‘']+", "").replaceAll("^(?i)(of|for|and)\\s+", "");
        if (k >= 0 && words[k].equals("and") && !name.isEmpty()) {
            String joint = ClaimantNames.listBefore(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k + 1))
                    + " ", name);
            if (joint != null) {
                return joint;
            }
        }
        boolean named = name.chars().anyMatch(Character::isUpperCase) || PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
                || REPORT.matcher(name).matches()
                || GENERIC_NAME.matcher(name).matches() || ArticleClaimants.isOrganisation(clean(name));
        return named ? name : "";
    }

    /**
     * Returns the subject before an aside that ends just before {@code verbAt} ("Shmygal, in a rare trip outside of
     * Ukraine since the start of the war, said"): one to four capitalised words that open the sentence, or empty.
     */
    private static String appositive(String s, int verbAt) {
        String head = s.substring(0, verbAt).stripTrailing();
        int comma = head.indexOf(',');
        if (!head.endsWith(",") || comma < 0 || comma == head.length() - 1) {
            return "";
        }
        String subject = head.substring(0, comma).strip();
        if (subject.matches("[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}")) {
            return subject;
        }
        String body = subject.matches("The\\s+[\\w'’.-]+(?:\\s+[\\w'’.-]+){0,3}") ? clean(subject) : "";
        return ArticleClaimants.isOrganisation(body) ? subject : "";
    }

    /** Returns a name as a fact-checker writes it: no article, adjective of currency, data noun, alias or title. */
    static String clean(String raw) {
        String n = raw.replace("*", "").trim().replaceFirst("^[A-Z][A-Z .]+:\\s*", "").replaceAll("\\s*\\([^)]*\\)?", "").replaceAll("[\\s,.;:]+$", "");
        String before;
        n = MADE_BY.matcher(n).replaceFirst("");
        do {
            before = n;
            n = DESCRIBED.matcher(n).replaceFirst("");
            n = LEADING.matcher(n).replaceFirst("");
            n = TRAILING.matcher(n).replaceFirst("");
        } while (!n.equals(before));
        n = n.replaceAll("['’]s$", "");
        n = SPEAKS_FOR.matcher(n).replaceFirst("");
        String body = ClaimantNames.canonical(n);
        n = body.equals(n) ? ROLE.matcher(n).replaceFirst("") : body;
        return n.length() > (ClaimantNames.isList(n) ? 80 : 60) || n.isBlank() ? "" : n.trim();
    }
}
