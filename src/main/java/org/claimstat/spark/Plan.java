package org.claimstat.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.check.Check;
import org.claimstat.check.CheckContext;
import org.claimstat.check.Grouping;

/**
 * What every executor needs to run the checks: the context rows and the serializable recipe of
 * the checks. It is broadcast once; each JVM resolves the checks and builds the
 * {@link CheckContext} once, on first use. Thread-safe.
 */
final class Plan implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The built-in checks whose outcome on a group of one indicator and entity is the sum of their
     * outcomes on its runs of one period (they sweep {@code Runs.byPeriod} or single claims), so a
     * group can stream through them one period at a time.
     */
    static final Set<String> PERIOD_LOCAL = Set.of("conflict", "outlier", "syndication", "copies", "currency",
            "bounds");

    private final ContextRows contextRows;
    private final SparkChecks.ChecksRecipe recipe;
    private transient volatile Resolved resolved;

    Plan(ContextRows contextRows, SparkChecks.ChecksRecipe recipe) {
        this.contextRows = contextRows;
        this.recipe = recipe;
    }

    /**
     * The checks against the context, in run order, split by how they take their claims.
     *
     * @param context the context
     * @param all every check, in run order
     * @param periodLocal the {@link #PERIOD_LOCAL} checks, fed one period run at a time
     * @param whole the other checks by grouping, fed whole groups
     */
    record Resolved(CheckContext context, List<Check> all, List<Check> periodLocal, Map<Grouping, List<Check>> whole) {

        /** Returns the groupings that need a pass over the claims, in enum order. */
        List<Grouping> passes() {
            List<Grouping> passes = new ArrayList<>();
            for (Grouping g : Grouping.values()) {
                if (whole.containsKey(g) || g == Grouping.INDICATOR_ENTITY && !periodLocal.isEmpty()) {
                    passes.add(g);
                }
            }
            return passes;
        }
    }

    Resolved resolved() {
        Resolved r = resolved;
        if (r == null) {
            synchronized (this) {
                r = resolved;
                if (r == null) {
                    r = resolve();
                    resolved = r;
                }
            }
        }
        return r;
    }

    private Resolved resolve() {
        CheckContext context = contextRows.context();
        List<Check> all = recipe.get().resolve(context);
        List<Check> local = new ArrayList<>();
        Map<Grouping, List<Check>> whole = new EnumMap<>(Grouping.class);
        for (Check c : all) {
            if (c.grouping() == Grouping.INDICATOR_ENTITY && PERIOD_LOCAL.contains(c.id())
                    && c.getClass().getPackageName().equals(Check.class.getPackageName())) {
                local.add(c);
            } else {
                whole.computeIfAbsent(c.grouping(), g -> new ArrayList<>()).add(c);
            }
        }
        return new Resolved(context, List.copyOf(all), List.copyOf(local), whole);
    }
}
