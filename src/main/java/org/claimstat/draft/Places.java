package org.claimstat.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text names a country: its English name from {@link Locale} ("Kazakhstan", "the United States"),
 * common other names ("Britain", "the US"), demonyms and adjectives ("Russians", "Georgian"), capitals and a few
 * bodies that stand for their country ("the Kremlin", "the Home Office"). Codes are ISO 3166 alpha-2, or {@code EU}.
 * Places inside a country are found too: a state, province or district, or a city named as its subdivision is
 * ("Derna", "Khartoum", "North Darfur", "Aleppo"), gets the subdivision's ISO 3166-2 code ({@code LY-DR}), from the
 * table {@code subdivisions.csv}; a town or city the text calls one ("the town of Bayda") and the table lacks gets its
 * name as written.
 */
final class Places {
    /**
     * One place named in the text.
     *
     * @param start index of the first char
     * @param end index after the last char
     * @param code the ISO 3166 alpha-2 code, or a region such as EU
     * @param demonym whether it is a demonym or adjective ("Russians"), not the place's name
     */
    record Place(int start, int end, String code, boolean demonym) {
    }

    /** Names, lower case, to codes; each entry may span up to four words. */
    private static final Map<String, String> NAMES = names();
    /** Demonyms and adjectives, lower case, to codes. */
    private static final Map<String, String> DEMONYMS = demonyms();
    /** Subdivisions and the cities named as them, lower case, to ISO 3166-2 codes. */
    private static final Map<String, String> SUBDIVISIONS = subdivisions();
    /** "in the eastern town of Bayda", "in the city of El Geneina": a place the text calls a town or city. */
    private static final Pattern TOWN_OF = Pattern.compile("(?i:\\bin the (?:[a-z-]+ ){0,2}(?:town|city|village) of )"
            + "((?:(?:El|Al|Ar|As|An|Ad|Ash|Az)[ -])?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)");

    private Places() {
    }

