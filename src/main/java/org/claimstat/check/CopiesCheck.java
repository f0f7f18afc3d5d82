package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.compare.Independence;

/**
 * {@code copies}: claims of one witness (one claimant, one attributed origin, one story; see
 * {@link Independence}) for one indicator, entity and period that give different figures. Where
 * every figure agrees with the others once rounding is forgiven ({@link org.claimstat.Quantity#roughly()})
 * it is one {@code info} finding, "copies of one figure differ in rounding"; a single copy whose figure
 * agrees with none of the others, when at least two others agree, is a {@code warning}, "misquoted
 * copy"; several figures each given by more than one copy are a {@code warning} too (a revised
 * figure, or a misquote copied on). Across witnesses, figures that differ as written but agree once a bare
 * number's rounding is forgiven are one {@code info} finding too ({@link RoundedFigures}).
 */
final class CopiesCheck implements Check {
    static final String ID = "copies";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Copies of one witness that give different figures: within rounding (info), or a copy that differs"
                + " beyond rounding from its origin (misquoted copy, warning).";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (ClaimGroup.PeriodRun period : group.byPeriod(context)) {
            if (period.claims().size() < 2) {
                continue;
            }
            findings.addAll(RoundedFigures.find(period, context));
            for (Independence.Cluster w : period.witnesses()) {
                if (w.claims().size() < 2) {
                    continue;
                }
                examined++;
                List<Finding> found = check(w, context);
                if (found.isEmpty()) {
                    passed++;
                }
                findings.addAll(found);
            }
        }
        return new Outcome(examined, passed, findings);
    }

    /**
     * True where the origin's main figure stood when {@code copy} was published: some claim of {@code main}
     * was published on or before the copy's day and some on or after it. A copy older than every claim
     * of the main figure may be the origin's earlier figure, since revised (the stale check's case).
     */
    private static boolean stoodAround(List<Claim> main, Claim copy, CheckContext context) {
        long copyDay = context.publishedDay(copy);
        if (copyDay == Long.MAX_VALUE) {
            return false;
        }
        List<Long> days = main.stream().map(context::publishedDay).filter(d -> d != Long.MAX_VALUE).toList();
        return days.stream().anyMatch(d -> d <= copyDay) && days.stream().anyMatch(d -> d >= copyDay)
                && days.stream().anyMatch(d -> d != copyDay);
    }

    private static boolean openEnded(Claim c) {
        return c.quantity().hedge().isOpenAbove() || c.quantity().hedge().isOpenBelow();
    }

    private static String figuresInWords(Independence.Cluster w) {
        Set<String> words = new LinkedHashSet<>();
        w.claims().forEach(c -> words.add(Words.figure(c)));
        return String.join(", ", words);
    }

    private static List<Finding> check(Independence.Cluster w, CheckContext context) {
        Set<String> stated = new LinkedHashSet<>();
        w.claims().stream().filter(Origins.inOwnUnit(context)).forEach(c -> stated.add(openEnded(c) ? Words.figure(c)
                : Independence.figure(c).orElseGet(() -> Words.figure(c))));
        List<List<Claim>> figures = w.figures(Origins.inOwnUnit(context));
        if (figures.isEmpty()) {
            return List.of();
        }
        if (stated.size() < 2 && figures.size() == 1) {
            return List.of();
        }
        Claim first = w.representative();
        String witness = "one witness, " + (w.originKnown() ? w.origin() : "of unknown origin") + " (" + w.why() + ")";
        if (figures.size() == 1) {
            return List.of(new Finding(ID, Severity.INFO, Text.ids(w.claims()), "Copies of one figure differ in rounding"
                    + " for " + Text.where(first) + ": " + figuresInWords(w) + " are " + witness
                    + ", and agree once rounding is allowed for; they count once and are no conflict. The copies: "
                    + Words.claims(w.claims(), context) + "."));
        }
        List<Finding> out = new ArrayList<>();
        List<Claim> main = figures.get(0);
        for (List<Claim> other : figures.subList(1, figures.size())) {
            List<String> ids = new ArrayList<>(Text.ids(other));
            ids.addAll(Text.ids(main));
            if (other.size() == 1 && main.size() >= 2 && stoodAround(main, other.get(0), context)) {
                Claim copy = other.get(0);
                out.add(new Finding(ID, Severity.WARNING, ids, "Misquoted copy for " + Text.where(first) + ": "
                        + Words.claim(copy, context) + " differs beyond rounding from the " + main.size()
                        + " other copies of " + witness + ", which give " + Words.figure(main.get(0)) + ": "
                        + Words.claims(main, context) + ", before and after the copy: the copy is wrong."));
            } else {
                out.add(new Finding(ID, Severity.WARNING, ids, "Copies of " + witness + " give figures that differ beyond"
                        + " rounding for " + Text.where(first) + ": " + Words.claims(other, context) + " against "
                        + Words.claims(main, context) + ". Either the origin revised its figure (then the older copies"
                        + " are stale) or one of them is misquoted."));
            }
        }
        return out;
    }
}
