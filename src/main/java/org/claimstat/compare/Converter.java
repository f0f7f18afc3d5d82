package org.claimstat.compare;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.UnitConverter;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Source;
import org.claimstat.Unit;

/**
 * Converts a claim's interval to another unit: time and physical units through JSR-385 (Indriya's
 * {@link Unit#measure()}), currencies through a {@link RateTable} at the claim's date, other units
 * only to themselves.
 *
 * <p>A claim's date is its source's publication date (the first day of it, where only a month or
 * a year is known), else the last day of its period. Immutable and thread-safe.
 */
public final class Converter {
    private final RateTable rates;
    private final ConcurrentMap<String, Optional<UnitConverter>> measures = new ConcurrentHashMap<>();

    private Converter(RateTable rates) {
        this.rates = rates;
    }

    /** Returns a converter that takes currency rates from {@code rates}. */
    public static Converter of(RateTable rates) {
        return new Converter(Objects.requireNonNull(rates, "rates"));
    }

    /** Returns the rates this converter uses. */
    public RateTable rates() {
        return rates;
    }

    /** Returns the date a claim's currency is converted at, empty where neither source nor period dates it. */
    public static Optional<LocalDate> dateOf(Claim claim, Source source) {
        if (source.published().isPresent()) {
            return Optional.of(source.published().get().firstDay());
        }
        return claim.period().end().or(claim.period()::start).map(d -> d.lastDay());
    }

    /**
     * Returns the claim's interval in {@code target}, or empty where the units are incompatible,
     * the claim has no date, or no rate lies within the tolerance.
     */
    public Optional<Interval> convert(Claim claim, Source source, Unit target) {
        Unit from = claim.unit();
        if (from.equals(target)) {
            return Optional.of(claim.interval());
        }
        if (from.kind() == Unit.Kind.CURRENCY && target.kind() == Unit.Kind.CURRENCY) {
            return dateOf(claim, source)
                    .flatMap(d -> rates.find(from.currency().orElseThrow(), target.currency().orElseThrow(), d))
                    .map(c -> scale(claim.interval(), c.factor()));
        }
        if (from.kind() == Unit.Kind.COUNT) {
            return from.isConvertibleTo(target) ? Optional.of(claim.interval()) : Optional.empty();
        }
        return measureConverter(from, target).map(c -> apply(claim.interval(), c));
    }

    /**
     * Returns the claim's interval in {@code target}.
     *
     * @throws IllegalArgumentException where the units cannot be converted or the claim has no date
     * @throws NoRateException where a currency rate is missing within the tolerance
     */
    public Interval require(Claim claim, Source source, Unit target) {
        Unit from = claim.unit();
        if (from.kind() == Unit.Kind.CURRENCY && target.kind() == Unit.Kind.CURRENCY && !from.equals(target)) {
            LocalDate date = dateOf(claim, source).orElseThrow(() -> new IllegalArgumentException("claim "
                    + claim.id() + " in " + from + " has no date (source " + source.id()
                    + " has no publication date and the period is open) to convert it to " + target));
            Currency a = from.currency().orElseThrow();
            return scale(claim.interval(), rates.require(claim.id(), a, target.currency().orElseThrow(), date).factor());
        }
        return convert(claim, source, target).orElseThrow(() -> new IllegalArgumentException("claim " + claim.id()
                + " is in '" + from + "', which cannot be converted to '" + target + "'"));
    }

    private Optional<UnitConverter> measureConverter(Unit from, Unit target) {
        return measures.computeIfAbsent(from + "->" + target, k -> converterOf(from, target));
    }

    /**
     * Returns {@code interval}, stated in {@code from}, expressed in {@code target} where JSR-385
     * (Indriya) can convert between the two (time and physical units); empty otherwise, currency
     * included, which needs dated rates ({@link #convert}). Unbounded ends stay unbounded.
     */
    public static Optional<Interval> convertMeasure(Interval interval, Unit from, Unit target) {
        if (from.equals(target) || from.kind() == Unit.Kind.COUNT && from.isConvertibleTo(target)) {
            return Optional.of(interval);
        }
        return converterOf(from, target).map(c -> apply(interval, c));
    }

    private static Optional<UnitConverter> converterOf(Unit from, Unit target) {
        if (from.measure().isEmpty() || target.measure().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(from.measure().get().getConverterToAny(target.measure().get()));
        } catch (IncommensurableException | UnconvertibleException e) {
            return Optional.empty();
        }
    }

    private static Interval apply(Interval i, UnitConverter c) {
        double lo = i.hasLower() ? c.convert(i.lower()) : i.lower();
        double hi = i.hasUpper() ? c.convert(i.upper()) : i.upper();
        return new Interval(lo, i.lowerClosed(), hi, i.upperClosed());
    }

    static Interval scale(Interval i, double factor) {
        return new Interval(i.lower() * factor, i.lowerClosed(), i.upper() * factor, i.upperClosed());
    }
}
