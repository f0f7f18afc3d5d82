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
            Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"));

    private final Ctx c;

    Currencies(Ctx c) {
        this.c = c;
    }

    /**
     * Returns the currency written before the number at or after {@code i}: a symbol ("$", "€"), letters and a dollar
     * sign ("US$", "A$", "HK$"), "Rs" or "Rs." (rupees), or an ISO code ("NOK 120 billion"); else null.
     */
    String prefix(int i) {
        if (c.is(i, Token.Type.SYMBOL) && SYMBOLS.containsKey(c.raw(i))) {
            return SYMBOLS.get(c.raw(i));
        }
        if (c.is(i, Token.Type.WORD) && c.punct(i + 1, '$') && !c.spaceBefore(i + 1)
                && DOLLAR_PREFIXES.containsKey(c.raw(i))) {
            return DOLLAR_PREFIXES.get(c.raw(i));
        }
        if (c.word(i, "Rs") && (c.is(i + 1, Token.Type.NUMBER)
                || c.punct(i + 1, '.') && !c.spaceBefore(i + 1) && c.is(i + 2, Token.Type.NUMBER))) {
            return "INR";
        }
        if (c.is(i + 1, Token.Type.NUMBER) && c.is(i, Token.Type.WORD) && CODES.contains(c.raw(i))) {
            return c.raw(i);
        }
        return null;
    }

}
