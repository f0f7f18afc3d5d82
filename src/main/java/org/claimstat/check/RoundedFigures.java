package org.claimstat.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Independence;

/**
 * The {@code copies} check's view across witnesses: two witnesses of one indicator, entity and period whose figures
 * differ as written but agree once the rounding of a bare number is forgiven ({@link org.claimstat.Quantity#roughly()}):
 * Premium Times' bare "USD 17 million" and seven outlets' USD 17.5 million; the Home Office's 755 crossings and the
 * Guardian's 756 a month later. A fact-checker reads them as one figure, rounded in relay (or revised by a little),
 * not as two sources that agree: an {@code info} finding naming both sides, never a conflict. Figures are compared
 * with their neighbours in value order only, so a period of many witnesses costs a sort.
 */
final class RoundedFigures {
    private RoundedFigures() {
    }

    /** One written figure of a period and the witnesses that give it. */
    private record Figure(Claim claim, Interval stated, Interval rough, List<Claim> claims) {
    }

    /** Returns the info findings for the witnesses of one period whose figures agree only through rounding. */
    static List<Finding> find(ClaimGroup.PeriodRun period, CheckContext context) {
        if (period.witnesses().size() < 2) {
            return List.of();
        }
        Map<String, Figure> byFigure = new LinkedHashMap<>();
        for (Independence.Cluster w : period.witnesses()) {
            Claim c = ConflictCheck.figure(w, context);
            if (!Origins.inOwnUnit(context).test(c) || c.quantity().number().isEmpty()
                    || c.unit().kind() == Unit.Kind.DATE) {
                continue;
            }
            Figure f = byFigure.computeIfAbsent(Words.figure(c), k -> new Figure(c, c.quantity().interval(),
                    ConflictCheck.roughly(c, context).orElse(c.quantity().interval()), new ArrayList<>()));
            f.claims().add(c);
        }
        if (byFigure.size() < 2) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>(byFigure.values());
        figures.sort(Comparator.comparing((Figure f) -> f.claim().quantity().number().orElseThrow())
                .thenComparing(f -> f.claim().quantity().hedge()));
        List<Finding> findings = new ArrayList<>();
        for (int k = 1; k < figures.size(); k++) {
            Figure a = figures.get(k - 1);
            Figure b = figures.get(k);
            if (!a.stated().overlaps(b.stated()) && sharedWidth(a.rough(), b.rough()) > 0
                    && rounded(a, b).rough().isBounded()) {
                findings.add(finding(a, b, context));
            }
        }
        return findings;
    }

    /** Returns how wide the overlap of two intervals is (negative where they do not meet). */
    private static double sharedWidth(Interval a, Interval b) {
        return Math.min(a.upper(), b.upper()) - Math.max(a.lower(), b.lower());
    }

    private static Finding finding(Figure a, Figure b, CheckContext context) {
        Figure rounded = rounded(a, b);
        Figure other = rounded == a ? b : a;
        Unit unit = context.indicator(a.claim().indicator()).unit();
        List<String> ids = new ArrayList<>(Text.ids(rounded.claims()));
        ids.addAll(Text.ids(other.claims()));
        String message = "Figures that agree only within rounding for " + Text.where(a.claim()) + ": "
                + Words.claims(rounded.claims(), context) + " against " + count(other) + Words.claims(other.claims(), context)
                + ". As written they differ, but the bare " + Words.stated(rounded.claim()) + " may stand for "
                + Words.amount(rounded.rough().lower(), unit) + " to " + Words.amount(rounded.rough().upper(), unit)
                + ", which takes in " + Words.figure(other.claim()) + ": likely one figure, rounded in relay (or revised"
                + " by a little), so no conflict; cite the more precise one.";
        return new Finding(CopiesCheck.ID, Severity.INFO, ids, message);
    }

    /** Returns which of two figures is the rounding: the bare one, or of two bare ones the coarser. */
    private static Figure rounded(Figure a, Figure b) {
        return bare(a) && (!bare(b) || a.rough().upper() - a.rough().lower() >= b.rough().upper() - b.rough().lower()) ? a : b;
    }

    private static String count(Figure f) {
        return f.claims().size() == 1 ? "" : f.claims().size() + " witnesses that give " + Words.figure(f.claim()) + ": ";
    }

    private static boolean bare(Figure f) {
        return f.claim().quantity().hedge() == Hedge.EXACT;
    }
}
