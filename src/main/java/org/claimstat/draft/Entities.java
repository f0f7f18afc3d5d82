package org.claimstat.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the country a number is about. Arrivals are about where they arrive ("98,000 entered Kazakhstan" is KZ),
 * departures about where they leave ("200,000 fled Russia" is RU); otherwise the place named nearest the number in
 * its clause, then in its sentence, then in its paragraph before it, then the article's main country.
 */
final class Entities {
    /** Words after which a place is where people go. */
    private static final Pattern TO = Pattern.compile(
            "(?i)\\b(?:to|into|in|entered|entering|enter|reached|reaching|arrived in|arriving in|crossed into)\\s+(?:the\\s+)?$");
    /** Words after which a place is where people leave. */
    private static final Pattern FROM = Pattern.compile(
            "(?i)\\b(?:from|left|leave|leaving|fled|flee|fleeing|escaped|quit|exodus from|departed)\\s+(?:the\\s+)?$");
    /** Verbs of arriving, between the number and its place. */
    private static final Pattern ARRIVING = Pattern.compile(
            "(?i)\\b(?:arriv\\w*|enter\\w*|came|come|coming|went|gone|moved|relocat\\w*|registered|crossed into|"
                    + "settled|headed|flocked|poured|travel\\w*|sought refuge|received|reached|found refuge|"
                    + "cross\\w*|made the (?:journey|crossing|trip)|landed|detected)\\b");
    /** Verbs of leaving. */
    private static final Pattern LEAVING = Pattern.compile(
            "(?i)\\b(?:left|leave|leaving|fled|flee|fleeing|emigrat\\w*|exodus|departed|exit\\w*|escap\\w*|outflow|"
                    + "brain drain|quit)\\b");
    /** "fled to Finland": leaving for a place is arriving there. */
    private static final Pattern FLED_TO = Pattern.compile("(?i)\\b(?:fled|flee|fleeing|left|leaving|escaped|emigrated|"
            + "moved)\\s+(?:\\w+\\s+){0,3}?(?:to|into|for)\\s+(?:the\\s+)?[A-Z]");
    /** "..., followed by Idlib at 37%": a place after these words starts another item of a list. */
    private static final Pattern FOLLOWED_BY = Pattern.compile("(?i)\\bfollowed by\\b");
    /** Between two places of a list. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or|&)\\s+");
    /** "the coastal city", "the city of 120,000 people": a city named before. */
    private static final Pattern THE_CITY = Pattern.compile("(?i)\\bthe (?:[a-z-]+ ){0,2}(?:city|town)\\b(?! of \\p{Lu})");
    private static final Pattern THE_COUNTRY = Pattern.compile("(?i)\\bthe country\\b");
    /** "Syria, with 6.6 million; Afghanistan, with 2.7 million": a list of places, each with its number. */
    private static final Pattern WITH = Pattern.compile("(?i),?\\s+with\\s+(?:about\\s+|some\\s+|around\\s+|nearly\\s+|"
            + "almost\\s+|over\\s+|more than\\s+)?");
    private static final Pattern INCLUDING = Pattern.compile("(?i)^\\s*(?:including|of which|among them)\\b");
    /** Verbs of hosting: a count of people living somewhere is about where they live ("Colombia is hosting ..."). */
    private static final Pattern HOSTING = Pattern.compile("(?i)\\b(?:host(?:s|ed|ing)?|home to|liv(?:e|es|ing) in|"
            + "resid(?:e|es|ed|ing) in|settled in|in the country)\\b");
    /** "the Colombian authorities": an adjective of a country before one of its bodies. */
    private static final Pattern BODY_AFTER = Pattern.compile("^\\s+(?:authorities|government|officials|ministry|"
            + "migration|police|statistics|census|border|immigration)\\b");
    /** Words of an amount of harm or of what mending it costs: about the place harmed, not who harmed it. */
    private static final Pattern HARM = Pattern.compile("(?i)\\b(?:damage[sd]?|destroy\\w*|destruction|needs?|needed|"
            + "reconstruction|recovery|rebuild\\w*|restor\\w*|repair\\w*|loss(?:es)?|costs?)\\b");
    private static final Pattern GIVING = Pattern.compile("(?i)\\b(?:pledg\\w*|commit\\w*|contribut\\w*|donat\\w*|"
            + "give|gave|giving|grant\\w*|allocat\\w*|provid\\w*|offer\\w*|announc\\w*|support)\\b");
    /** Before a place: it is who harms ("the invasion by Russia", "attacks from Russia"). */
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\b(?:(?<!followed )by|from|against|invasion of|war of|"
            + "aggression of)\\s+(?:the\\s+)?$");
    /** After a place: it is who harms ("Russia's invasion") or it names something ("Russia Will Pay"). */
    private static final Pattern AGENT_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:full-scale\\s+|ongoing\\s+|"
            + "brutal\\s+)?(?:invasion|war|aggression|attacks?|forces|troops|army|military|shelling|strikes)\\b|"
            + "^\\s+\\p{Lu}");
    /** A verb that reports a figure: a place before it is a claimant ("the European Union ... said"). */
    private static final Pattern SAID = Pattern.compile("(?i)\\b(?:said|says|say|stated|estimated|estimates|told|"
            + "reported|announced|found)\\b");

    /**
     * The entity and why.
     *
     * @param code the ISO code, empty where nothing names one
     * @param why the reason, for the review notes
     */
    record Guess(String code, String why) {
    }

    private Entities() {
    }

    /** Returns the article's main country: the code named most often, the title counting thrice; empty if none. */
    static String main(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int titleEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        for (Places.Place p : Places.find(text, 0, text.length())) {
            if (!Places.country(p.code()).isEmpty()) {
                counts.merge(Places.country(p.code()), p.start() < titleEnd ? 3 : 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse("");
    }

    /**
     * Returns the entity of the number at {@code start..end} of {@code text}, whose sentence is {@code sStart..sEnd},
     * whose paragraph starts at {@code pStart}, with its place of a "respectively" list if it is one; {@code money}
     * where it is an amount of money, which is about who pays it.
     */
    static Guess read(String text, int start, int end, int sStart, int sEnd, int pStart, String main,
                      Respectively.Item listed, boolean money) {
        if (listed != null && listed.place() != null) {
            Places.Place p = listed.place();
            return new Guess(p.code(), "'" + text.substring(p.start(), p.end()) + "' of a 'respectively' list");
        }
        int[] clause = Clauses.around(text, start, end, sStart, sEnd);
        List<Places.Place> places = Places.find(text, clause[0], clause[1]);
        if (money) {
            String clauseText = text.substring(clause[0], clause[1]);
            Guess g = HARM.matcher(clauseText).find() && !GIVING.matcher(clauseText).find()
                    ? harmed(text, start, sStart, sEnd, main) : payer(text, start, end, clause, places);
            if (g != null) {
                return g;
            }
        } else if (HOSTING.matcher(text.substring(clause[0], clause[1])).find()) {
            Guess g = host(text, start, clause, places);
            if (g != null) {
                return g;
            }
        }
        String after = text.substring(end, clause[1]);
        String before = text.substring(clause[0], start);
        boolean arriving = ARRIVING.matcher(after).find() || ARRIVING.matcher(before).find() && !LEAVING.matcher(after).find()
                || FLED_TO.matcher(after).find();
        boolean leaving = LEAVING.matcher(after).find() || !arriving && LEAVING.matcher(before).find();
        if (arriving) {
            Guess g = withRole(text, places, TO, "arrivals in ");
            if (g != null) {
                return g;
            }
            List<Places.Place> notFrom = places.stream().filter(p -> !p.demonym()
                    && !FROM.matcher(text.substring(Math.max(0, p.start() - 30), p.start())).find()).toList();
            List<Places.Place> insideMain = notFrom.stream().filter(p -> Places.isInside(p.code())
                    && Places.country(p.code()).equals(main)).toList();
            if (!insideMain.isEmpty()) {
                return of(text, insideMain.get(0), "arrivals in ");
            }
            if (notFrom.stream().anyMatch(p -> p.code().equals(main))) {
                return new Guess(main, "arrivals: the article's main country, named in the clause");
            }
            Guess body = body(text, places);
            if (notFrom.isEmpty() && body != null) {
                return body;
            }
            if (notFrom.isEmpty() && !main.isEmpty()) {
                return new Guess(main, "arrivals, from elsewhere: the article's main country");
            }
        }
        if (leaving) {
            Guess g = withRole(text, places, FROM, "departures from ");
            if (g != null) {
                return g;
            }
            String clauseText = text.substring(clause[0], clause[1]);
            if (THE_COUNTRY.matcher(clauseText).find() && !main.isEmpty()) {
                return new Guess(main, "departures from 'the country', the article's main country");
            }
            for (Places.Place p : places) {
                if (p.demonym()) {
                    return new Guess(p.code(), "departures of '" + text.substring(p.start(), p.end()) + "'");
                }
            }
        }
        for (Places.Place p : places) {
            if (p.end() <= start && WITH.matcher(text.substring(p.end(), start)).matches()) {
                return new Guess(p.code(), "'" + text.substring(p.start(), p.end()) + ", with' the number");
            }
        }
        boolean bracketed = text.substring(clause[0], start).stripTrailing().endsWith("(");
        Guess g = nearest(text, bracketed ? places.stream().filter(p -> p.end() <= start).toList() : places, start,
                bracketed ? "named before the bracket: " : "named in the clause: ");
        if (g == null) {
            g = nearest(text, Places.find(text, sStart, sEnd), start, "named in the sentence: ");
        }
        if (g == null && THE_CITY.matcher(text.substring(sStart, sEnd)).find()) {
            List<Places.Place> towns = Places.find(text, Math.max(0, sStart - 3_000), sStart).stream()
                    .filter(p -> Places.isInside(p.code())).toList();
            g = towns.isEmpty() ? null : of(text, towns.get(towns.size() - 1), "'the city', named before: ");
        }
        if (g == null) {
            // At most the 2,000 characters before the sentence: a paragraph of news is shorter, and a report pasted
            // as one paragraph would make this scan quadratic.
            // A town or province named before is only where the paragraph is: its number may be the country's.
            List<Places.Place> earlier = Places.find(text, Math.max(pStart, sStart - 2_000), sStart).stream()
                    .filter(p -> !Places.country(p.code()).isEmpty())
                    .map(p -> new Places.Place(p.start(), p.end(), Places.country(p.code()), p.demonym())).toList();
            g = earlier.isEmpty() ? null : nearest(text, earlier.subList(earlier.size() - 1, earlier.size()), start,
                    "named earlier in the paragraph: ");
        }
        return g != null ? g : new Guess(main, main.isEmpty() ? "no country named" : "the article's main country");
    }

    /**
     * Returns who pays an amount of money in a list of amounts ("Germany committed $100 million, the EU pledged $246
     * million", "France $109M, $50M from Britain"): the place before it in its part of the clause (between commas and
     * semicolons), the first of several where "each" follows, else the place after "from" or "by" after it, or null.
     */
    private static Guess payer(String text, int start, int end, int[] clause, List<Places.Place> places) {
        int segStart = clause[0];
        int segEnd = clause[1];
        for (int k = start - 1; k > clause[0]; k--) {
            if (text.charAt(k) == ',' || text.charAt(k) == ';') {
                segStart = k + 1;
                break;
            }
        }
        for (int k = end; k < clause[1]; k++) {
            if (text.charAt(k) == ',' || text.charAt(k) == ';') {
                segEnd = k;
                break;
            }
        }
        if (text.substring(segStart, start).matches("(?s).*\\band\\s+$")) {
            segStart = start;  // "$25M from Denmark and $17.5M from the US": a new item of the list
        }
        int from = segStart;
        int to = segEnd;
        List<Places.Place> before = places.stream().filter(p -> p.start() >= from && p.end() <= start && !p.demonym()).toList();
        boolean each = text.substring(end, Math.min(text.length(), end + 6)).trim().startsWith("each");
        if (!before.isEmpty()) {
            Places.Place p = each ? before.get(0) : before.get(before.size() - 1);
            return new Guess(p.code(), "who pays: '" + text.substring(p.start(), p.end()) + "' before the amount");
        }
        for (Places.Place p : places) {
            if (p.start() >= end && p.end() <= to && !p.demonym()
                    && text.substring(end, p.start()).matches("(?s).{0,30}\\b(?:from|by)\\s+(?:the\\s+)?")) {
                return new Guess(p.code(), "who pays: from '" + text.substring(p.start(), p.end()) + "'");
            }
        }
        if (INCLUDING.matcher(text.substring(from, start)).find()) {
            // "the US would give $1.3 billion in new aid, including $500 million to ...": a part of what it gives
            List<Places.Place> payers = places.stream().filter(p -> p.end() <= from && !p.demonym()).toList();
            if (!payers.isEmpty()) {
                Places.Place p = payers.get(payers.size() - 1);
                return new Guess(p.code(), "who pays: '" + text.substring(p.start(), p.end())
                        + "', of the amount this one is part of");
            }
        }
        return null;
    }

    /**
     * Returns where people counted as living somewhere live: the place named before the count in its clause
     * ("Colombia is hosting ..., with 1.3 million"), else after it ("living in Colombia"), else the country whose body
     * counted them ("the Colombian authorities registered ... in the country"); null where none.
     */
    private static Guess host(String text, int start, int[] clause, List<Places.Place> places) {
        List<Places.Place> named = places.stream().filter(p -> !p.demonym()
                && !FROM.matcher(text.substring(Math.max(clause[0], p.start() - 30), p.start())).find()).toList();
        List<Places.Place> before = named.stream().filter(p -> p.end() <= start).toList();
        if (!before.isEmpty()) {
            return of(text, before.get(before.size() - 1), "people living in ");
        }
        if (!named.isEmpty()) {
            return of(text, named.get(0), "people living in ");
        }
        return body(text, places);
    }

    /** Returns the country whose body a clause names ("the Colombian authorities"), or null. */
    private static Guess body(String text, List<Places.Place> places) {
        for (Places.Place p : places) {
            if (p.demonym() && BODY_AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 20)))
                    .lookingAt()) {
                return new Guess(p.code(), "the country whose body counts: '" + text.substring(p.start(), p.end())
                        + "'");
            }
        }
        return null;
    }

    /**
     * Returns the place an amount of harm, or of mending it, is about: the article's main country where its sentence
     * names it or names no other place, else the place its sentence names nearest the amount; never who harms
     * ("Russia's invasion", "attacks by Russia", "Russian attacks") nor who reports it ("the European Union ...
     * said"). Null where the article has no main country and the sentence names no place.
     */
    private static Guess harmed(String text, int start, int sStart, int sEnd, String main) {
        boolean bracketed = text.substring(sStart, start).stripTrailing().endsWith("(");
        List<Places.Place> places = Places.find(text, sStart, sEnd).stream().filter(p -> !p.demonym()
                && (!bracketed || p.end() <= start)
                && !AGENT_BEFORE.matcher(text.substring(Math.max(sStart, p.start() - 30), p.start())).find()
                && !AGENT_AFTER.matcher(text.substring(p.end(), Math.min(sEnd, p.end() + 30))).find()
                && !(p.end() < start && SAID.matcher(text.substring(p.end(), start)).find())).toList();
        if (places.isEmpty() || places.stream().anyMatch(p -> p.code().equals(main))) {
            return main.isEmpty() ? null : new Guess(main, "harm or its mending: the article's main country");
        }
        return nearest(text, places, start, "harm or its mending, named in the sentence: ");
    }

    private static Guess withRole(String text, List<Places.Place> places, Pattern role, String why) {
        for (Places.Place p : places) {
            if (!p.demonym() && role.matcher(text.substring(Math.max(0, p.start() - 30), p.start())).find()) {
                return of(text, p, why);
            }
        }
        return null;
    }

    /**
     * Returns the place nearest {@code at}, names before demonyms at equal standing, or null. A place inside a country
     * stands before the country ("the death toll in Derna ..., Libya's Ministry of Interior said"), but a list of
     * places inside one country ("Hatay, Kahramanmaras and Gaziantep provinces") is the country; a place after
     * "followed by" starts the next item of a list.
     */
    private static Guess nearest(String text, List<Places.Place> places, int at, String why) {
        List<Places.Place> candidates = places.stream().filter(p -> p.end() <= at
                || !FOLLOWED_BY.matcher(text.substring(at, p.start())).find()).toList();
        Set<String> inside = candidates.stream().filter(p -> Places.isInside(p.code()))
                .map(p -> Places.country(p.code())).collect(Collectors.toSet());
        Places.Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Places.Place p : candidates) {
            int d = Math.abs(p.start() - at) + (p.demonym() ? 40 : 0);
            if (d < bestDistance && !inside.contains(p.code())) {
                best = p;
                bestDistance = d;
            }
        }
        return best == null ? null : of(text, best, why, text.substring(best.start(), best.end())
                .toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""));
    }

    /** Returns whether {@code p} is listed with another place of its country ("Hatay, Kahramanmaras and ..."). */
    private static boolean listed(String text, Places.Place p) {
        String country = Places.country(p.code());
        List<Places.Place> around = Places.find(text, Math.max(0, p.start() - 60), Math.min(text.length(), p.end() + 60));
        for (Places.Place o : around) {
            if (o.start() != p.start() && Places.isInside(o.code()) && Places.country(o.code()).equals(country)) {
                String gap = o.start() >= p.end() ? text.substring(p.end(), o.start()) : o.end() <= p.start()
                        ? text.substring(o.end(), p.start()) : "";
                if (LIST_GAP.matcher(gap).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns the guess of place {@code p}: its country where it is one of a list of places inside that country. */
    private static Guess of(String text, Places.Place p, String why) {
        return of(text, p, why, text.substring(p.start(), p.end()));
    }

    /** As {@link #of(String, Places.Place, String)}, naming the place {@code name} in the reason. */
    private static Guess of(String text, Places.Place p, String why, String name) {
        if (Places.isInside(p.code()) && !Places.country(p.code()).isEmpty() && listed(text, p)) {
            return new Guess(Places.country(p.code()), why + "'" + name + "', one of a list of places in "
                    + Places.country(p.code()));
        }
        return new Guess(p.code(), why + "'" + name + "'");
    }
}
