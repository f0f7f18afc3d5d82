package org.claimstat.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Interval;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.claimstat.chart.CommonUnit;
import org.claimstat.dataset.ClaimDataset;

/** One claim as the report's tables show it, every cell plain text (escaped by whoever writes it). */
record ClaimRow(Claim claim, Source source, String written, String hedge, String interval, String period) {

    static final List<String> CSV_HEADER = List.of("claim", "indicator", "entity", "period", "value_as_written", "hedge",
            "interval_in_indicator_unit", "indicator_unit", "source", "publisher", "published", "url", "derived_from",
            "claimant", "quote");

    static ClaimRow of(ClaimDataset dataset, Claim claim) {
        Indicator indicator = dataset.indicatorOf(claim);
        Quantity q = claim.quantity();
        String written = q.value().map(Value::toString)
                .orElse(q.lower().map(Value::toString).orElse("") + " to " + q.upper().map(Value::toString).orElse(""));
        if (!claim.unit().equals(indicator.unit())) {
            written += " " + claim.unit();
        }
        String interval = CommonUnit.interval(dataset, claim, indicator).map(i -> format(i, indicator.unit()))
                .orElse("not converted (" + claim.unit() + " to " + indicator.unit() + " needs a rate)");
        return new ClaimRow(claim, dataset.sourceOf(claim), written, q.hedge().code(), interval, claim.period().toString());
    }

    /** Returns the interval in the unit's terms: dates for date indicators, numbers with the unit otherwise. */
    static String format(Interval i, Unit unit) {
        if (unit.kind() != Unit.Kind.DATE) {
            return i + " " + unit;
        }
        String low = i.hasLower() ? LocalDate.ofEpochDay((long) Math.floor(i.lower())).toString() : "-∞";
        String high = i.hasUpper() ? LocalDate.ofEpochDay((long) Math.ceil(i.upper())).toString() : "+∞";
        return (i.lowerClosed() ? "[" : "(") + low + ", " + high + (i.upperClosed() ? "]" : ")");
    }

    /** Returns the claim's interval in its indicator's unit as a reader wants it ({@code [90,000, 110,000] people}). */
    static String readableInterval(ClaimDataset dataset, Claim claim) {
        Indicator indicator = dataset.indicatorOf(claim);
        return CommonUnit.interval(dataset, claim, indicator).map(i -> org.claimstat.chart.Readable.interval(i, indicator.unit()))
                .orElse("not converted (" + claim.unit() + " to " + indicator.unit() + " needs a rate)");
    }

    /** Returns the publisher, else the title, else the id of a source: the first that is not blank. */
    static String sourceName(Source s) {
        return !s.publisher().isBlank() ? s.publisher() : !s.title().isBlank() ? s.title() : s.id();
    }

    Optional<String> url() {
        return source.url();
    }

    List<String> csv(Indicator indicator) {
        return List.of(claim.id(), claim.indicator(), claim.entity(), period, written, hedge, interval,
                indicator.unit().toString(), source.id(), source.publisher(),
                source.published().map(Object::toString).orElse(""), source.url().orElse(""),
                source.derivedFrom().orElse(""), claim.claimant(), claim.quote());
    }
}
