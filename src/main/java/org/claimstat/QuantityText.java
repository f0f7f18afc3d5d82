package org.claimstat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quantity written as a person writes it in a notebook, for {@link Quantity#parse(String)}:
 * an optional hedge (a phrase such as "nearly" or "more than", or a file code such as
 * {@code up_to}), a number with optional thousands separators and a scale word, or a range
 * ("6 to 9", "6-9", "6..9"), then the unit: a currency symbol or code, "%" or "percent", a time or
 * physical unit, or a counted noun in the singular or plural. Numbers in words ("six") are the
 * extractor's job ({@code ClaimExtractor}).
 */
final class QuantityText {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")\\s*(?:\\.\\.|-|–|to|and)\\s*(" + NUMBER + ")");
    private static final Map<String, Integer> SCALES = Map.of("thousand", 3, "million", 6, "m", 6, "billion", 9,
            "bn", 9, "trillion", 12);
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₽", "RUB",
            "₹", "INR");

    private QuantityText() {
    }

    static Quantity parse(String text) {
        String rest = text.strip().replaceAll("\\s+", " ");
        Hedge hedge = null;
        List<String> words = Arrays.asList(rest.split(" "));
        for (int n = Math.min(Hedge.longestPhraseWords(), words.size() - 1); n >= 1 && hedge == null; n--) {
            String phrase = String.join(" ", words.subList(0, n));
            Optional<Hedge> h = Hedge.forPhrase(phrase).or(() -> code(phrase));
            if (h.isPresent()) {
                hedge = h.get();
                rest = String.join(" ", words.subList(n, words.size()));
            }
        }
        String currency = null;
        for (Map.Entry<String, String> s : SYMBOLS.entrySet()) {
            if (rest.startsWith(s.getKey())) {
                currency = s.getValue();
                rest = rest.substring(s.getKey().length()).strip();
            }
        }
        Matcher range = RANGE.matcher(rest);
        Matcher number = NUMBER.matcher(rest);
        if (range.lookingAt()) {
            String after = rest.substring(range.end()).strip();
            int scale = scale(after);
            Unit unit = unit(scale == 0 ? after : after.substring(after.indexOf(' ') + 1), currency, text);
            return Quantity.range(number(range.group(1), scale), number(range.group(2), scale), unit)
                    .withHedgeIfRange(hedge, text);
        }
        if (!number.lookingAt()) {
            throw new IllegalArgumentException("no number in '" + text + "'; expected such as 'nearly 95,000 vacancies',"
                    + " 'some $77 billion', '6 to 9 months' or 'up to 45%'");
        }
        String after = rest.substring(number.end()).strip();
        int scale = scale(after);
        if (scale != 0) {
            after = after.contains(" ") ? after.substring(after.indexOf(' ') + 1) : "";
        }
        return Quantity.of(number(number.group(), scale), hedge == null ? Hedge.EXACT : hedge, unit(after, currency, text));
    }

    private static Optional<Hedge> code(String word) {
        try {
            return Optional.of(Hedge.parse(word));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int scale(String after) {
        String first = after.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return SCALES.getOrDefault(first, 0);
    }

    private static BigDecimal number(String written, int scale) {
        return new BigDecimal(written.replace(",", "").replace("+", "")).scaleByPowerOfTen(scale);
    }

    private static Unit unit(String words, String currency, String text) {
        String w = words.strip();
        if (currency != null) {
            if (!w.isEmpty() && !w.equalsIgnoreCase(currency)) {
                throw new IllegalArgumentException("'" + text + "' names a currency and then '" + w + "'");
            }
            return Unit.parse(currency);
        }
        if (w.isEmpty()) {
            throw new IllegalArgumentException("no unit in '" + text + "'; say what is counted, such as '95,000 vacancies',"
                    + " '45%', '$77 billion' or '9 months'");
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.equals("%") || lower.equals("percent") || lower.equals("per cent")) {
            return Unit.PERCENT;
        }
        if (w.matches("[A-Z]{3}")) {
            return Unit.parse(w);
        }
        try {
            Unit unit = Unit.parse(w);
            return unit.kind() == Unit.Kind.COUNT ? Unit.parse(Nouns.singular(lower)) : unit;
        } catch (IllegalArgumentException notAsWritten) {
            return Unit.parse(Nouns.singular(lower));
        }
    }
}
