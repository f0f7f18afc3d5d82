package org.claimstat.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Unit;
import org.claimstat.compare.Independence;

/**
 * {@code outlier}: robust outliers among the independent sources of one indicator, entity and
 * period. Each independent witness (see {@link Independence}) with a bounded interval contributes
 * its midpoint, on a log10 scale for counts and money; a midpoint whose distance from the median
 * exceeds {@value #THRESHOLD} times the scaled MAD (1.4826 × MAD; where the MAD is 0, 1.2533 × the
 * mean absolute deviation) is an outlier. Needs at least {@value #MIN_SOURCES} witnesses.
 */
final class OutlierCheck implements Check {
    static final String ID = "outlier";
    static final double THRESHOLD = 3.5;
    static final int MIN_SOURCES = 3;
    private static final double MAD_SCALE = 1.4826;
    private static final double MEAN_AD_SCALE = 1.2533;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Figures more than " + THRESHOLD + " robust z-scores (median and scaled MAD, log10 scale for counts "
                + "and money) from the median of at least " + MIN_SOURCES + " independent sources.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Unit unit = context.indicator(group.first().indicator()).unit();
        if (unit.kind() == Unit.Kind.DATE) {
            return Outcome.NONE;
        }
        boolean logScale = unit.kind() == Unit.Kind.COUNT || unit.kind() == Unit.Kind.CURRENCY;
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (ClaimGroup.PeriodRun period : group.byPeriod(context)) {
            List<Claim> witnesses = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Claim> unknown = new ArrayList<>();
            List<Double> unknownValues = new ArrayList<>();
            for (Independence.Cluster cluster : period.witnesses()) {
                Claim c = group.figure(cluster, context).claim();
                Optional<Interval> i = context.inIndicatorUnit(c);
                if (i.isPresent() && i.get().isBounded() && (!logScale || i.get().midpoint() > 0) && !PartOfDay.is(c)) {
                    double v = logScale ? Math.log10(i.get().midpoint()) : i.get().midpoint();
                    (cluster.originKnown() ? witnesses : unknown).add(c);
                    (cluster.originKnown() ? values : unknownValues).add(v);
                }
            }
            if (witnesses.size() < MIN_SOURCES) {
                continue;
            }
            examined += witnesses.size() + unknown.size();
            List<Finding> found = outliers(witnesses, values, unknown, unknownValues, logScale, context);
            passed += witnesses.size() + unknown.size() - found.size();
            findings.addAll(found);
        }
        return new Outcome(examined, passed, findings);
    }

    /**
     * Returns the outliers among the witnesses of known origin, and among the claims of unknown origin
     * measured against them (the median and spread come from the known witnesses only).
     */
    /** True where the claim, its rounding and hedge allowed for, covers the median: then it is no outlier. */
    private static boolean agreesRoughly(Claim c, double median, boolean logScale, CheckContext context) {
        Optional<Interval> i = ConflictCheck.roughly(c, context);
        if (i.isEmpty()) {
            return false;
        }
        double m = logScale ? Math.pow(10, median) : median;
        return i.get().contains(m);
    }

    private static List<Finding> outliers(List<Claim> witnesses, List<Double> values, List<Claim> unknown,
                                          List<Double> unknownValues, boolean logScale, CheckContext context) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        double median = new Median().evaluate(x);
        double[] dev = new double[x.length];
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            dev[k] = Math.abs(x[k] - median);
            sum += dev[k];
        }
        double mad = new Median().evaluate(dev);
        double scale = mad > 0 ? MAD_SCALE * mad : MEAN_AD_SCALE * sum / x.length;
        List<Finding> findings = new ArrayList<>();
        if (scale == 0) {
            return findings;
        }
        String spread = mad > 0 ? "MAD " + Text.num(mad) + " × 1.4826" : "MAD 0, so mean absolute deviation "
                + Text.num(sum / x.length) + " × 1.2533";
        Unit unit = context.indicator(witnesses.get(0).indicator()).unit();
        String typical = Words.amount(new java.math.BigDecimal(logScale ? Math.pow(10, median) : median)
                .round(new java.math.MathContext(4)).doubleValue(), unit);
        List<Claim> all = new ArrayList<>(witnesses);
        all.addAll(unknown);
        List<Double> allValues = new ArrayList<>(values);
        allValues.addAll(unknownValues);
        for (int k = 0; k < all.size(); k++) {
            double z = Math.abs(allValues.get(k) - median) / scale;
            Claim c = all.get(k);
            if (z > THRESHOLD && !agreesRoughly(c, median, logScale, context)) {
                String scaleWord = logScale ? "log10 midpoint " : "midpoint ";
                String origin = k < witnesses.size() ? "" : " It is " + Origins.UNKNOWN + ", so it was measured against"
                        + " them but not counted among them.";
                findings.add(new Finding(ID, Severity.WARNING, List.of(c.id()), Words.claim(c, context)
                        + " is far from the other witnesses for " + Text.where(c) + ", whose median is about " + typical
                        + " (" + x.length + " independent witnesses; copies of one origin count once): its " + scaleWord
                        + Text.num(allValues.get(k)) + " lies " + Text.num(z) + " robust z-scores from the median "
                        + Text.num(median) + " (" + spread + "), above the threshold " + THRESHOLD + "." + origin));
            }
        }
        return findings;
    }
}
