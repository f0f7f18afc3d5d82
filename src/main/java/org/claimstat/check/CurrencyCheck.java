package org.claimstat.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Conversion;
import org.claimstat.compare.Converter;
import org.claimstat.compare.RateTable;

/**
 * {@code currency}: money claims of one indicator, entity and period stated in different
 * currencies (including one figure stated in two), compared at the dated rate nearest each
 * claim's date. The reference currency is the indicator's; each claim in another currency is
 * converted to it and compared with the reference claim that ends lowest and the one that starts
 * highest (which finds every mismatch in linear time). A mismatch is a warning naming the rate
 * used and the rate the two claims imply.
 */
final class CurrencyCheck implements Check {
    static final String ID = "currency";
    private static final Comparator<Disjoint.Item> BY_UPPER = Comparator.comparingDouble(i -> i.interval().upper());
    private static final Comparator<Disjoint.Item> BY_LOWER = Comparator.comparingDouble(i -> i.interval().lower());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Money stated in different currencies that does not match at the dated exchange rate.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Unit unit = context.indicator(group.first().indicator()).unit();
        if (unit.kind() != Unit.Kind.CURRENCY) {
            return Outcome.NONE;
        }
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (List<Claim> run : Runs.byPeriod(group.claims())) {
            List<Disjoint.Item> inReference = new ArrayList<>();
            List<Claim> foreign = new ArrayList<>();
            for (Claim c : run) {
                if (c.unit().equals(unit)) {
                    inReference.add(new Disjoint.Item(c, c.interval()));
                } else if (c.unit().kind() == Unit.Kind.CURRENCY) {
                    foreign.add(c);
                }
            }
            if (inReference.isEmpty() || foreign.isEmpty()) {
                continue;
            }
            Disjoint.Item lowest = inReference.stream().min(BY_UPPER).orElseThrow();
            Disjoint.Item highest = inReference.stream().max(BY_LOWER).orElseThrow();
            for (Claim f : foreign) {
                Optional<LocalDate> date = Converter.dateOf(f, context.source(f.source()));
                Optional<Conversion> rate = date.flatMap(d -> context.converter().rates().find(
                        unit.currency().orElseThrow(), f.unit().currency().orElseThrow(), d));
                examined++;
                if (rate.isEmpty()) {
                    findings.add(noRate(f, unit.currency().orElseThrow(), date, context.converter().rates()));
                    continue;
                }
                Interval i = f.interval();
                Interval converted = new Interval(i.lower() / rate.get().factor(), i.lowerClosed(),
                        i.upper() / rate.get().factor(), i.upperClosed());
                Disjoint.Item other = !converted.overlaps(lowest.interval()) ? lowest
                        : !converted.overlaps(highest.interval()) ? highest : null;
                if (other == null) {
                    passed++;
                } else {
                    findings.add(finding(f, converted, other, rate.get(), unit.currency().orElseThrow()));
                }
            }
        }
        return new Outcome(examined, passed, findings);
    }

    /** A claim that could not be checked is said so, never skipped in silence. */
    private static Finding noRate(Claim f, Currency ref, Optional<LocalDate> date, RateTable rates) {
        String when = date.map(d -> "within " + rates.toleranceDays() + " days of " + d)
                .orElse("for it: neither its period nor its source has a date");
        return new Finding(ID, Severity.INFO, List.of(f.id()), Text.claim(f, f.interval()) + " could not be checked against the "
                + ref + " claims of " + Text.where(f) + ": no " + f.unit() + "/" + ref + " rate " + when
                + "; add one to rates.csv or widen the rate tolerance.");
    }

    private static Finding finding(Claim f, Interval converted, Disjoint.Item other, Conversion rate, Currency ref) {
        double implied = f.interval().midpoint() / other.interval().midpoint();
        String message = Text.claim(f, f.interval()) + " converted at " + rate + " is " + Text.interval(converted) + " "
                + ref + ", which does not meet " + other.label() + " for " + Text.where(f) + "; the two imply 1 " + ref
                + " = " + Text.num(implied) + " " + f.unit() + ".";
        return new Finding(ID, Severity.WARNING, List.of(f.id(), other.claim().id()), message);
    }
}
