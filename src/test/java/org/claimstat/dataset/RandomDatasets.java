package org.claimstat.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;

/**
 * Seeded random datasets for round-trip tests: every hedge, every unit kind, every date
 * precision, open and closed periods, present and empty optional fields, and text that stresses
 * CSV (commas, quotes, line breaks, leading {@code =} and {@code +}, unicode, spaces).
 */
final class RandomDatasets {
    static final List<String> ODD_TEXT = List.of("", "plain", "a, b", "say \"hi\"", "line one\nline two",
            "=SUM(A1:A9)", "+7 495", "-minus", "@at", "Привет, мир", "日本語", "emoji 😀", " leading space",
            "trailing space ", "crlf\r\ninside", "lone\rcr", "#hash", "tab\there", "\"", ",", "''", "back\\slash");
    private static final List<String> UNITS = List.of("person", "vacancy", "USD", "RUB", "percent", "rank:83",
            "month", "year", "GW", "TWh", "date");

    private final Random random;

    private RandomDatasets(long seed) {
        this.random = new Random(seed);
    }

    /** Returns a valid dataset of about {@code claims} claims built from {@code seed}. */
    static ClaimDataset of(long seed, int claims) {
        return new RandomDatasets(seed).dataset(claims);
    }

    private ClaimDataset dataset(int claimCount) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sources.add(new Source("s" + i, text(), text(), maybe("https://example.org/a?x=1&y=" + i), maybe(date()),
                    maybeText(), maybe("en"), maybe("AFP"), maybe("00" + i + ".txt"), extra("scripts", i)));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            indicators.add(new Indicator("ind_" + i, text(), Unit.parse(UNITS.get(i)),
                    Aggregation.values()[i % Aggregation.values().length], text(), Map.of()));
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < claimCount; i++) {
            int u = random.nextInt(UNITS.size());
            Hedge hedge = Hedge.values()[i % Hedge.values().length];
            Quantity q = quantity(hedge, Unit.parse(UNITS.get(u)));
            claims.add(new Claim("c" + i, "ind_" + u, pick(List.of("RU", "US", "", "Moscow, RU")), period(), q,
                    ClaimKind.values()[random.nextInt(ClaimKind.values().length)], text(), "s" + random.nextInt(5),
                    text(), extra("note", i)));
        }
        List<Rate> rates = List.of(new Rate(LocalDate.of(2024, 2, 29), java.util.Currency.getInstance("USD"),
                java.util.Currency.getInstance("RUB"), new BigDecimal("92.50"), "s1", Map.of()));
        List<Relation> relations = List.of(new Relation("r1", "ind_0 + ind_1 <= ind_2", text(), Map.of()));
        return ClaimDataset.of(new DatasetInfo("random-" + claimCount, text(), text(), List.of("CC-BY-4.0")),
                sources, indicators, claims, rates, relations);
    }

    private Map<String, String> extra(String name, int i) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(name, text());
        extra.put("z_" + name, i % 3 == 0 ? "" : text());
        return extra;
    }

    private Quantity quantity(Hedge hedge, Unit unit) {
        boolean dates = unit.kind() == Unit.Kind.DATE;
        Value a = value(dates);
        Value b = value(dates);
        Value lo = a.compareTo(b) <= 0 ? a : b;
        Value hi = a.compareTo(b) <= 0 ? b : a;
        Optional<Value> none = Optional.empty();
        return switch (hedge) {
            case RANGE -> new Quantity(random.nextBoolean() ? none : Optional.of(lo), hedge, Optional.of(lo),
                    Optional.of(hi), unit);
            case EXACT -> new Quantity(Optional.of(a), hedge, none, none, unit);
            case APPROXIMATELY, ESTIMATE -> random.nextBoolean()
                    ? new Quantity(Optional.of(a), hedge, none, none, unit)
                    : new Quantity(Optional.of(lo), hedge, Optional.of(lo), Optional.of(hi), unit);
            case NEARLY, UP_TO, AT_MOST, LESS_THAN -> new Quantity(Optional.of(hi), hedge,
                    random.nextBoolean() ? none : Optional.of(lo), none, unit);
            case AT_LEAST, MORE_THAN -> new Quantity(Optional.of(lo), hedge, none,
                    random.nextBoolean() ? none : Optional.of(hi), unit);
        };
    }

    private Value value(boolean date) {
        if (date) {
            return Value.of(date());
        }
        String text = pick(List.of("200000", "7.25", "0", "-3", "0.50", "95000", "77000000000", "31", "1.0"));
        return Value.parse(text, false);
    }

    private PartialDate date() {
        int year = 1990 + random.nextInt(40);
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
            default -> PartialDate.of(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
        };
    }

    private Period period() {
        PartialDate start = date();
        return switch (random.nextInt(4)) {
            case 0 -> Period.UNSPECIFIED;
            case 1 -> new Period(Optional.of(start), Optional.empty());
            case 2 -> new Period(Optional.empty(), Optional.of(start));
            default -> Period.of(start, PartialDate.ofYear(start.year() + 1 + random.nextInt(3)));
        };
    }

    private String text() {
        return pick(ODD_TEXT);
    }

    /** Returns an optional text; never a present empty text, which a file cannot tell from an absent one. */
    private Optional<String> maybeText() {
        return maybe(text()).filter(t -> !t.isEmpty());
    }

    private <T> Optional<T> maybe(T value) {
        return random.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
