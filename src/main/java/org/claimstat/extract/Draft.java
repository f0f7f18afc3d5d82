package org.claimstat.extract;

import java.math.BigDecimal;
import java.util.Optional;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Unit;

/** A mention being read: the mutable notes of one reader, turned into a {@link Mention} at the end. */
final class Draft {
    int first;
    int next;
    int numberFirst;
    int numberLast;
    Mention.Kind kind = Mention.Kind.QUANTITY;
    Hedge hedge = Hedge.EXACT;
    BigDecimal value;
    BigDecimal lower;
    BigDecimal upper;
    PartialDate date;
    PartialDate dateLower;
    PartialDate dateUpper;
    Mention.YearlessDate yearless;
    Unit unit;
    String scale;
    String counted = "";
    String anchor;
    Draft secondaryDraft;
    int resume = -1;
    /** What the amount is per ("gal" of "$3 per gallon"), null if no rate is written. */
    String per;
    /** Whether the number is a change or growth rate ("rose 8.1 percent"), not a level. */
    boolean change;

    Draft(int first) {
        this.first = first;
        this.numberFirst = first;
    }

    boolean isRange() {
        return lower != null || dateLower != null;
    }

    Optional<String> scaleWord() {
        return Optional.ofNullable(scale);
    }
}
