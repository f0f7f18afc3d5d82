package org.claimstat.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where a text names a country: its English name from {@link Locale} ("Kazakhstan", "the United States"),
 * common other names ("Britain", "the US"), demonyms and adjectives ("Russians", "Georgian"), capitals and a few
 * bodies that stand for their country ("the Kremlin", "the Home Office"). Codes are ISO 3166 alpha-2, or {@code EU}.
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
                if (code != null) {
                    if (!code.isEmpty() && !currencyMark(text, first[0], end)) {
                        out.add(new Place(first[0], end, code, demonym));
                    }
                    taken = n;
                }
            }
            w += Math.max(taken, 1) - 1;
        }
        return out;
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
