package org.claimstat.check;

import java.util.List;
import java.util.Objects;

/**
 * A consistency check: a plain function from one group of claims (and the dataset's context) to
 * findings and counts. Implement it to add your own check and pass it to {@link Checks#with}.
 *
 * <p>Implementations must be thread-safe and must not depend on other groups, so the same code can
 * run in memory and on a cluster. Within a group, prefer a sort-based sweep to comparing all
 * pairs: a group may hold a million claims.
 *
 * {@snippet class=org.claimstat.snippets.CheckSnippets region=check}
 */
public interface Check {

    /** Returns the stable id, such as {@code conflict}: lower case, digits, {@code _} and {@code :}. */
    String id();

    /** Returns what the check tests, in one sentence. */
    String description();

    /** Returns how claims are grouped for this check; by default by indicator and entity. */
    default Grouping grouping() {
        return Grouping.INDICATOR_ENTITY;
    }

    /** Returns the findings for one group and how much it looked at. */
    Outcome run(ClaimGroup group, CheckContext context);

    /**
     * What a check did with one group.
     *
     * @param examined how many claims, pairs or sub-groups it looked at
     * @param passed how many of those passed
     * @param findings what it found
     */
    record Outcome(int examined, int passed, List<Finding> findings) {
        /** Nothing examined, nothing found. */
        public static final Outcome NONE = new Outcome(0, 0, List.of());

        /** Rejects negative counts and more passed than examined; copies the findings. */
        public Outcome {
            Objects.requireNonNull(findings, "findings");
            findings = List.copyOf(findings);
            if (examined < 0 || passed < 0 || passed > examined) {
                throw new IllegalArgumentException("bad outcome counts: examined " + examined + ", passed " + passed);
            }
        }
    }
}
