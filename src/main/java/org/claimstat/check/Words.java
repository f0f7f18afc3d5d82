package org.claimstat.check;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;

/**
 * Names claims the way a reader does: the figure with its hedge and unit ("almost 1,000,000 people"),
 * the outlet and date ("The Bell, 15 Apr 2024") and the quote, so a finding can be checked against
 * the articles without reading interval notation.
 */
final class Words {
    private static final int QUOTE_CHARS = 90;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s++");
    /** The months as {@link TextStyle#SHORT} English names, looked up once. */
    private static final String[] MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toArray(String[]::new);

    private Words() {
    }

    /** Returns a claim as a reader names it: {@code c1, almost 1,000,000 people (The Bell, 15 Apr 2024: "…")}. */
    static String claim(Claim c, CheckContext context) {
        return c.id() + ", " + figure(c) + " (" + outlet(c, context) + quote(c) + ")";
    }

    /** Returns the claims as a reader names them, joined by "; ". */
    static String claims(List<Claim> claims, CheckContext context) {
        List<String> out = new ArrayList<>(claims.size());
        claims.forEach(c -> out.add(claim(c, context)));
        return String.join("; ", out);
    }

    /** Returns the outlet and date of a claim's source: {@code The Bell, 15 Apr 2024}. */
    static String outlet(Claim c, CheckContext context) {
        Source s = context.findSource(c.source()).orElse(null);
        if (s == null) {
            return "source " + c.source();
        }
        String name = !s.publisher().isBlank() ? s.publisher() : !s.title().isBlank() ? "\"" + s.title() + "\"" : s.id();
        return name + s.published().map(d -> ", " + date(d)).orElse(", undated");
    }

    /** Returns a partial date as a reader writes it: {@code 9 May 2025}, {@code May 2025}, {@code 2025}. */
    static String date(PartialDate d) {
        String month = d.precision() == PartialDate.Precision.YEAR ? ""
                : MONTHS[d.month() - 1] + " ";
        String day = d.precision() == PartialDate.Precision.DAY ? d.firstDay().getDayOfMonth() + " " : "";
        return day + month + d.year();
    }

    /** Returns what a claim states, hedge and unit included: {@code almost 1,000,000 people}, {@code USD 77,000,000,000}. */
    static String figure(Claim c) {
        return hedgeWord(c.quantity().hedge()) + stated(c);
    }

    /** Returns the number a claim states with its unit and without its hedge: {@code 2,300,000 people}, {@code 6 to 9 months}. */
    static String stated(Claim c) {
        Quantity q = c.quantity();
        if (c.unit().kind() == Unit.Kind.DATE) {
            return q.value().map(Object::toString).orElse("?");
        }
        String number = q.hedge() == Hedge.RANGE ? number(q.lower()) + " to " + number(q.upper()) : number(q.value());
        return withUnit(number, c.unit(), q.number().map(n -> n.compareTo(BigDecimal.ONE) == 0).orElse(false));
    }

    /** Returns a number in the claim's unit, grouped for reading: {@code 650,000 people}, {@code 3,166.5 people}. */
    static String amount(double x, Unit unit) {
        String n = Double.isFinite(x) && Math.abs(x) < 1e15
                ? group(BigDecimal.valueOf(x).round(new java.math.MathContext(12)).stripTrailingZeros())
                : Text.num(x);
        return withUnit(n, unit, x == 1);
    }

    private static String withUnit(String number, Unit unit, boolean one) {
        return switch (unit.kind()) {
            case PERCENT -> number + "%";
            case CURRENCY -> unit + " " + number;
            case COUNT, TIME -> number + " " + (one ? unit.toString() : plural(unit.toString()));
            default -> number + " " + unit;
        };
    }

    private static String plural(String noun) {
        if (noun.equals("person")) {
            return "people";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh") ? noun + "es"
                : noun + "s";
    }

    private static String number(Optional<Value> v) {
        return v.map(x -> x instanceof Value.Decimal d ? group(d.number()) : x.toString()).orElse("?");
    }

    /**
     * Returns the number with its written decimals and a comma between thousands, as {@code new DecimalFormat("#,##0")}
     * with as many fraction digits as the scale writes it in English; by hand, since a format per figure cost more than
     * the rest of a finding.
     */
    static String group(BigDecimal n) {
        String plain = n.toPlainString();
        int from = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(plain.length() + (end - from) / 3);
        out.append(plain, 0, from);
        for (int k = from; k < end; k++) {
            out.append(plain.charAt(k));
            if (k < end - 1 && (end - 1 - k) % 3 == 0) {
                out.append(',');
            }
        }
        return out.append(plain, end, plain.length()).toString();
    }

    private static String hedgeWord(Hedge h) {
        return switch (h) {
            case EXACT, RANGE -> "";
            case APPROXIMATELY -> "about ";
            case ESTIMATE -> "an estimated ";
            case NEARLY -> "almost ";
            case UP_TO -> "up to ";
            case AT_MOST -> "at most ";
            case LESS_THAN -> "less than ";
            case AT_LEAST -> "at least ";
            case MORE_THAN -> "more than ";
        };
    }

    private static String quote(Claim c) {
        String q = SPACES.matcher(c.quote().strip()).replaceAll(" ");
        if (q.isEmpty()) {
            return "";
        }
        return ": \"" + (q.length() > QUOTE_CHARS ? q.substring(0, QUOTE_CHARS - 1) + "…" : q) + "\"";
    }
}
