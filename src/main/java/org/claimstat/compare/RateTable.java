package org.claimstat.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimstat.Rate;

/**
 * Dated exchange rates, looked up by the rate nearest a date within a tolerance: a direct rate
 * first, then the inverse of one, then a cross rate through a third currency.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.CompareSnippets region=rates}
 */
public final class RateTable {
    /** The tolerance used when none is given: 7 days. */
    public static final int DEFAULT_TOLERANCE_DAYS = 7;

    private final Map<String, TreeMap<LocalDate, BigDecimal>> byPair;
    private final TreeSet<String> currencies;
    private final int toleranceDays;

    private RateTable(Map<String, TreeMap<LocalDate, BigDecimal>> byPair, TreeSet<String> currencies,
                      int toleranceDays) {
        this.byPair = byPair;
        this.currencies = currencies;
        this.toleranceDays = toleranceDays;
    }

    /**
     * Returns a table of {@code rates} that accepts a rate at most {@code toleranceDays} days from
     * the date asked for.
     *
     * @throws IllegalArgumentException if the tolerance is negative
     */
    public static RateTable of(List<Rate> rates, int toleranceDays) {
        Objects.requireNonNull(rates, "rates");
        if (toleranceDays < 0) {
            throw new IllegalArgumentException("rate tolerance must be 0 or more days, was " + toleranceDays);
        }
        Map<String, TreeMap<LocalDate, BigDecimal>> byPair = new HashMap<>();
        TreeSet<String> currencies = new TreeSet<>();
        for (Rate r : rates) {
            byPair.computeIfAbsent(key(r.base(), r.quote()), k -> new TreeMap<>()).putIfAbsent(r.date(), r.rate());
            currencies.add(r.base().getCurrencyCode());
            currencies.add(r.quote().getCurrencyCode());
        }
        return new RateTable(byPair, currencies, toleranceDays);
    }

    /** Returns the number of days a rate may lie from the date asked for. */
    public int toleranceDays() {
        return toleranceDays;
    }

    /**
     * Returns the conversion from {@code from} to {@code to} on {@code date}: the nearest direct
     * rate within the tolerance, else the nearest inverted one, else the cross rate through a
     * third currency whose farther leg is nearest; empty if there is none.
     */
    public Optional<Conversion> find(Currency from, Currency to, LocalDate date) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        if (from.equals(to)) {
            return Optional.of(new Conversion(from, to, 1, date, Optional.empty()));
        }
        Optional<Conversion> single = single(from, to, date);
        if (single.isPresent()) {
            return single;
        }
        List<Conversion> crosses = new ArrayList<>();
        for (String code : currencies) {
            Currency via = Currency.getInstance(code);
            if (via.equals(from) || via.equals(to)) {
                continue;
            }
            Optional<Conversion> first = single(from, via, date);
            Optional<Conversion> second = first.isPresent() ? single(via, to, date) : Optional.empty();
            if (second.isPresent()) {
                LocalDate farther = distance(first.get().date(), date) >= distance(second.get().date(), date)
                        ? first.get().date() : second.get().date();
                crosses.add(new Conversion(from, to, first.get().factor() * second.get().factor(), farther,
                        Optional.of(via)));
            }
        }
        return crosses.stream().min(Comparator.comparingLong((Conversion c) -> distance(c.date(), date)));
    }

    /**
     * Returns the conversion for claim {@code claim}, or throws naming the claim, the pair and the date.
     *
     * @throws NoRateException if {@link #find} finds none
     */
    public Conversion require(String claim, Currency from, Currency to, LocalDate date) {
        return find(from, to, date).orElseThrow(() -> new NoRateException(claim, from, to, date, toleranceDays));
    }

    private Optional<Conversion> single(Currency from, Currency to, LocalDate date) {
        Optional<Map.Entry<LocalDate, BigDecimal>> direct = nearest(byPair.get(key(from, to)), date);
        if (direct.isPresent()) {
            return Optional.of(new Conversion(from, to, direct.get().getValue().doubleValue(), direct.get().getKey(),
                    Optional.empty()));
        }
        return nearest(byPair.get(key(to, from)), date).map(e -> new Conversion(from, to,
                1 / e.getValue().doubleValue(), e.getKey(), Optional.empty()));
    }

    private Optional<Map.Entry<LocalDate, BigDecimal>> nearest(TreeMap<LocalDate, BigDecimal> dated, LocalDate date) {
        if (dated == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, BigDecimal> before = dated.floorEntry(date);
        Map.Entry<LocalDate, BigDecimal> after = dated.ceilingEntry(date);
        Map.Entry<LocalDate, BigDecimal> best = before == null ? after
                : after == null || distance(before.getKey(), date) <= distance(after.getKey(), date) ? before : after;
        return best != null && distance(best.getKey(), date) <= toleranceDays ? Optional.of(best) : Optional.empty();
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static String key(Currency base, Currency quote) {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }
}
