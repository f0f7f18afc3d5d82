package org.claimstat.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Rate;
import org.claimstat.Relation;
import org.claimstat.Source;
import org.claimstat.Unit;
import org.claimstat.Value;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.DatasetInfo;

/** Builds small datasets in tests, one line per indicator, source, claim, rate or relation. */
public final class TestData {
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Rate> rates = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private String entity = "RU";

    private TestData() {
    }

    /** Returns an empty builder. */
    public static TestData create() {
        return new TestData();
    }

    /** Adds an indicator. */
    public TestData indicator(String id, String unit, Aggregation aggregation) {
        indicators.add(Indicator.of(id, id, Unit.parse(unit), aggregation, ""));
        return this;
    }

    /** Adds a source published on {@code published} (ISO, any precision). */
    public TestData source(String id, String publisher, String published) {
        sources.add(Source.of(id, publisher, "Story " + id, PartialDate.parse(published)));
        return this;
    }

    /** Adds a source that copies {@code wire}. */
    public TestData wireSource(String id, String publisher, String published, String wire) {
        sources.add(Source.of(id, publisher, "Story " + id, PartialDate.parse(published)).withDerivedFrom(wire));
        return this;
    }

    /** Adds a source with extra columns. */
    public TestData sourceWith(String id, String publisher, String published, Map<String, String> extra) {
        sources.add(new Source(id, publisher, "Story " + id, Optional.empty(),
                Optional.of(PartialDate.parse(published)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), extra));
        return this;
    }

    /**
     * Adds a claim; {@code period} is {@code 2022} or {@code 2022-01..2022-06}; the quote is
     * "quote of ID".
     */
    public TestData claim(String id, String indicator, String period, String hedge, String value, String unit,
                          String claimant, String source) {
        return claimWith(id, indicator, period, hedge, value, unit, claimant, source, "quote of " + id, Map.of());
    }

    /** Adds a claim with a quote and extra columns. */
    public TestData claimWith(String id, String indicator, String period, String hedge, String value, String unit,
                              String claimant, String source, String quote, Map<String, String> extra) {
        Unit u = Unit.parse(unit);
        Hedge h = Hedge.parse(hedge);
        Quantity q;
        if (h == Hedge.RANGE) {
            String[] ends = value.split("\\.\\.");
            q = new Quantity(Optional.empty(), h, Optional.of(Value.parse(ends[0], u == Unit.DATE)),
                    Optional.of(Value.parse(ends[1], u == Unit.DATE)), u);
        } else {
            q = new Quantity(Optional.of(Value.parse(value, u.kind() == Unit.Kind.DATE)), h, Optional.empty(),
                    Optional.empty(), u);
        }
        claims.add(new Claim(id, indicator, entity, period(period), q,
                u.kind() == Unit.Kind.DATE ? ClaimKind.EVENT : ClaimKind.STATEMENT, claimant, source, quote,
                new LinkedHashMap<>(extra)));
        return this;
    }

    private static Period period(String text) {
        if (text.isEmpty()) {
            return Period.UNSPECIFIED;
        }
        String[] ends = text.split("\\.\\.", -1);
        return ends.length == 1 ? Period.parse(text, text) : Period.parse(ends[0], ends[1]);
    }

    /** Makes the claims added from now on be about {@code entity} (at first {@code RU}). */
    public TestData entity(String entity) {
        this.entity = entity;
        return this;
    }

    /** Adds an indicator declared signed (a net flow, change or balance). */
    public TestData signedIndicator(String id, String unit, Aggregation aggregation) {
        indicators.add(new Indicator(id, id, Unit.parse(unit), aggregation, "", Map.of(Indicator.SIGNED, "true")));
        return this;
    }

    /** Adds a rate: on {@code date}, 1 base = rate quote. */
    public TestData rate(String date, String base, String quote, String rate) {
        rates.add(Rate.of(LocalDate.parse(date), base, quote, new BigDecimal(rate), "cbr"));
        return this;
    }

    /** Adds a relation. */
    public TestData relation(String id, String expression) {
        relations.add(Relation.of(id, expression, ""));
        return this;
    }

    /** Returns the dataset. */
    public ClaimDataset build() {
        return ClaimDataset.of(new DatasetInfo("test", "Test", "", List.of()), sources, indicators, claims, rates,
                relations);
    }
}
