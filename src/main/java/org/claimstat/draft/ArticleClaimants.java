package org.claimstat.draft;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimstat.Hedge;
import org.claimstat.Source;
import org.claimstat.extract.Mention;

/**
 * Resolves each figure's claimant in the context of its article. A named claimant stands; a pronoun ("it said") is
 * the one named before it; data named without a body ("government figures") and a count no one is said to state are
 * the body whose data the article cites (its most cited organisation, such as the Home Office); words in quotation
 * marks with no one named are the last person named; percentages, averages and what no one is said to state
 * otherwise are the outlet's own: the wire it copies where it names one, else its publisher.
 */
final class ArticleClaimants {
    /** A generic name of a state's people: the government, officials, authorities, ministers. */
    private static final Pattern GOVERNMENT = Pattern.compile("(?i)\\b(?:government|officials?|authorities|ministers?)\\b");
    /** A body that is no state's government: the UN and its agencies, the Red Cross and Red Crescent, aid groups. */
    private static final Pattern INTERNATIONAL = Pattern.compile("\\b(?:UN|U\\.N\\.|United Nations|UNHCR|UNICEF|IOM|WHO|"
            + "OCHA|World (?:Health|Bank|Food)|International|Red Cross|Red Crescent|Amnesty|Human Rights Watch|NGO|"
            + "Doctors Without Borders|MSF|Oxfam|Save the Children|(?i:refugee agency|aid group|charity))\\b");
    private static final Pattern ORGANISATION = Pattern.compile("(?i).*\\b(?:office|ministry|department|agency|"
            + "service|coastguard|forces?|police|government|bureau|council|commission|institute|union|bank|committee|"
            + "border|guard|authority|authorities|statistics|court|university|centre|center|organisation|"
            + "organization|agency|unhcr|frontex|ons|fsb|rosstat|nations|foundation|group|lab|outlet|project|"
            + "newspaper|media|news|times|post|journal|network|officials|website|societies|society|federation|"
            + "crescent|cross|army|administration|relief|emergency|ngos?|analysts|researchers|hospital|"
            + "municipality|broadcaster|channel|red cross|programme|program|fund|alliance|coalition|roll|register|registry|"
            + "census|(?-i:Re|Inc|Ltd|Corp|plc|LLC|AG|SA))\\b.*|(?-i:[A-Z]{2,}[a-z]?\\d*)"
            + "|(?-i:[A-Z]{2,}(?: [A-Z]{2,})?)");
    private static final Pattern AVERAGE_AFTER = Pattern.compile("(?i)^\\s*(?:\\w+\\s+)?(?:per|each|in each|a boat|"
            + "on average)\\b(?!\\s+(?:day|week|month|year|hour)\\b)");
    private static final Pattern AVERAGE_BEFORE = Pattern.compile("(?i)\\baverage(?: of)?(?: about| around| some| roughly)?"
            + "\\s*$");

