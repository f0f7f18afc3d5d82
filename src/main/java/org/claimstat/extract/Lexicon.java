package org.claimstat.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimstat.Unit;

/** The word lists the scanner consults: scales, currencies, units, months, and the words that end a noun phrase. */
final class Lexicon {
    private Lexicon() {
    }

    /** Scale words and number suffixes: "billion", "bn", "m" (million), "k". */
    static final Map<String, Integer> SCALES = Map.ofEntries(
            Map.entry("thousand", 3), Map.entry("k", 3),
            Map.entry("million", 6), Map.entry("millions", 6), Map.entry("mln", 6), Map.entry("mn", 6),
            Map.entry("m", 6), Map.entry("billion", 9), Map.entry("billions", 9), Map.entry("bn", 9),
            Map.entry("b", 9), Map.entry("trillion", 12), Map.entry("tn", 12), Map.entry("trn", 12),
            Map.entry("lakh", 5), Map.entry("lakhs", 5), Map.entry("crore", 7), Map.entry("crores", 7));

    /**
     * Physical unit symbols and words (lower-cased words, exact-case symbols) to JSR-385 symbols. "nm" is left out, as
     * it may be nautical miles; "mm" after a currency is a million in finance ("$5mm"), which the reader of amounts
     * sees to.
     */
    static final Map<String, String> PHYSICAL = Map.ofEntries(
            Map.entry("GW", "GW"), Map.entry("MW", "MW"), Map.entry("kW", "kW"), Map.entry("TW", "TW"),
            Map.entry("TWh", "TWh"), Map.entry("GWh", "GWh"), Map.entry("MWh", "MWh"), Map.entry("kWh", "kWh"),
            Map.entry("km", "km"), Map.entry("kg", "kg"), Map.entry("km2", "km²"), Map.entry("km²", "km²"),
            Map.entry("gigawatt", "GW"), Map.entry("gigawatts", "GW"), Map.entry("megawatt", "MW"),
            Map.entry("megawatts", "MW"), Map.entry("kilowatt", "kW"), Map.entry("kilowatts", "kW"),
            Map.entry("terawatt-hours", "TWh"), Map.entry("terawatt", "TW"), Map.entry("terawatts", "TW"),
            Map.entry("kilometre", "km"), Map.entry("kilometres", "km"), Map.entry("kilometer", "km"),
            Map.entry("kilometers", "km"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("tonne", "t"), Map.entry("tonnes", "t"),
            Map.entry("hectare", "ha"), Map.entry("hectares", "ha"), Map.entry("ha", "ha"),
            Map.entry("mile", "mi"), Map.entry("miles", "mi"), Map.entry("litre", "l"), Map.entry("litres", "l"),
            Map.entry("liter", "l"), Map.entry("liters", "l"), Map.entry("metre", "m"), Map.entry("meter", "m"),
            Map.entry("nanometre", "nm"), Map.entry("nanometres", "nm"), Map.entry("nanometer", "nm"),
            Map.entry("nanometers", "nm"), Map.entry("millimetre", "mm"), Map.entry("millimetres", "mm"),
            Map.entry("mm", "mm"), Map.entry("centimetre", "cm"), Map.entry("centimetres", "cm"), Map.entry("cm", "cm"),
            Map.entry("inch", "in"), Map.entry("inches", "in"), Map.entry("lb", "lb"), Map.entry("lbs", "lb"),
            Map.entry("g", "g"), Map.entry("gram", "g"), Map.entry("grams", "g"), Map.entry("milligrams", "mg"),
            Map.entry("mg", "mg"), Map.entry("mph", "mph"), Map.entry("kB", "kB"),
            Map.entry("MB", "MB"), Map.entry("GB", "GB"), Map.entry("TB", "TB"), Map.entry("gigabytes", "GB"),
            Map.entry("terabytes", "TB"), Map.entry("megabytes", "MB"), Map.entry("ft", "ft"), Map.entry("feet", "ft"),
            Map.entry("foot", "ft"), Map.entry("yd", "yd"), Map.entry("yard", "yd"), Map.entry("yards", "yd"),
            Map.entry("gallon", "gal"), Map.entry("gallons", "gal"),
            Map.entry("ounce", "oz"), Map.entry("ounces", "oz"), Map.entry("oz", "oz"), Map.entry("knots", "kn"),
            Map.entry("kph", "km/h"), Map.entry("km/h", "km/h"), Map.entry("ton", "t"), Map.entry("tons", "t"),
            Map.entry("kilos", "kg"), Map.entry("sqm", "m²"), Map.entry("kilotonnes", "kt"),
            Map.entry("megatonnes", "Mt"), Map.entry("Mt", "Mt"), Map.entry("kt", "kt"), Map.entry("watts", "W"),
            Map.entry("kilojoules", "kJ"), Map.entry("barrel", "bbl"), Map.entry("barrels", "bbl"),
            Map.entry("bbl", "bbl"), Map.entry("bpd", "bbl"), Map.entry("gm", "g"), Map.entry("ppm", "ppm"),
            Map.entry("ppb", "ppb"), Map.entry("bushel", "bu"), Map.entry("bushels", "bu"));

    /** Unit symbols read only when joined to a number ("5t", "4in"): apart they are words ("in", a "t"). */
    static final Map<String, String> JOINED = Map.of("t", "t", "in", "in");

    /** Returns the physical unit symbol of a suffix joined to a number ("GW" of "5GW", "t" of "2.5t"), or null. */
    static String joinedPhysical(String suffix) {
        String symbol = PHYSICAL.get(suffix);
        return symbol != null ? symbol : JOINED.get(suffix);
    }

    /** Time words, singular and plural (and French "ans"), to JSR-385 symbols. */
    static final Map<String, String> DURATIONS = Map.ofEntries(
            Map.entry("day", "day"), Map.entry("days", "day"), Map.entry("week", "week"),
            Map.entry("weeks", "week"), Map.entry("month", "month"), Map.entry("months", "month"),
            Map.entry("year", "year"), Map.entry("years", "year"), Map.entry("hour", "h"),
            Map.entry("hours", "h"), Map.entry("minute", "min"), Map.entry("minutes", "min"),
            Map.entry("second", "s"), Map.entry("seconds", "s"),
            Map.entry("ans", "year"));

    /** Month names and abbreviations, lower case, to month numbers. */
    static final Map<String, Integer> MONTHS = months();

    /** Words before a number that make it a reference to a part of a document, not a quantity. */
    static final Set<String> REFERENCES = Set.of("page", "pages", "p", "pp", "section", "sections", "chapter",
            "chapters", "figure", "fig", "table", "paragraph", "para", "clause", "footnote", "note", "appendix",
            "article", "no", "number", "item", "verse", "line", "episode", "season", "volume", "vol", "issue", "part",
            "step", "room", "flight", "route", "highway", "version", "model", "level", "grade", "tier", "row", "rows",
            "seat", "seats", "gate", "platform", "exit", "junction", "aisle", "bay", "pier", "berth", "booth", "category");

    /** Capitalised names that a number after them completes as a name: "Boeing 737", "Windows 11", "Apollo 11". */
    static final Set<String> MODEL_NAMES = Set.of("boeing", "airbus", "embraer", "windows", "xbox", "playstation",
            "pixel", "galaxy", "apollo", "artemis", "gemini", "soyuz", "falcon", "formula", "iphone", "ipad", "macbook",
            "android", "ios", "covid", "sputnik", "voyager", "chandrayaan", "ryzen", "mig", "type", "mark", "phase",
            "nikkei", "ftse", "russell", "poor's", "stoxx", "cac", "dax", "asx", "nifty", "sensex", "kospi", "topix");
    /** Capitalised words after a number that make it part of a product's name: "iPhone 11 Pro", "737 MAX". */
    static final Set<String> MODEL_SUFFIXES = Set.of("Pro", "Max", "MAX", "Plus", "Ultra", "Mini", "Lite", "SE", "XL",
            "Edge", "Air", "Neo");

    /** Nouns of persons: their counts get the unit {@code person}. */
    static final Set<String> PERSONS = Set.of("person", "people", "worker", "workers", "reservist", "reservists",
            "troop", "troops", "soldier", "soldiers", "programmer", "programmers", "candidate", "candidates",
            "employee", "employees", "specialist", "specialists", "engineer", "engineers", "scientist", "scientists",
            "resident", "residents", "citizen", "citizens", "refugee", "refugees", "migrant", "migrants", "emigrant",
            "emigrants", "developer", "developers", "student", "students", "professional", "professionals",
            "staff", "man", "men", "woman", "women", "children", "civilians", "civilian", "voters", "users", "user", "researchers",
            "researcher", "doctors", "nurses", "teachers", "experts", "expert", "officials", "personnel", "patient",
            "patients", "volunteer", "volunteers", "adult", "adults", "passenger", "passengers", "visitor", "visitors",
            "tourist", "tourists", "pupil", "pupils", "doctor", "nurse", "teacher", "journalist", "journalists",
            "victim", "victims", "inhabitant", "inhabitants", "guard", "guards", "spectator", "spectators", "fan",
            "fans", "player", "players", "member", "members", "supporter", "supporters", "protester", "protesters",
            "officer", "officers", "police", "pilot", "pilots", "athlete", "athletes", "driver", "drivers", "farmer",
            "farmers", "miner", "miners", "child", "applicant", "applicants", "seekers", "recruit", "recruits",
            "conscript", "conscripts", "casualties", "rider", "riders", "commuter", "commuters", "britons", "brits",
            "swedes", "danes", "finns", "poles", "czechs", "turks", "greeks", "kazakhs", "uzbeks", "tajiks", "chinese",
            "japanese", "vietnamese");

    /** Words that end a counted noun phrase. */
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for",
            "with", "and", "or", "but", "have", "has", "had", "are", "were", "was", "is", "be", "been", "will",
            "would", "could", "can", "may", "might", "should", "that", "which", "who", "whom", "whose", "this",
            "these", "those", "than", "as", "per", "into", "since", "after", "before", "over", "under", "behind",
            "ago", "each", "more", "less", "fewer", "not", "it", "its", "their", "his", "her", "they", "he", "she",
            "we", "you", "i", "out", "up", "down", "off", "about", "around", "during", "when", "while", "where",
            "if", "so", "then", "there", "here", "also", "only", "just", "still", "now", "all", "both", "such",
            "across", "against", "between", "among", "through", "until", "within", "without", "via", "being", "do",
            "does", "did", "own", "other", "another", "some", "any", "no", "left", "fled", "said", "says", "last", "next",
            "earlier", "later", "previously", "today", "yesterday", "tomorrow", "annually", "daily", "weekly", "monthly",
            "due", "expected", "likely", "set", "needed", "remaining", "total", "overall", "alone", "apiece",
            "respectively", "too", "again", "instead", "already");