    private static Map<String, String> names() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            m.put(name.replace(" & ", " and ").replaceAll(" \\(.*\\)| sar china", ""), code);
        }
        String[] more = {
            "us=US", "u.s.=US", "usa=US", "america=US", "united states of america=US", "uk=GB", "u.k.=GB",
            "britain=GB", "great britain=GB", "england=GB", "scotland=GB", "wales=GB", "russian federation=RU",
            "turkey=TR", "türkiye=TR", "turkiye=TR", "czech republic=CZ", "holland=NL", "burma=MM",
            "ivory coast=CI", "kirgizia=KG", "kirghizia=KG", "byelorussia=BY", "moldavia=MD", "persia=IR",
            "eu=EU", "european union=EU", "the eu=EU", "uae=AE", "emirates=AE", "drc=CD", "dprk=KP",
            "moscow=RU", "kremlin=RU", "st. petersburg=RU", "st petersburg=RU", "saint petersburg=RU",
            "rosstat=RU", "fsb=RU", "tbilisi=GE", "yerevan=AM", "astana=KZ", "almaty=KZ", "bishkek=KG",
            "tashkent=UZ", "dushanbe=TJ", "minsk=BY", "kyiv=UA", "kiev=UA", "helsinki=FI", "tallinn=EE", "riga=LV",
            "vilnius=LT", "warsaw=PL", "berlin=DE", "paris=FR", "london=GB", "beijing=CN", "ankara=TR",
            "istanbul=TR", "belgrade=RS", "baku=AZ", "ulaanbaatar=MN", "dubai=AE", "tel aviv=IL",
            "home office=GB", "downing street=GB", "whitehall=GB", "westminster=GB", "ons=GB", "frontex=EU",
            "eurostat=EU", "brussels=EU", "channel=GB", "english channel=GB", "white house=US",
            "washington=US", "pentagon=US", "bundesbank=DE", "kazakstan=KZ", "upper lars=GE",
            // regions that hold a country's name or adjective but are not that country: no code
            "latin america=", "latin american=", "south america=", "south american=", "north america=",
            "north american=", "central america=", "central american="};
        for (String e : more) {
            int eq = e.indexOf('=');
            m.put(e.substring(0, eq), e.substring(eq + 1));
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> demonyms() {
        String[] table = {
            "RU=russian,russians", "UA=ukrainian,ukrainians", "KZ=kazakh,kazakhs,kazakhstani,kazakhstanis",
            "GE=georgian,georgians", "AM=armenian,armenians", "AZ=azerbaijani,azerbaijanis,azeri,azeris",
            "KG=kyrgyz,kyrgyzstani", "UZ=uzbek,uzbeks,uzbekistani", "TJ=tajik,tajiks", "TM=turkmen",
            "BY=belarusian,belarusians,belarussian", "MN=mongolian,mongolians", "FI=finnish,finn,finns",
            "EE=estonian,estonians", "LV=latvian,latvians", "LT=lithuanian,lithuanians", "PL=polish,pole,poles",
            "DE=german,germans", "FR=french", "GB=british,briton,britons,english,scottish,welsh",
            "US=american,americans", "CN=chinese", "IN=indian,indians", "IL=israeli,israelis", "TR=turkish,turks",
            "RS=serbian,serbians,serb,serbs", "AE=emirati,emiratis", "IT=italian,italians", "ES=spanish,spaniards",
            "JP=japanese", "KR=korean,koreans", "IR=iranian,iranians", "AF=afghan,afghans", "SY=syrian,syrians",
            "IQ=iraqi,iraqis", "ER=eritrean,eritreans", "SD=sudanese", "AL=albanian,albanians", "VN=vietnamese",
            "PK=pakistani,pakistanis", "MD=moldovan,moldovans", "CZ=czech,czechs", "SK=slovak,slovaks",
            "HU=hungarian,hungarians", "RO=romanian,romanians", "BG=bulgarian,bulgarians", "GR=greek,greeks",
            "NL=dutch", "BE=belgian,belgians", "SE=swedish,swede,swedes", "NO=norwegian,norwegians",
            "DK=danish,dane,danes", "CA=canadian,canadians", "AU=australian,australians", "BR=brazilian,brazilians",
            "MX=mexican,mexicans", "EG=egyptian,egyptians", "SA=saudi,saudis", "TH=thai", "ID=indonesian,indonesians",
            "EU=european"};
        Map<String, String> m = new HashMap<>();
        for (String row : table) {
            for (String w : row.substring(3).split(",")) {
                m.put(w, row.substring(0, 2));
            }
        }
        // the regular English adjectives of one-word names: Libya Libyan, Venezuela Venezuelan, Chile Chilean,
        // Mexico Mexican, Haiti Haitian, Ecuador Ecuadorian; names in -a first (Nigeria's Nigerian, not Niger's)
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.sort(java.util.Comparator.comparing(c -> !new Locale("", c).getDisplayCountry(Locale.ENGLISH)
                .endsWith("a")));
        for (String code : codes) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.matches("[a-z]{4,}")) {
                String adjective = adjective(name);
                m.putIfAbsent(adjective, code);
                m.putIfAbsent(adjective + "s", code);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> subdivisions() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Places.class.getResourceAsStream("subdivisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("subdivisions.csv is missing from the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.lastIndexOf(',');
                if (!line.startsWith("#") && comma > 0) {
                    m.put(line.substring(0, comma).toLowerCase(Locale.ROOT), line.substring(comma + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /**
     * Returns the country of a place's code: the code itself for a country or {@code EU}, the country part of an ISO
     * 3166-2 code ({@code LY} of {@code LY-DR}), empty for a town named by its name.
     */
    static String country(String code) {
        if (code.length() == 2) {
            return code;
        }
        return code.length() > 3 && code.charAt(2) == '-' && Character.isUpperCase(code.charAt(0))
                && Character.isUpperCase(code.charAt(1)) ? code.substring(0, 2) : "";
    }

    /** Returns whether {@code code} is a place inside a country: a subdivision's code or a town's name. */
    static boolean isInside(String code) {
        return code.length() > 2 && !code.equals("EU");
    }

    /** Returns the regular adjective of a one-word country name, lower case: libya libyan, chile chilean, peru peruvian. */
    static String adjective(String name) {
        char last = name.charAt(name.length() - 1);
        return switch (last) {
            case 'a' -> name + "n";
            case 'e', 'i' -> name + "an";
            case 'o' -> name.substring(0, name.length() - 1) + "an";
            case 'u' -> name + "vian";
            case 'y' -> name.substring(0, name.length() - 1) + "ian";
            default -> name + "ian";
        };
    }

    /** Returns the places named in {@code text} between {@code from} and {@code to}, in text order. */
    static List<Place> find(String text, int from, int to) {
        List<int[]> words = words(text, from, to);
        List<Place> out = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            int[] first = words.get(w);
            char c = text.charAt(first[0]);
            if (!Character.isUpperCase(c)) {
                continue;
            }
            int taken = 0;
            for (int n = Math.min(4, words.size() - w); n >= 1 && taken == 0; n--) {
                int end = words.get(w + n - 1)[1];
                String key = text.substring(first[0], end).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                String bare = key.replaceAll("['’]s$", "");
                String code = NAMES.get(bare);
                boolean demonym = false;
                if (code == null && n == 1) {
                    code = DEMONYMS.get(bare);
                    demonym = code != null;
                }
                if (code == null && SUBDIVISIONS.containsKey(bare) && !isDateline(text, first[0], end)) {
                    code = SUBDIVISIONS.get(bare);
                }
                if (code != null) {
                    if (!code.isEmpty() && !currencyMark(text, first[0], end)) {
                        out.add(new Place(first[0], end, code, demonym));
                    }
                    taken = n;
                }
            }
            w += Math.max(taken, 1) - 1;
        }
        Matcher town = TOWN_OF.matcher(text).region(from, to);
        while (town.find()) {
            int s = town.start(1);
            if (out.stream().noneMatch(p -> p.start() <= s && s < p.end()) && codeOf(town.group(1)) == null) {
                out.add(new Place(s, town.end(1), town.group(1), false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Place::start));
        return withoutQualifiers(text, out);
    }

    /**
     * Returns {@code places} without a country named only to say where a place inside it lies: "Libya's eastern city
     * of Derna", "the Libyan city of Derna", "Derna, Libya", "the town of Susa in northeastern Libya".
     */
    private static List<Place> withoutQualifiers(String text, List<Place> places) {
        if (places.stream().noneMatch(p -> isInside(p.code()))) {
            return places;
        }
        List<Place> out = new ArrayList<>(places);
        for (Place inside : places) {
            String country = country(inside.code());
            out.removeIf(p -> p.code().equals(country) && (p.end() <= inside.start()
                    && QUALIFIES_BEFORE.matcher(text.substring(p.end(), inside.start())).matches()
                    || p.start() >= inside.end()
                    && QUALIFIES_AFTER.matcher(text.substring(inside.end(), p.start())).matches()));
        }
        return out;
    }

    /** Between a country and a place inside it: "Libya's eastern city of", "Libyan port city of". */
    private static final Pattern QUALIFIES_BEFORE = Pattern.compile("(?:['’]s)?\\s+(?:[a-z-]+\\s+){0,3}"
            + "(?:city|town|village|port|province|state|region|district|governorate)\\s+of\\s+");
    /** Between a place and its country: "Derna, Libya", "Susa in northeastern Libya". */
    private static final Pattern QUALIFIES_AFTER = Pattern.compile(",\\s+|\\s+in\\s+(?:[a-z-]+\\s+)?(?:the\\s+)?");

    /** Returns whether a name at {@code start..end} is in capitals, as a dateline's city is ("KHARTOUM, Dec 8"). */
    private static boolean isDateline(String text, int start, int end) {
        return end - start > 3 && text.substring(start, end).equals(text.substring(start, end).toUpperCase(Locale.ROOT));
    }

    /** Returns whether the name at {@code start..end} marks a currency ("US$349 billion", "$US750 billion"). */
    private static boolean currencyMark(String text, int start, int end) {
        return end < text.length() && text.charAt(end) == '$' || start > 0 && text.charAt(start - 1) == '$';
    }

    /** Returns the code of a place name or demonym written alone, or null. */
    static String codeOf(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        String code = NAMES.get(key);
        return code != null ? (code.isEmpty() ? null : code) : DEMONYMS.get(key);
    }

    /** Returns whether {@code word} is a demonym or adjective of a country ("Sudanese", "Syrians"), not its name. */
    static boolean isDemonym(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        return DEMONYMS.containsKey(key) && !NAMES.containsKey(key);
    }

    /** Returns the spans of the words (letters, dots inside, an apostrophe-s) between {@code from} and {@code to}. */
    static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int s = k;
            while (k < to && (Character.isLetter(text.charAt(k)) || isInnerMark(text, k, to))) {
                k++;
            }
            out.add(new int[] {s, k});
        }
        return out;
    }

    private static boolean isInnerMark(String text, int k, int to) {
        char c = text.charAt(k);
        if (c == '.') {
            // "U.S." keeps its dots; a full stop after a word does not
            return k + 1 < to && Character.isLetter(text.charAt(k + 1)) && k + 2 <= to
                    && (k + 2 == to || !Character.isLetter(text.charAt(k + 2)) || text.charAt(k + 2) == '.')
                    || k >= 2 && text.charAt(k - 2) == '.' && Character.isUpperCase(text.charAt(k - 1));
        }
        return (c == '\'' || c == '’') && k + 1 < to && Character.isLetter(text.charAt(k + 1));
    }
}
