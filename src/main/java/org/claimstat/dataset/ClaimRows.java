package org.claimstat.dataset;

import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.PartialDate;
import org.claimstat.Quantity;
import org.claimstat.Value;

/** The texts of a claim's {@code claims.csv} contract columns, as written to files and tables. */
final class ClaimRows {
    private ClaimRows() {
    }

    /** Returns the fields in the order of {@link Schemas#CLAIMS}. */
    static List<String> fields(Claim c) {
        Quantity q = c.quantity();
        return List.of(c.id(), c.indicator(), c.entity(), date(c.period().start()), date(c.period().end()),
                value(q.value()), value(q.lower()), value(q.upper()), q.unit().toString(), q.hedge().code(),
                c.kind().code(), c.claimant(), c.source(), c.quote());
    }

    static String date(Optional<PartialDate> date) {
        return date.map(PartialDate::toString).orElse("");
    }

    static String value(Optional<Value> value) {
        return value.map(Value::toString).orElse("");
    }
}
