package org.claimstat.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.PartialDate;
import org.claimstat.Source;
import org.claimstat.compare.Claimants;

/**
 * {@code stale}: one claimant's different figures for one indicator, entity and period, told apart
 * by their edition ({@value #EDITION} of the claim, else of its source) or, without one, by their
 * publication date. The newest figure is current. A claim that gives an older figure although it
 * was published on or after the day the newer one first was is a stale figure (warning); older
 * figures published before it, or beside the newer one in the same source ("compared with the
 * previously documented 45,755"), are revisions (info). Figures that first appeared on the same day
 * (and edition) are not ordered, and figures that agree within the rounding of their written digits
 * (30,000 and 29,437) are one figure. Figures that overlap (hedges included) are the
 * same figure. For a {@code flow} indicator it also reads each claimant's figures over periods that contain one
 * another as a cumulative series that cannot fall ({@link FallingSeries}): a stale figure repeated after a higher
 * one, or a falling count. A bound that another witness's figure of the same period leaves far behind ("passed
 * 35,000" on a day the count was 42,310) is a loose bound ({@link LooseBounds}): likely an older figure repeated.
 */
final class StaleCheck implements Check {
    static final String ID = "stale";
    /** The optional column of {@code claims.csv} or {@code sources.csv} naming a figure's edition or vintage. */
    static final String EDITION = "edition";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A claimant's figure cited after the same claimant published a newer one (by edition, else by"
                + " publication date) for the same indicator, entity and period; for flows, a claimant's cumulative"
                + " count that falls over periods containing one another.";
    }

    /** One claim with what orders it: its edition (where given) and its publication day. */
    private record Dated(Claim claim, Interval interval, Optional<String> edition, long published, long lastDay) {
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (List<Claim> run : Runs.byPeriod(group.claims())) {
            if (run.size() < 2 || !differ(run, context)) {
                continue;
            }
            Map<String, List<Dated>> byClaimant = byClaimant(run, context);
            for (List<Dated> figures : byClaimant.values()) {
                if (figures.size() < 2) {
                    continue;
                }
                examined++;
                List<Finding> found = compare(figures, context);
                if (found.isEmpty()) {
                    passed++;
                }
                findings.addAll(found);
            }
        }
        for (ClaimGroup.PeriodRun period : group.byPeriod(context)) {
            findings.addAll(LooseBounds.find(period, context));
        }
        Indicator indicator = context.indicator(group.first().indicator());
        if (indicator.aggregation() == Aggregation.FLOW && !indicator.signed()) {
            int[] counts = new int[2];
            findings.addAll(FallingSeries.find(group, context, counts));
            examined += counts[0];
            passed += counts[1];
        }
        return new Outcome(examined, passed, findings);
    }

    /** True where some two claims of the run cannot agree: the only runs where figures may have been revised. */
    private static boolean differ(List<Claim> run, CheckContext context) {
        List<Disjoint.Item> items = new ArrayList<>(run.size());
        for (Claim c : run) {
            context.inIndicatorUnit(c).ifPresent(i -> items.add(new Disjoint.Item(c, i)));
        }
        return !Disjoint.pairs(items).isEmpty();
    }

    private static Map<String, List<Dated>> byClaimant(List<Claim> run, CheckContext context) {
        Map<String, String> keys = Claimants.keys(run.stream().map(Claim::claimant).distinct().toList());
        Map<String, List<Dated>> out = new LinkedHashMap<>();
        for (Claim c : run) {
            String key = keys.get(c.claimant());
            Source s = context.source(c.source());
            Optional<Interval> i = context.inIndicatorUnit(c);
            if (key.isEmpty() || i.isEmpty() || s.published().isEmpty() && edition(c, s).isEmpty()) {
                continue;
            }
            long day = s.published().map(d -> d.firstDay().toEpochDay()).orElse(Long.MAX_VALUE);
            long last = s.published().map(d -> d.lastDay().toEpochDay()).orElse(Long.MAX_VALUE);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Dated(c, i.get(), edition(c, s), day, last));
        }
        return out;
    }

    static Optional<String> edition(Claim c, Source s) {
        String e = c.extra().getOrDefault(EDITION, "");
        if (e.isBlank()) {
            e = s.extra().getOrDefault(EDITION, "");
        }
        return e.isBlank() ? Optional.empty() : Optional.of(e.strip());
    }

    /** Orders figures oldest first: by edition where both have one, else by publication day. */
    private static final Comparator<Dated> NEWNESS = (a, b) -> {
        if (a.edition().isPresent() && b.edition().isPresent()) {
            int c = compareEditions(a.edition().get(), b.edition().get());
            if (c != 0) {
                return c;
            }
        }
        int c = Long.compare(a.published(), b.published());
        return c != 0 ? c : a.claim().id().compareTo(b.claim().id());
    };

    private static int compareEditions(String a, String b) {
        try {
            return PartialDate.parse(a).compareTo(PartialDate.parse(b));
        } catch (IllegalArgumentException e) {
            return a.compareTo(b);
        }
    }

    /**
     * Clusters one claimant's claims into figures (overlapping intervals) in the order they first
     * appeared; the last figure to appear is current. Reports each claim of an older figure.
     */
    private static List<Finding> compare(List<Dated> figures, CheckContext context) {
        List<Dated> sorted = new ArrayList<>(figures);
        sorted.sort(NEWNESS);
        List<List<Dated>> clusters = new ArrayList<>();
        Map<Dated, List<Dated>> clusterOf = new HashMap<>();
        for (Dated d : sorted) {
            List<Dated> home = clusters.stream().filter(k -> sameFigure(k.get(0), d)).findFirst()
                    .orElseGet(() -> {
                        List<Dated> k = new ArrayList<>();
                        clusters.add(k);
                        return k;
                    });
            home.add(d);
            clusterOf.put(d, home);
        }
        Dated last = clusters.get(clusters.size() - 1).get(0);
        List<Dated> current = new ArrayList<>();
        clusters.stream().filter(k -> !before(k.get(0), last)).forEach(current::addAll);
        Dated newest = current.get(0);
        String newer = String.join(" or ", clusters.stream().filter(k -> !before(k.get(0), last))
                .map(k -> k.get(0).claim().quantity() + " (" + k.get(0).claim().id() + ", " + label(k.get(0), context)
                        + ")").toList());
        List<Finding> findings = new ArrayList<>();
        for (Dated d : sorted) {
            if (!before(clusterOf.get(d).get(0), last)) {
                continue;
            }
            Claim c = d.claim();
            String figure = c.quantity() + " (" + c.id() + ", " + label(d, context) + ")";
            String where = Text.where(c);
            boolean sameSource = current.stream().anyMatch(n -> n.claim().source().equals(c.source()));
            boolean publishedBefore = d.lastDay() < newest.published();
            if (!publishedBefore && d.published() != Long.MAX_VALUE && !sameSource) {
                findings.add(new Finding(ID, Severity.WARNING, List.of(c.id(), newest.claim().id()), "Stale figure: "
                        + figure + " gives " + c.claimant() + "'s figure for " + where + " after " + c.claimant()
                        + " had published " + newer + "; cite the newer figure or say the older one was revised."));
            } else {
                findings.add(new Finding(ID, Severity.INFO, List.of(c.id(), newest.claim().id()), "Revised figure: "
                        + c.claimant() + "'s " + figure + " for " + where + " was later revised to " + newer
                        + "; both were right when published, the newer one is current."));
            }
        }
        return findings;
    }

    /**
     * True where {@code a} is older than {@code b}: an earlier edition, or (without both editions) a
     * publication date wholly before b's (a month, 2015-11, is not before a day within it).
     */
    private static boolean before(Dated a, Dated b) {
        if (a.edition().isPresent() && b.edition().isPresent()) {
            int c = compareEditions(a.edition().get(), b.edition().get());
            if (c != 0) {
                return c < 0;
            }
        }
        return a.lastDay() < b.published();
    }

    /** True where two claims give one figure: their intervals overlap, or their written numbers agree within rounding. */
    private static boolean sameFigure(Dated a, Dated b) {
        return a.interval().overlaps(b.interval()) || Rounding.agree(a.claim(), b.claim());
    }

    private static String label(Dated d, CheckContext context) {
        Source s = context.source(d.claim().source());
        String when = s.published().map(PartialDate::toString).orElse("undated");
        String who = s.publisher().isBlank() ? s.id() : s.publisher();
        return who + ", " + when + d.edition().map(e -> ", edition " + e).orElse("");
    }
}
