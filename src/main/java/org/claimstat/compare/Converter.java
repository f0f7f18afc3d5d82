package org.claimstat.compare;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
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
import org.claimstat.dataset.ClaimDataset;

/**
 * The one unit and currency conversion of claimstat: comparisons ({@link Comparisons}), checks
 * ({@code CheckContext.inIndicatorUnit}) and charts ({@code CommonUnit}) all convert through it, so a
 * claim stands for the same numbers in each. The policy, in this order:
 * <ol>
 *   <li>a claim already in the target unit, or a count of the same noun in the singular or the
 *       plural ({@code person} and {@code people}), stays as it is;</li>
 *   <li>a rank out of any total is the same position in a ranking of any other total: "31st of 62"
 *       is position 31 on an axis of {@code rank:83} (the total is the edition's size, not a scale);</li>
 *   <li>a currency converts to another at the rate of the claim's date, taken from the dataset's
 *       {@code rates.csv} through a {@link RateTable}: direct, inverted or crossed, the nearest within
 *       the tolerance ({@value RateTable#DEFAULT_TOLERANCE_DAYS} days unless told); without such a rate
 *       it is not converted;</li>
 *   <li>time and physical units convert through JSR-385 (Indriya's {@link Unit#measure()}): months to
 *       years, GW to MW;</li>
 *   <li>nothing else converts: different counted nouns, a percent to a count, a date to a number.</li>
 * </ol>
 * Unbounded ends stay unbounded. A claim's date is its source's publication date (the first day
 * of it, where only a month or a year is known), else the last day of its period.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.CompareSnippets region=converter}
 */
public final class Converter {
    private static final Converter NO_RATES = new Converter(RateTable.of(List.of(), RateTable.DEFAULT_TOLERANCE_DAYS));
    private final RateTable rates;
    private final ConcurrentMap<String, Optional<UnitConverter>> measures = new ConcurrentHashMap<>();

    private Converter(RateTable rates) {
        this.rates = rates;
    }

    /** Returns a converter that takes currency rates from {@code rates}. */
    public static Converter of(RateTable rates) {
        return new Converter(Objects.requireNonNull(rates, "rates"));
    }

    /** Returns a converter with the dataset's dated rates and the default tolerance. */
    public static Converter of(ClaimDataset dataset) {
        return of(RateTable.of(dataset.rates(), RateTable.DEFAULT_TOLERANCE_DAYS));
    }

    /** Returns a converter without rates: the same policy, with currencies converted only to themselves. */
    public static Converter withoutRates() {
        return NO_RATES;
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
        return convert(claim.interval(), claim, source, target);
    }

    /**
     * Returns the claim's stated value (the middle of what its digits cover) in {@code target}, empty
     * for a range stated only by its bounds or where {@link #convert} gives nothing.
     */
    public Optional<Double> convertStated(Claim claim, Source source, Unit target) {
        return statedPoint(claim).flatMap(p -> convert(p, claim, source, target)).map(Interval::lower);
    }

    /**
     * Returns the middle of what the claim's stated value covers ("95,000" covers [94999.5, 95000.5])
     * as a point, in the claim's own unit; empty for a range stated only by its bounds.
     */
    public static Optional<Interval> statedPoint(Claim claim) {
        return claim.quantity().value().map(v -> Interval.point(v.low() + (v.high() - v.low()) / 2));
    }

    private Optional<Interval> convert(Interval interval, Claim claim, Source source, Unit target) {
        Unit from = claim.unit();
        if (from.kind() == Unit.Kind.CURRENCY && target.kind() == Unit.Kind.CURRENCY && !from.equals(target)) {
            return dateOf(claim, source)
                    .flatMap(d -> rates.find(from.currency().orElseThrow(), target.currency().orElseThrow(), d))
                    .map(c -> scale(interval, c.factor()));
        }
        if (sameScale(from, target)) {
            return Optional.of(interval);
        }
        return measureConverter(from, target).map(c -> apply(interval, c));
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
     * Returns {@code interval}, stated in {@code from}, expressed in {@code target} by the policy above
     * where it needs no rate (the same unit, ranks, time and physical units); empty otherwise, a
     * currency to another included, which needs dated rates ({@link #convert}).
     */
    public static Optional<Interval> convertMeasure(Interval interval, Unit from, Unit target) {
        if (sameScale(from, target)) {
            return Optional.of(interval);
        }
        return converterOf(from, target).map(c -> apply(interval, c));
    }

    /** The same unit, counts of one noun (person and people), or ranks of any totals: numbers carry over as they are. */
    private static boolean sameScale(Unit from, Unit target) {
        return from.equals(target) || from.kind() == Unit.Kind.COUNT && from.isConvertibleTo(target)
                || from.kind() == Unit.Kind.RANK && target.kind() == Unit.Kind.RANK;
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
