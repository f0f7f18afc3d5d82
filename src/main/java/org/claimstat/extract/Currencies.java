package org.claimstat.extract;

import java.util.Map;
import java.util.Set;

/** Currencies written before a number: symbols, letters and a dollar sign, "Rs", ISO codes. */
final class Currencies {
    /** Currency symbols before a number. */
    static final Map<String, String> SYMBOLS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₽", "RUB", "₹", "INR", "₴", "UAH");

    /**
     * Letters written right before "$" that name a dollar other than the US one, or the US one: "A$50 million" is
     * Australian dollars, "HK$3bn" Hong Kong dollars, "R$" the Brazilian real.
     */
    static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(Map.entry("US", "USD"), Map.entry("A", "AUD"),
            Map.entry("AU", "AUD"), Map.entry("C", "CAD"), Map.entry("CA", "CAD"), Map.entry("NZ", "NZD"),
            Map.entry("HK", "HKD"), Map.entry("S", "SGD"), Map.entry("NT", "TWD"), Map.entry("R", "BRL"),
            Map.entry("MX", "MXN"));

    /** The X codes that are currencies (CFA francs, East Caribbean dollar, CFP franc); the others are metals and tests. */
    private static final Set<String> X_CURRENCIES = Set.of("XAF", "XOF", "XCD", "XPF");

    private static final Set<String> CODES_THAT_ARE_WORDS = Set.of("ALL", "AMD", "BOB", "CUP", "GEL", "MAD", "MOP",
            "PEN", "SOS", "TOP", "BAM", "CHE", "CHW", "COU", "MXV", "USN", "USS", "UYI", "BOV", "CLF");

    /**
     * ISO 4217 codes read next to a number: every code {@link java.util.Currency} knows but the test and
     * precious-metal codes and those that are also English words or common acronyms in capitals ("ALL 3 firms",
     * "TOP 10", "AMD 5"), which are never taken for money.
     */
    static final Set<String> CODES = codes();

