package org.claimstat.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;

/**
 * {@code dates}: per entity, the event-date claims (unit {@code date}) of each indicator compared
 * with each other and with date arithmetic, in two forms a dataset may record in extra columns of
 * {@code claims.csv}:
 * <ul>
 *   <li>{@value #EXPRESSION} on a date claim: {@code 34 months after 2022-02-24} (see
 *       {@link DateArithmetic});</li>
 *   <li>{@value #FROM} and {@value #TO} on a duration claim (unit month, year, week or day):
 *       the ids of two date claims of the same entity; the stated duration must fit the whole
 *       units elapsed between them ("34 months after the invasion", said on 2024-12-30).</li>
 * </ul>
 * Dates or durations that cannot all hold are a conflict; an expression that cannot be read or
 * an event id that names no date claim of the entity is a warning, and so is a quote whose weekday and date fall on
 * different days ({@link Weekdays}).
 */
final class DatesCheck implements Check {
    static final String ID = "dates";
    static final String EXPRESSION = "date_expression";
    static final String FROM = "from_event";
    static final String TO = "to_event";
    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Event dates of one indicator and entity that cannot all hold, and durations between two events ("
                + FROM + ", " + TO + ") or date arithmetic (" + EXPRESSION + ") that do not fit the dates.";
    }

    @Override
    public Grouping grouping() {
        return Grouping.ENTITY;
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Map<String, Claim> dates = new HashMap<>();
        List<Claim> durations = new ArrayList<>();
        for (Claim c : group.claims()) {
            if (c.unit().kind() == Unit.Kind.DATE) {
                dates.put(c.id(), c);
            } else if (!c.extra().getOrDefault(FROM, "").isBlank() || !c.extra().getOrDefault(TO, "").isBlank()) {
                durations.add(c);
            }
        }
        int[] counts = new int[2];
        List<Finding> findings = new ArrayList<>();
        List<Claim> claims = group.claims();
        for (int from = 0, k = 1; k <= claims.size(); k++) {
            if (k == claims.size() || !claims.get(k).indicator().equals(claims.get(from).indicator())) {
                List<Claim> run = claims.subList(from, k);
                if (run.get(0).unit().kind() == Unit.Kind.DATE) {
                    compareDates(run, counts, findings);
                }
                from = k;
            }
        }
        for (Claim d : durations) {
            checkDuration(d, dates, counts, findings);
        }
        findings.addAll(Weekdays.find(claims, context, counts));
        return new Outcome(counts[0], counts[1], findings);
    }

    private static void compareDates(List<Claim> run, int[] counts, List<Finding> findings) {
        List<Disjoint.Item> items = new ArrayList<>();
        for (Claim c : run) {
            if (c.unit().kind() != Unit.Kind.DATE) {
                continue;
            }
            Interval stated = c.interval();
            items.add(new Disjoint.Item(c, stated));
            String expression = c.extra().getOrDefault(EXPRESSION, "").strip();
            if (!expression.isEmpty()) {
                Optional<Interval> derived = DateArithmetic.eval(expression);
                if (derived.isPresent()) {
                    items.add(new Disjoint.Item(c, derived.get(), Optional.of(expression)));
                } else {
                    findings.add(new Finding(ID, Severity.WARNING, List.of(c.id()), "Claim " + c.id() + " has "
                            + EXPRESSION + " '" + expression + "', which is not of the form N days|weeks|months|years "
                            + "after|before YYYY[-MM[-DD]]."));
                }
            }
        }
        if (items.size() < 2) {
            return;
        }
        List<Disjoint.Pair> pairs = Disjoint.pairs(items);
        counts[0]++;
        counts[1] += pairs.isEmpty() ? 1 : 0;
        for (Disjoint.Pair p : pairs) {
            Claim low = p.low().claim();
            Claim high = p.high().claim();
            List<String> ids = low.id().equals(high.id()) ? List.of(low.id()) : List.of(low.id(), high.id());
            findings.add(new Finding(ID, Severity.CONFLICT, ids, p.low().label() + " and " + p.high().label()
                    + " cannot both date " + low.indicator() + " for " + low.entity() + ": the first ends "
                    + Text.day(p.low().interval().upper()) + ", before the second starts "
                    + Text.day(p.high().interval().lower()) + "."));
        }
    }

    private static void checkDuration(Claim d, Map<String, Claim> dates, int[] counts, List<Finding> findings) {
        String fromId = d.extra().getOrDefault(FROM, "").strip();
        String toId = d.extra().getOrDefault(TO, "").strip();
        Claim from = dates.get(fromId);
        Claim to = dates.get(toId);
        ChronoUnit unit = UNITS.get(d.unit().toString());
        if (from == null || to == null || unit == null) {
            String problem = unit == null ? "its unit " + d.unit() + " is not day, week, month or year"
                    : "'" + (from == null ? fromId : toId) + "' is no date claim of entity " + d.entity();
            findings.add(new Finding(ID, Severity.WARNING, List.of(d.id()), "Claim " + d.id() + " counts from "
                    + FROM + " '" + fromId + "' to " + TO + " '" + toId + "', but " + problem + "."));
            return;
        }
        Interval a = from.interval();
        Interval b = to.interval();
        long least = unit.between(LocalDate.ofEpochDay((long) a.upper()), LocalDate.ofEpochDay((long) b.lower()));
        long most = unit.between(LocalDate.ofEpochDay((long) a.lower()), LocalDate.ofEpochDay((long) b.upper()));
        Interval elapsed = Interval.closed(least, most);
        counts[0]++;
        if (d.interval().overlaps(elapsed)) {
            counts[1]++;
            return;
        }
        findings.add(new Finding(ID, Severity.CONFLICT, List.of(d.id(), from.id(), to.id()), Text.claim(d, d.interval())
                + " counts the " + unit.toString().toLowerCase(java.util.Locale.ROOT) + " from " + from.id() + " ("
                + Text.days(a) + ") to " + to.id() + " (" + Text.days(b) + "), but " + least + " to " + most
                + " whole " + d.unit() + "s lie between those dates."));
    }
}
