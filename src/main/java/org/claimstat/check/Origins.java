package org.claimstat.check;

import org.claimstat.compare.Independence;

/** Says in words who a witness is and why its claims count as one. */
final class Origins {
    static final String UNKNOWN = "of unknown origin (no claimant, and the quote attributes the figure to no one),"
            + " so not counted as independent";

    private Origins() {
    }

    /** Returns a test for claims in their indicator's own unit: the ones whose figures a witness compares directly. */
    static java.util.function.Predicate<org.claimstat.Claim> inOwnUnit(CheckContext context) {
        return c -> c.unit().equals(context.indicator(c.indicator()).unit());
    }

    /** Returns who a witness is: {@code Home Office (3 claims: the same claimant (Home Office))}. */
    static String who(Independence.Cluster w) {
        String name = w.originKnown() ? w.origin() : "a source " + UNKNOWN;
        int n = w.claims().size();
        return n == 1 ? name : name + " (" + n + " claims counted as one: " + w.why() + ")";
    }

    /** Returns a sentence saying that two claims are different witnesses, and who each is. */
    static String pair(Independence.Cluster a, Independence.Cluster b) {
        return "They are different witnesses: " + who(a) + ", and " + who(b);
    }
}