    /** Words before a figure that make it a record or a superlative the outlet compares with. */
    private static final Pattern RECORD = Pattern.compile("(?i)\\b(?:a record|the record|previous high\\w*|highest|"
            + "busiest|the most|largest)\\b");
    /** A proper name ending in a common noun, such as "World Bank" for "the bank". */
    private static final String PROPER = "((?:[A-Z][\\w&'’.-]*\\s+){1,5})";
    private static final Pattern DESCRIBED_BODY = Pattern.compile("(?i)\\b(?:website|news site|newspaper|daily|"
            + "broadcaster|channel|outlet|agency|NGO|charity|think[- ]tank|organi[sz]ation|group|firm|pollster)\\s+(?-i:[A-Z])");
    private static final String OUTLET = ": the outlet itself";
    private static final String WIRE = ": the wire the outlet copies";
    /** A body named by a common noun alone, which is the organisation named before: "the group says". */
    private static final Pattern BODY = Pattern.compile("(?i)(?:the )?(?:group|organi[sz]ation|agency|body|charity|"
            + "society|committee|commission|ministry|office)");
    /** A person named by their office alone, who is the person named before: "the minister noted". */
    private static final Pattern ROLE = Pattern.compile("(?i)(?:the )?(?:minister|president|prime minister|"
            + "spokes(?:man|woman|person)|envoy|secretary|chancellor|mayor|governor)");
    /** Words that say a sentence reports a study's findings, which the sentences after it may go on reporting. */
    private static final Pattern FINDINGS = Pattern.compile("(?i)\\b(?:reveals|revealed|finds|found|study|assessment|"
            + "survey)\\b");
    /** Words of giving, which the outlet tells in its own narrative: "Germany committed $100 million". */
    private static final Pattern PLEDGE = Pattern.compile("(?i)\\b(?:pledg|commit|promis|contribut|donat)\\w*");
    /** Words that open a clause on something else: "..., while Britain pledged". */
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(?:while|whereas|but)\\s*$");
    /** An acronym in brackets: "(KSE)". */
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z]{2,})\\)");
    /** Words that introduce someone's words. */
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:say|says|said|told|added|stated|announced|"
            + "declared|attributed|went on)\\b");
    private static final Pattern DATA = Pattern.compile("(?i)\\b(?:data|figures|statistics|recorded|counted)\\b");

    private final ArticleView v;
    private final Map<Integer, Claimants.Guess> raw = new HashMap<>();
    private String official;
    private final Map<String, String> refined = new HashMap<>();

    ArticleClaimants(ArticleView v) {
        this.v = v;
    }

    /**
     * Returns the claimant of mention {@code m} of sentence {@code sentence}, with why; {@code event} where the
     * figure is of something that happened (deaths in a sinking), which the outlet reports itself unless it names a
     * source.
     */
    Claimants.Guess of(int sentence, Mention m, boolean event) {
        if (isAverage(m)) {
            return outlet("an average: the outlet's own arithmetic");
        }
        if (isConversion(sentence, m) && !insideQuotes(m)) {
            return outlet("a conversion in brackets the outlet adds");
        }
        Claimants.Guess introduced = introducedSpeaker(sentence);
        if (introduced != null) {
            return introduced;
        }
        Claimants.Guess g = raw(sentence);
        if ((g.way() == Claimants.Way.NAMED || g.way() == Claimants.Way.PRONOUN) && inLaterClause(sentence, m)) {
            return outlet("the sentence's attribution stands in a clause before the figure's");
        }
        switch (g.way()) {
            case NAMED:
                return asTheWire(fuller(sentence, g));
            case PRONOUN: {
                Claimants.Guess named = g.claimant().matches("(?i)he|she") ? lastFullNamed(sentence) : null;
                Claimants.Guess before = named != null ? named : lastNamed(sentence, false);
                String person = before == null && g.claimant().matches("(?i)he|she")
                        ? ClaimantNames.lastPerson(v.text, v.sentences.start(sentence)) : null;
                if (person != null) {
                    return new Claimants.Guess(person, Claimants.Way.NAMED, g.why() + ", '" + g.claimant() + "' is "
                            + person + " named before");
                }
                return before != null ? new Claimants.Guess(fuller(sentence, before).claimant(), Claimants.Way.NAMED,
                        g.why() + ", '" + g.claimant() + "' is " + before.claimant() + " named before")
                        : outlet("no one named");
            }
            case GENERIC: {
                Claimants.Guess person = ROLE.matcher(g.claimant()).matches() ? lastFullNamed(sentence) : null;
                if (person != null) {  // "the minister noted": the minister named before
                    return new Claimants.Guess(refined(person.claimant()), Claimants.Way.NAMED, g.why() + ", '"
                            + g.claimant() + "' is " + person.claimant() + " named before");
                }
                // "the government" or "officials" are not a UN agency or an aid group the article also cites.
                return official() != null && !(GOVERNMENT.matcher(g.claimant()).find()
                        && INTERNATIONAL.matcher(official()).find()) ? new Claimants.Guess(official(),
                        Claimants.Way.NAMED, g.why() + ", the body whose data the article cites") : g;
            }
            default:
                break;
        }
        if (v.sentences.isTitle(sentence) && m.kind() == Mention.Kind.QUANTITY) {
            Mention body = ArticlePeriods.repeated(v, m);
            if (body != null) {
                Claimants.Guess copied = of(v.sentences.indexAt(body.start()), body, event);
                if (!copied.why().endsWith(OUTLET) && !copied.why().endsWith(WIRE)) {
                    return new Claimants.Guess(copied.claimant(), copied.way(), "as the body's '" + body.text()
                            + "': " + copied.why());
                }
            }
        }
        if (quoted(sentence)) {
            Claimants.Guess closing = closingSpeaker(sentence);
            if (closing != null) {
                return closing;
            }
            Claimants.Guess speaker = lastNamed(sentence, true);
            if (speaker != null) {
                return new Claimants.Guess(speaker.claimant(), Claimants.Way.NAMED,
                        "in quotation marks: " + speaker.claimant() + " named before");
            }
        }
        Claimants.Guess opened = isConversion(sentence, m) ? null : openedQuote(sentence, m);
        if (opened != null) {
            return opened;
        }
        Claimants.Guess carried = m.kind() == Mention.Kind.DATE || event ? null : carried(sentence);
        if (carried != null) {
            return carried;
        }
        int sStart = v.sentences.start(sentence);
        if (RECORD.matcher(v.text.substring(sStart, Math.max(sStart, m.start()))).find()) {
            return outlet("no one named, a record the outlet compares with");
        }
        if (Kinds.isPopulation(m, v.text.substring(sStart, v.sentences.end(sentence)))) {
            return outlet("no one named, a place's population as background");
        }
        Claimants.Guess kept = m.kind() == Mention.Kind.DATE || event || isConversion(sentence, m)
                || PLEDGE.matcher(v.text.substring(sStart, v.sentences.end(sentence))).find() ? null
                : keptInParagraph(sentence);
        if (kept != null) {
            return kept;
        }
        boolean rounded = m.hedge() == Hedge.MORE_THAN || m.hedge() == Hedge.NEARLY || m.hedge() == Hedge.AT_LEAST
                || m.hedge() == Hedge.APPROXIMATELY && m.value().map(x -> x.low() % 1000 == 0).orElse(false);
        if (m.kind() == Mention.Kind.PERCENT || m.kind() == Mention.Kind.DATE || event || rounded) {
            return outlet(rounded ? "no one named, a rounded figure" : "no one named");
        }
        if (official() != null && (m.kind() == Mention.Kind.QUANTITY || m.kind() == Mention.Kind.RANK)) {
            return new Claimants.Guess(official(), Claimants.Way.NAMED,
                    "no one named in the sentence: the body whose data the article cites");
        }
        return outlet("no one named");
    }

    /**
     * Returns the fuller name of a claimant named by a common noun ("the coastguard", "the bank"): one named before as
     * a claimant, or a proper name ending in that noun earlier in the text ("The World Bank ... the bank"), or it.
     */
    private Claimants.Guess fuller(int sentence, Claimants.Guess named) {
        String bare = named.claimant().replaceFirst("^The\\s+(?=\\p{Ll})", "");
        Claimants.Guess g = bare.equals(named.claimant()) ? named : new Claimants.Guess(bare, named.way(), named.why());
        if (!g.claimant().chars().noneMatch(Character::isUpperCase)) {
            String full = refined(g.claimant());
            return full.equals(g.claimant()) ? g : new Claimants.Guess(full, Claimants.Way.NAMED, g.why() + ", '"
                    + full + "' named in full");
        }
        String tail = " " + g.claimant().toLowerCase(java.util.Locale.ROOT);
        for (int i = sentence - 1; i >= 0; i--) {
            Claimants.Guess o = raw(i);
            if (o.way() == Claimants.Way.NAMED && o.claimant().toLowerCase(java.util.Locale.ROOT).endsWith(tail)) {
                return new Claimants.Guess(o.claimant(), Claimants.Way.NAMED, g.why() + ", '" + o.claimant()
                        + "' named before");
            }
        }
        Claimants.Guess proper = properName(sentence, g);
        if (proper != null) {
            return proper;
        }
        Claimants.Guess before = BODY.matcher(g.claimant()).matches() ? lastNamed(sentence, false)
                : ROLE.matcher(g.claimant()).matches() ? lastFullNamed(sentence) : null;
        return before != null && (isOrganisation(before.claimant()) || ROLE.matcher(g.claimant()).matches())
                ? new Claimants.Guess(refined(before.claimant()), Claimants.Way.NAMED, g.why() + ", '"
                + g.claimant() + "' is " + before.claimant() + " named before") : named;
    }

    /** Returns the last proper name ending in {@code g}'s one-word common noun before the end of the sentence. */
    private Claimants.Guess properName(int sentence, Claimants.Guess g) {
        String noun = g.claimant();
        if (noun.isEmpty() || noun.contains(" ")) {
            return null;
        }
        Pattern name = Pattern.compile(PROPER + "(" + Character.toUpperCase(noun.charAt(0)) + Pattern.quote(
                noun.substring(1)) + ")\\b");
        java.util.regex.Matcher n = name.matcher(v.text).region(0, v.sentences.end(sentence));
        String found = null;
        while (n.find()) {
            found = (n.group(1) + n.group(2)).replaceFirst("^(?:The|A|An)\\s+", "");
        }
        return found == null || found.equals(noun) ? null : new Claimants.Guess(found, Claimants.Way.NAMED,
                g.why() + ", '" + found + "' named before");
    }

    /**
     * Returns the body a sentence without attribution goes on reporting: the one whose study or findings the
     * sentences just before it report ("RDNA4 reveals that ... . Thirteen per cent of all housing stock ..."), looking
     * back over unattributed sentences, or null.
     */
    private Claimants.Guess carried(int sentence) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 3 && !v.sentences.isTitle(i); i--) {
            Claimants.Guess g = raw(i);
            if (g.way() == Claimants.Way.NAMED && isOrganisation(g.claimant()) && FINDINGS.matcher(g.why()).find()) {
                Claimants.Guess named = asTheWire(fuller(i, g));
                return named.claimant().equalsIgnoreCase(v.article.source().publisher()) ? null : new Claimants.Guess(
                        named.claimant(), Claimants.Way.NAMED, "no one named in the sentence: the body whose findings"
                        + " the sentences before report");
            }
            if (g.way() != Claimants.Way.NONE) {
                return null;
            }
        }
        return null;
    }

    /**
     * Returns the claimant a sentence without attribution keeps from the sentence before it in its paragraph that
     * names one ("The U.N. says the conflict has driven 11 million people from their homes. Nearly 25 million people
     * need aid"), a body or person other than the outlet, or null.
     */
    private Claimants.Guess keptInParagraph(int sentence) {
        int paragraph = v.sentences.paragraphStart(v.sentences.start(sentence));
        for (int i = sentence - 1; i >= 0 && !v.sentences.isTitle(i)
                && v.sentences.paragraphStart(v.sentences.start(i)) == paragraph; i--) {
            Claimants.Guess g = raw(i);
            if (g.way() == Claimants.Way.NONE) {
                continue;
            }
            Claimants.Guess named = g.way() == Claimants.Way.NAMED ? asTheWire(fuller(i, g))
                    : g.way() == Claimants.Way.PRONOUN ? lastNamed(i, false) : null;
            if (named == null || !isOrganisation(named.claimant())
                    || named.claimant().equalsIgnoreCase(v.article.source().publisher())
                    || v.article.source().derivedFrom().map(named.claimant()::equalsIgnoreCase).orElse(false)) {
                return null;
            }
            String name = named == g ? named.claimant() : g.way() == Claimants.Way.PRONOUN
                    ? fuller(i, named).claimant() : named.claimant();
            return new Claimants.Guess(name, Claimants.Way.NAMED, "no one named in the sentence: " + name
                    + " named in the sentence before, in its paragraph");
        }
        return null;
    }

    /**
     * Returns the person whose words a paragraph gives after a sentence that introduces them with a colon ("Maduro
     * ... went on to say:"), whoever else the words name, or null.
     */
    private Claimants.Guess introducedSpeaker(int sentence) {
        int first = v.sentences.indexAt(v.sentences.paragraphStart(v.sentences.start(sentence)));
        if (first <= 0 || first > sentence) {
            return null;
        }
        String before = v.text.substring(v.sentences.start(first - 1), v.sentences.end(first - 1)).strip();
        if (!before.endsWith(":") || !SPEECH.matcher(before).find()) {
            return null;
        }
        Claimants.Guess speaker = null;
        for (int i = first - 1; i >= 0 && i >= first - 12 && speaker == null; i--) {
            Claimants.Guess g = raw(i);
            speaker = g.way() == Claimants.Way.NAMED && !isOrganisation(g.claimant()) ? g : null;
        }
        return speaker == null ? null : new Claimants.Guess(fuller(first - 1, speaker).claimant(),
                Claimants.Way.NAMED, "words the sentence before introduces with a colon: " + speaker.claimant() + "'s");
    }

    /**
     * Returns true where {@code m} stands in a later clause of its sentence ("..., while Britain pledged £240
     * million") than the attribution, and nothing attributes that clause or the rest of the sentence.
     */
    private boolean inLaterClause(int sentence, Mention m) {
        int sStart = v.sentences.start(sentence);
        int sEnd = v.sentences.end(sentence);
        int[] clause = Clauses.around(v.text, m.start(), m.end(), sStart, sEnd);
        return clause[0] > sStart && CONTRAST.matcher(v.text.substring(sStart, clause[0])).find()
                && Claimants.read(v.text, clause[0], sEnd, false).way() == Claimants.Way.NONE
                && Claimants.read(v.text, sStart, clause[0], false).way() != Claimants.Way.NONE;
    }

    /** Returns the speaker a quoted paragraph names after its closing quotation mark ("...," the institute said). */
    private Claimants.Guess closingSpeaker(int sentence) {
        int paragraph = v.sentences.paragraphStart(v.sentences.start(sentence));
        for (int i = sentence + 1; i < v.sentences.size()
                && v.sentences.paragraphStart(v.sentences.start(i)) == paragraph; i++) {
            Claimants.Guess g = raw(i);
            if (g.way() == Claimants.Way.NAMED) {
                return new Claimants.Guess(fuller(i, g).claimant(), Claimants.Way.NAMED,
                        "in quotation marks: " + g.claimant() + " named after them");
            }
        }
        return null;
    }

    /**
     * Returns the speaker of words in quotation marks opened in an earlier sentence of the paragraph ("Mr Christoph
     * Jurecka, CFO of ... Munich Re, said, “... . Around 60,000 people lost their lives."), or null.
     */
    private Claimants.Guess openedQuote(int sentence, Mention m) {
        int paragraph = v.sentences.paragraphStart(m.start());
        int open = -1;
        for (int i = paragraph; i < m.start(); i++) {
            char c = v.text.charAt(i);
            open = c == '“' ? i : c == '”' ? -1 : open;
        }
        int at = open < 0 ? sentence : v.sentences.indexAt(open);
        Claimants.Guess g = at < sentence ? raw(at) : null;
        return g == null || g.way() != Claimants.Way.NAMED ? null : new Claimants.Guess(asTheWire(fuller(at, g))
                .claimant(), Claimants.Way.NAMED, "in quotation marks opened after " + g.why());
    }

    /** Returns true where {@code m} is the same amount in another currency in brackets after a figure. */
    private boolean isConversion(int sentence, Mention m) {
        return v.mentions(sentence).stream().anyMatch(o -> o.secondary().map(x -> x.start() == m.start()).orElse(false));
    }

    /** Returns true where {@code m} stands inside quotation marks opened in its paragraph. */
    private boolean insideQuotes(Mention m) {
        String before = v.text.substring(v.sentences.paragraphStart(m.start()), m.start());
        long open = before.chars().filter(c -> c == '“').count() - before.chars().filter(c -> c == '”').count();
        return open > 0 || before.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /** Returns true where {@code m} is an average ("around 48 people per boat"). */
    boolean isAverage(Mention m) {
        return m.kind() != Mention.Kind.CURRENCY && AVERAGE_AFTER.matcher(v.text.substring(m.end(), Math.min(v.text.length(), m.end() + 30))).find()
                || AVERAGE_BEFORE.matcher(v.text.substring(Math.max(0, m.start() - 30), m.start())).find();
    }

    /** Returns the wire the outlet copies where {@code g} names it another way ("PA news agency" for PA Media). */
    private Claimants.Guess asTheWire(Claimants.Guess g) {
        Optional<String> wire = v.article.source().derivedFrom();
        String first = g.claimant().split("\\s+")[0];
        return wire.isPresent() && !g.claimant().equals(wire.get()) && first.length() > 1
                && first.chars().allMatch(Character::isUpperCase) && wire.get().startsWith(first + " ")
                ? new Claimants.Guess(wire.get(), Claimants.Way.NAMED, g.why() + ": the wire the outlet copies") : g;
    }

    private Claimants.Guess outlet(String why) {
        Source s = v.article.source();
        String own = s.derivedFrom().isEmpty() ? ownBody(s.publisher()) : null;
        if (own != null) {
            return new Claimants.Guess(own, Claimants.Way.NAMED, why + ": the outlet is " + own + "'s own");
        }
        String name = s.derivedFrom().orElse(s.publisher()).replaceAll("\\s*\\([^)]*\\)", "").trim();
        return new Claimants.Guess(name, Claimants.Way.NAMED, why + (s.derivedFrom().isPresent() ? WIRE : OUTLET));
    }

    private Claimants.Guess raw(int sentence) {
        return raw.computeIfAbsent(sentence, i -> Claimants.read(v.text, v.sentences.start(i), v.sentences.end(i),
                v.sentences.isTitle(i)));
    }

    /**
     * Returns the claimant named nearest before {@code sentence}, or null; if {@code speaker}, a person or a body that
     * speaks ("Hannover Re says ... . "The largest individual losses ...").
     */
    private Claimants.Guess lastNamed(int sentence, boolean speaker) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 6; i--) {
            Claimants.Guess g = raw(i);
            if (g.way() == Claimants.Way.NAMED && (!speaker || !ORGANISATION.matcher(g.claimant()).matches()
                    || SPEECH.matcher(g.why()).find())) {
                return g;
            }
        }
        return null;
    }

    /** Returns the person named nearest before {@code sentence} whom the text names in full, or null. */
    private Claimants.Guess lastFullNamed(int sentence) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 6; i--) {
            Claimants.Guess g = raw(i);
            if (g.way() == Claimants.Way.NAMED && !isOrganisation(g.claimant()) && refined(g.claimant()).contains(" ")) {
                return g;
            }
        }
        return null;
    }

    /** Returns {@code name} as the text names it best ({@link ClaimantNames#refined}), once per name. */
    private String refined(String name) {
        return refined.computeIfAbsent(name, n -> ClaimantNames.refined(n, v.text));
    }

    private boolean quoted(int sentence) {
        int p = v.sentences.paragraphStart(v.sentences.start(sentence));
        char first = v.text.isEmpty() ? ' ' : v.text.charAt(Math.min(p, v.text.length() - 1));
        char own = v.text.charAt(v.sentences.start(sentence));
        return "\"“‘'".indexOf(first) >= 0 || "\"“".indexOf(own) >= 0;
    }

    /**
     * Returns the body whose data the article cites where the publisher is that body or its parent, known by the
     * same acronym ("Kyiv School of Economics (KSE)" publishing the "KSE Institute"'s figures), or null.
     */
    private String ownBody(String publisher) {
        java.util.regex.Matcher acronym = ACRONYM.matcher(publisher);
        String body = acronym.find() ? official() : null;
        return body != null && Pattern.compile("\\b" + acronym.group(1) + "\\b").matcher(body).find()
                ? body : null;
    }

    /** Returns the organisation the article's sentences name most often as a claimant, or null. */
    private String official() {
        if (official == null) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < v.sentences.size(); i++) {
                Claimants.Guess g = raw(i);
                String name = g.way() == Claimants.Way.NAMED ? refined(g.claimant()) : "";
                if (!name.isEmpty() && (isOrganisation(g.claimant()) || isOrganisation(name))
                        && !g.claimant().equalsIgnoreCase(v.article.source().publisher())) {
                    counts.merge(name, DATA.matcher(g.why()).find() ? 3 : 1, Integer::sum);
                }
            }
            official = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> -firstSentence(e.getKey()))).map(Map.Entry::getKey).orElse("");
        }
        return official.isEmpty() ? null : official;
    }

    private int firstSentence(String name) {
        for (int i = 0; i < v.sentences.size(); i++) {
            if (raw(i).way() == Claimants.Way.NAMED && refined(raw(i).claimant()).equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Returns true where the words a claimant was read from (quoted in {@code why}) describe it as a body: "the Libyan
     * website Babwat al-Wasat reported".
     */
    static boolean isDescribedAsBody(String why) {
        int open = why.indexOf('\'');
        int close = open < 0 ? -1 : why.indexOf('\'', open + 1);
        return close > open && DESCRIBED_BODY.matcher(why.substring(open + 1, close)).find();
    }

    /** Returns true where {@code name} names an organisation rather than a person. */
    static boolean isOrganisation(String name) {
        return !name.isEmpty() && ORGANISATION.matcher(name).matches();
    }
}
