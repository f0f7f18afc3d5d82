package org.claimstat.dataset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Source;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the Tablesaw view of a dataset's claims, described at {@link ClaimDataset#toTable()}. */
final class ClaimTables {
    private static final Set<String> ADDED = Set.of("interval_lower", "interval_upper", "publisher", "published");

    private ClaimTables() {
    }

    static Table of(ClaimDataset dataset) {
        List<Claim> claims = dataset.claims();
        List<String> contract = Schemas.CLAIMS.names();
        Set<String> extraNames = new LinkedHashSet<>();
        claims.forEach(c -> extraNames.addAll(c.extra().keySet()));
        Table table = Table.create(dataset.info().name());
        for (String name : contract) {
            table.addColumns(StringColumn.create(name, claims.size()));
        }
        for (String name : extraNames) {
            table.addColumns(StringColumn.create(columnName(name), claims.size()));
        }
        DoubleColumn lower = DoubleColumn.create("interval_lower", claims.size());
        DoubleColumn upper = DoubleColumn.create("interval_upper", claims.size());
        StringColumn publisher = StringColumn.create("publisher", claims.size());
        StringColumn published = StringColumn.create("published", claims.size());
        table.addColumns(lower, upper, publisher, published);
        for (int r = 0; r < claims.size(); r++) {
            Claim claim = claims.get(r);
            List<String> fields = ClaimRows.fields(claim);
            for (int c = 0; c < fields.size(); c++) {
                table.stringColumn(c).set(r, fields.get(c));
            }
            for (String name : extraNames) {
                table.stringColumn(columnName(name)).set(r, claim.extra().getOrDefault(name, ""));
            }
            Interval interval = claim.interval();
            lower.set(r, interval.hasLower() ? interval.lower() : Double.NaN);
            upper.set(r, interval.hasUpper() ? interval.upper() : Double.NaN);
            Source source = dataset.sourceOf(claim);
            publisher.set(r, source.publisher());
            published.set(r, source.published().map(Object::toString).orElse(""));
        }
        return table;
    }

    /** Renames an extra column that would clash with a column of the table: {@code publisher} becomes {@code extra_publisher}. */
    private static String columnName(String extra) {
        return ADDED.contains(extra) || Schemas.CLAIMS.names().contains(extra) ? "extra_" + extra : extra;
    }
}