    /** English words counted by the other-language test. */
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "for", "that", "with",
            "on", "as", "it", "by", "are", "at", "from", "his", "her", "he", "she", "has", "have", "this", "be");

    /** Frequent words of French, Spanish, German and Italian counted by the other-language test. */
    static final Set<String> FOREIGN = Set.of("le", "la", "les", "est", "et", "une", "des", "du", "il", "elle",
            "à", "au", "aux", "dans", "sur", "pour", "avec", "qui", "ne", "pas", "d'", "l'", "el", "los", "las",
            "y", "que", "es", "por", "una", "con", "para", "del", "der", "die", "das", "und", "ist", "nicht",
            "ein", "eine", "mit", "für", "auf", "di", "che", "non", "della", "sono", "vit", "ans", "né");

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i + 1);
            map.put(names[i].substring(0, 3), i + 1);
        }
        map.put("sept", 9);
        return Map.copyOf(map);
    }

    private static final int MAX_CACHED_UNITS = 4096;
    private static final ConcurrentHashMap<String, Unit> UNITS = new ConcurrentHashMap<>();

    /**
     * Returns {@link Unit#parse(String)} of a symbol, cached: parsing a counted noun asks Indriya
     * first, which fails through an exception and costs some 20 µs.
     */
    static Unit unit(String symbol) {
        Unit u = UNITS.get(symbol);
        if (u == null) {
            u = Unit.parse(symbol);
            if (UNITS.size() < MAX_CACHED_UNITS) {
                UNITS.put(symbol, u);
            }
        }
        return u;
    }

    /** Symbols composed from text ("t/h") that are no unit, so that each is refused once, not once per mention. */
    private static final Set<String> NOT_UNITS = ConcurrentHashMap.newKeySet();

    /**
     * Returns the physical unit of a symbol composed from text, such as "km/h", or empty where it is none ("t/h",
     * which Indriya does not read): unlike {@link #unit}, never throws.
     */
    static java.util.Optional<Unit> physical(String symbol) {
        if (NOT_UNITS.contains(symbol)) {
            return java.util.Optional.empty();
        }
        try {
            Unit u = unit(symbol);
            if (u.kind() == Unit.Kind.PHYSICAL) {
                return java.util.Optional.of(u);
            }
        } catch (IllegalArgumentException e) {
            // not a unit; remembered below
        }
        if (NOT_UNITS.size() < MAX_CACHED_UNITS) {
            NOT_UNITS.add(symbol);
        }
        return java.util.Optional.empty();
    }

    /** Returns ten to the power {@code exponent} times {@code value}, keeping the written digits. */
    static BigDecimal scale(BigDecimal value, int exponent) {
        return value.scaleByPowerOfTen(exponent);
    }
}