    private static Set<String> codes() {
        Set<String> codes = new java.util.TreeSet<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            boolean metalOrTest = code.startsWith("X") && !X_CURRENCIES.contains(code);
            if (!metalOrTest && !CODES_THAT_ARE_WORDS.contains(code)) {
                codes.add(code);
            }
        }
        return Set.copyOf(codes);
    }

    /** Currency words after a number, lower case. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("ruble", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("yen", "JPY"), Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"),
            Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"), Map.entry("dirham", "AED"),
            Map.entry("dirhams", "AED"), Map.entry("franc", "CHF"), Map.entry("francs", "CHF"),
            Map.entry("krona", "SEK"), Map.entry("kronor", "SEK"), Map.entry("krone", "NOK"), Map.entry("kroner", "NOK"),
            Map.entry("rand", "ZAR"), Map.entry("peso", "MXN"), Map.entry("pesos", "MXN"), Map.entry("reais", "BRL"),
            Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"), Map.entry("lira", "TRY"), Map.entry("liras", "TRY"),
            Map.entry("naira", "NGN"), Map.entry("shilling", "KES"), Map.entry("shillings", "KES"),
            Map.entry("riyal", "SAR"), Map.entry("riyals", "SAR"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"),
            Map.entry("zlotych", "PLN"), Map.entry("forint", "HUF"), Map.entry("forints", "HUF"),
            Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"), Map.entry("rupiah", "IDR"), Map.entry("taka", "BDT"),
            Map.entry("dong", "VND"), Map.entry("cedi", "GHS"), Map.entry("cedis", "GHS"), Map.entry("kwacha", "ZMW"),
            Map.entry("tenge", "KZT"), Map.entry("lari", "GEL"), Map.entry("koruna", "CZK"), Map.entry("korunas", "CZK"),
            Map.entry("leu", "RON"), Map.entry("lei", "RON"), Map.entry("birr", "ETB"), Map.entry("dinars", "DZD"),
            Map.entry("bitcoin", "XBT"));

    /**
     * A word of a country before a currency word that names another currency than the word alone: "50 Australian
     * dollars" is AUD, "Swiss francs" CHF, "Danish kroner" DKK, "Pakistani rupees" PKR.
     */
    static final Map<String, String> NATIONAL = Map.ofEntries(Map.entry("australian dollar", "AUD"),
            Map.entry("canadian dollar", "CAD"), Map.entry("singapore dollar", "SGD"), Map.entry("taiwan dollar", "TWD"),
            Map.entry("zealand dollar", "NZD"), Map.entry("kong dollar", "HKD"), Map.entry("us dollar", "USD"),
            Map.entry("u.s. dollar", "USD"), Map.entry("american dollar", "USD"), Map.entry("jamaican dollar", "JMD"),
            Map.entry("swiss franc", "CHF"), Map.entry("danish krone", "DKK"), Map.entry("norwegian krone", "NOK"),
            Map.entry("swedish krona", "SEK"), Map.entry("indian rupee", "INR"), Map.entry("pakistani rupee", "PKR"),
            Map.entry("egyptian pound", "EGP"), Map.entry("argentine peso", "ARS"), Map.entry("philippine peso", "PHP"),
            Map.entry("chilean peso", "CLP"), Map.entry("colombian peso", "COP"), Map.entry("mexican peso", "MXN"),
            Map.entry("brazilian real", "BRL"), Map.entry("turkish lira", "TRY"), Map.entry("south african rand", "ZAR"),
            Map.entry("african rand", "ZAR"), Map.entry("kenyan shilling", "KES"), Map.entry("saudi riyal", "SAR"),
            Map.entry("qatari riyal", "QAR"), Map.entry("uae dirham", "AED"), Map.entry("moroccan dirham", "MAD"),
            Map.entry("kuwaiti dinar", "KWD"), Map.entry("iraqi dinar", "IQD"), Map.entry("serbian dinar", "RSD"),
            Map.entry("chinese yuan", "CNY"), Map.entry("japanese yen", "JPY"), Map.entry("russian rouble", "RUB"),
            Map.entry("russian ruble", "RUB"), Map.entry("ukrainian hryvnia", "UAH"), Map.entry("south korean won", "KRW"),
            Map.entry("korean won", "KRW"), Map.entry("nigerian naira", "NGN"), Map.entry("sri lankan rupee", "LKR"),
            Map.entry("lankan rupee", "LKR"), Map.entry("nepalese rupee", "NPR"), Map.entry("indonesian rupiah", "IDR"));

    /** Letters of a dollar prefix that may stand apart from the "$": "HK $3bn", "US $5"; a lone "A" or "C" may not. */
    private static final Set<String> SPACED_DOLLAR_PREFIXES = Set.of("US", "HK", "NZ", "NT", "MX", "AU", "SG");

    private final Ctx c;

    Currencies(Ctx c) {
        this.c = c;
    }

    /**
     * A currency written before a number.
     *
     * @param code the ISO 4217 code
     * @param next the token after the currency, where the number starts
     */
    record Prefix(String code, int next) {
    }

    /**
     * Returns the currency written before the number at or after {@code i}: a symbol ("$", "€"), letters and a dollar
     * sign ("US$", "A$", "HK$", "HK $", or after it, "$US", "$A"), "Rs" or "Rs." (rupees), "TL" (Turkish lira), or an ISO code ("NOK 120
     * billion", "USD115"); else null.
     */
    Prefix prefix(int i) {
        if (!c.has(i)) {
            return null;
        }
        Token.Type type = c.tokens.type(i);
        if (type == Token.Type.SYMBOL) {
            String code = SYMBOLS.get(c.raw(i));
            if (code == null) {
                return null;
            }
            if (code.equals("USD") && c.is(i + 1, Token.Type.WORD) && !c.spaceBefore(i + 1)
                    && DOLLAR_PREFIXES.containsKey(c.raw(i + 1)) && !c.is(i + 2, Token.Type.WORD)) {
                return new Prefix(DOLLAR_PREFIXES.get(c.raw(i + 1)), i + 2);  // "$US 5 billion", "$A50"
            }
            return new Prefix(code, i + 1);
        }
        if (type != Token.Type.WORD) {
            return null;
        }
        if (c.punct(i + 1, '$') && DOLLAR_PREFIXES.containsKey(c.raw(i))
                && (!c.spaceBefore(i + 1) || SPACED_DOLLAR_PREFIXES.contains(c.raw(i)))) {
            return new Prefix(DOLLAR_PREFIXES.get(c.raw(i)), i + 2);
        }
        if (c.word(i, "Rs") && c.is(i + 1, Token.Type.NUMBER)) {
            return new Prefix("INR", i + 1);
        }
        if (c.word(i, "Rs") && c.punct(i + 1, '.') && !c.spaceBefore(i + 1) && c.is(i + 2, Token.Type.NUMBER)) {
            return new Prefix("INR", i + 2);
        }
        if (c.raw(i).equals("TL") && c.is(i + 1, Token.Type.NUMBER)) {
            return new Prefix("TRY", i + 1);  // the Turkish lira's own abbreviation: "TL 1.6 trillion"
        }
        if (c.is(i + 1, Token.Type.NUMBER) && CODES.contains(c.raw(i))) {
            return new Prefix(c.raw(i), i + 1);
        }
        return null;
    }
}
