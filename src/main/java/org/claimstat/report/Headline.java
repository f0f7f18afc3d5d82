package org.claimstat.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.claimstat.chart.Readable;
import org.claimstat.dataset.ClaimDataset;

/**
 * The line that opens a finding: the values of the claims it names, lowest first, each with the outlet and date that
 * gave it, and how far apart the lowest and highest are ("4 times", "7% higher", "3 percentage points", "12 days"),
 * so a reader sees which claims disagree and by how much before reading the check's explanation.
 *
 * @param values each claim's value and who gave it, lowest first (at most {@link #LISTED}; the lowest and highest kept)
 * @param others how many claims are not listed
 * @param gap how far apart the lowest and highest are, in words; empty where the claims have no common unit or one value
 */
record Headline(List<Stated> values, int others, Optional<String> gap) {
    /** The most values a headline lists; beyond that the lowest and highest are kept and the rest counted. */
    static final int LISTED = 4;

    /**
     * One claim's value as a reader says it and the outlet and date that gave it.
     *
     * @param value the value briefly ({@code about 40 billion USD})
     * @param by the outlet and publication date ({@code LatestLY, 10 Oct 2022})
     */
    record Stated(String value, String by) {
    }

    Headline {
        values = List.copyOf(values);
    }

    /** Returns the headline of the claims a finding names; empty for fewer than two claims or where all state one value (copies). */
    static Optional<Headline> of(ClaimDataset dataset, List<Claim> claims) {
        if (claims.size() < 2) {
            return Optional.empty();
        }
        List<Claim> sorted = claims.stream().sorted(Comparator.comparingDouble(Headline::position)).toList();
        List<Claim> shown = sorted.size() <= LISTED ? sorted
                : List.of(sorted.get(0), sorted.get(1), sorted.get(2), sorted.get(sorted.size() - 1));
        List<Stated> values = shown.stream().map(c -> new Stated(Readable.briefly(c.quantity()), by(dataset, c))).toList();
        if (values.stream().map(Stated::value).distinct().count() == 1 && sorted.size() == shown.size()) {
            return Optional.empty();
        }
        return Optional.of(new Headline(values, sorted.size() - shown.size(), gap(sorted.get(0), sorted.get(sorted.size() - 1))));
    }

    /** Returns the headline as HTML: values in bold, outlets and dates after them, the gap last. */
    String html() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Stated s = values.get(i);
            out.append(i == 0 ? "" : others > 0 && i == values.size() - 1 ? " … " + others + " more … " : " against ")
                    .append("<strong>").append(Html.escape(s.value())).append("</strong> (").append(Html.escape(s.by())).append(')');
        }
        gap.ifPresent(g -> out.append(": <strong>").append(Html.escape(g)).append("</strong>"));
        return out.toString();
    }

    /** Returns the headline as plain text, for Markdown and terminals. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Stated s = values.get(i);
            out.append(i == 0 ? "" : others > 0 && i == values.size() - 1 ? " … " + others + " more … " : " against ")
                    .append(s.value()).append(" (").append(s.by()).append(')');
        }
        gap.ifPresent(g -> out.append(": ").append(g));
        return out.toString();
    }

    private static String by(ClaimDataset dataset, Claim claim) {
        Source s = dataset.sourceOf(claim);
        return ClaimRow.sourceName(s) + s.published().map(d -> ", " + Readable.date(d)).orElse("");
    }

    /** The claim's place on its axis: the stated value, else the middle of a bounded range, else its one bound. */
    private static double position(Claim claim) {
        Optional<Value> v = claim.quantity().value();
        if (v.isPresent()) {
            return at(v.get());
        }
        Optional<Value> lower = claim.quantity().lower();
        Optional<Value> upper = claim.quantity().upper();
        if (lower.isPresent() && upper.isPresent()) {
            return (at(lower.get()) + at(upper.get())) / 2;
        }
        return lower.or(() -> upper).map(Headline::at).orElse(0.0);
    }

    private static double at(Value v) {
        return v instanceof Value.Decimal d ? d.number().doubleValue() : ((Value.Date) v).date().firstDay().toEpochDay();
    }

    /** How far apart two claims of one unit are, in the words that fit the unit; empty for different units or equal values. */
    static Optional<String> gap(Claim low, Claim high) {
        Unit unit = low.quantity().unit();
        if (!unit.equals(high.quantity().unit())) {
            return Optional.empty();
        }
        double a = position(low);
        double b = position(high);
        if (b <= a) {
            return Optional.empty();
        }
        String apart = Readable.number(round(b - a));
        return Optional.of(switch (unit.kind()) {
            case DATE -> apart + (b - a == 1 ? " day apart" : " days apart");
            case PERCENT -> apart + (b - a == 1 ? " percentage point apart" : " percentage points apart");
            case RANK -> apart + (b - a == 1 ? " place apart" : " places apart");
            default -> a > 0 && b / a >= 1.5 ? "the highest is " + times(b / a) + " the lowest"
                    : a > 0 ? "the highest is " + percent(b / a - 1) + " above the lowest"
                    : apart + " " + Readable.unit(unit, true) + " apart";
        });
    }

    private static double round(double x) {
        return BigDecimal.valueOf(x).round(new java.math.MathContext(3, RoundingMode.HALF_EVEN)).doubleValue();
    }

    private static String times(double ratio) {
        return ratio >= 10 ? Readable.number(Math.round(ratio)) + " times" : Readable.number(Math.round(ratio * 10) / 10.0) + " times";
    }

    private static String percent(double share) {
        double p = share * 100;
        return (p >= 10 ? Readable.number(Math.round(p)) : p >= 1 ? Readable.number(Math.round(p * 10) / 10.0) : Readable.number(p)) + "%";
    }
}
