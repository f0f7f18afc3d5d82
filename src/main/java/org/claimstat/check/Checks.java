package org.claimstat.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Relation;
import org.claimstat.compare.RateTable;
import org.claimstat.dataset.ClaimDataset;

/**
 * Chooses and runs checks: the built-in ones (ids in {@link #ids()}), one check per declared
 * relation ({@code relations:ID}; {@code relations} chooses them all), and your own. The entry
 * point of this package.
 *
 * <p>Running groups the claims once per {@link Grouping} (one sort), then gives each group to each
 * check; groups run in parallel, findings come back in a stable order (checks in order, groups in
 * key order). Immutable and thread-safe; each setting returns a new instance.
 *
 * {@snippet class=org.claimstat.snippets.CheckSnippets region=checks}
 */
public final class Checks {
    private static final List<Check> BEFORE_RELATIONS = List.of(new ConflictCheck(), new OutlierCheck(),
            new PartWholeCheck());
    private static final List<Check> AFTER_RELATIONS = List.of(new DatesCheck(), new SameFigureCheck(),
            new SyndicationCheck(), new CopiesCheck(), new CurrencyCheck(), new BoundsCheck(), new TextHygieneCheck(),
            new StaleCheck(), new ScopeCheck());

    private final Optional<Set<String>> only;
    private final List<Check> custom;
    private final int toleranceDays;

    private Checks(Optional<Set<String>> only, List<Check> custom, int toleranceDays) {
        this.only = only;
        this.custom = custom;
        this.toleranceDays = toleranceDays;
    }

    /** Returns every built-in check and every declared relation, with a rate tolerance of 7 days. */
    public static Checks defaults() {
        return new Checks(Optional.empty(), List.of(), RateTable.DEFAULT_TOLERANCE_DAYS);
    }

    /** Returns the ids of the built-in checks in the order they run, {@code relations} standing for the relations. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        BEFORE_RELATIONS.forEach(c -> ids.add(c.id()));
        ids.add(RelationCheck.PREFIX);
        AFTER_RELATIONS.forEach(c -> ids.add(c.id()));
        return List.copyOf(ids);
    }

    /**
     * Keeps only the checks with these ids: built-in ids, {@code relations} or {@code relations:ID},
     * and the ids of checks added with {@link #with}.
     *
     * @throws IllegalArgumentException naming an unknown id and the ids known
     */
    public Checks only(Collection<String> ids) {
        Set<String> known = new LinkedHashSet<>(ids());
        custom.forEach(c -> known.add(c.id()));
        for (String id : ids) {
            if (!known.contains(id) && !id.startsWith(RelationCheck.PREFIX + ":")) {
                throw new IllegalArgumentException("unknown check '" + id + "'; expected one of "
                        + String.join(", ", known) + " or relations:ID");
            }
        }
        return new Checks(Optional.of(Set.copyOf(ids)), custom, toleranceDays);
    }

    /**
     * Adds a check of your own; it runs after the built-in ones.
     *
     * @throws IllegalArgumentException if its id is taken
     */
    public Checks with(Check check) {
        Objects.requireNonNull(check, "check");
        if (ids().contains(check.id()) || custom.stream().anyMatch(c -> c.id().equals(check.id()))) {
            throw new IllegalArgumentException("check id '" + check.id() + "' is already taken");
        }
        List<Check> more = new ArrayList<>(custom);
        more.add(check);
        return new Checks(only, List.copyOf(more), toleranceDays);
    }

    /**
     * Sets how many days a currency rate may lie from a claim's date.
     *
     * @throws IllegalArgumentException if negative
     */
    public Checks rateToleranceDays(int days) {
        RateTable.of(List.of(), days);
        return new Checks(only, custom, days);
    }

    /**
     * Returns the checks that run against {@code context}, relations expanded, in order.
     *
     * @throws IllegalArgumentException if a relation cannot be read, or {@code relations:ID} names none
     */
    public List<Check> resolve(CheckContext context) {
        List<Check> all = new ArrayList<>(BEFORE_RELATIONS);
        Set<String> relationIds = new LinkedHashSet<>();
        for (Relation r : context.relations()) {
            RelationCheck check = RelationCheck.of(r, context);
            relationIds.add(check.id());
            if (only.isEmpty() || only.get().contains(RelationCheck.PREFIX) || only.get().contains(check.id())) {
                all.add(check);
            }
        }
        all.addAll(AFTER_RELATIONS);
        all.addAll(custom);
        if (only.isEmpty()) {
            return List.copyOf(all);
        }
        for (String id : only.get()) {
            if (id.startsWith(RelationCheck.PREFIX + ":") && !relationIds.contains(id)) {
                throw new IllegalArgumentException("no relation '" + id.substring(RelationCheck.PREFIX.length() + 1)
                        + "'; the dataset declares " + relationIds);
            }
        }
        return all.stream().filter(c -> only.get().contains(c.id()) || c instanceof RelationCheck).toList();
    }

    /** Runs the chosen checks over a dataset. */
    public CheckReport run(ClaimDataset dataset) {
        return run(dataset.claims(), CheckContext.of(dataset, toleranceDays));
    }

    /** Runs the chosen checks over claims whose indicators and sources {@code context} holds. */
    public CheckReport run(List<Claim> claims, CheckContext context) {
        // Once: the claims of a dataset read from files are built on each access, and every grouping walks them.
        List<Claim> all = List.copyOf(claims);
        List<Check> checks = resolve(context);
        Map<Grouping, List<ClaimGroup>> groups = new EnumMap<>(Grouping.class);
        for (Check c : checks) {
            groups.computeIfAbsent(c.grouping(), g -> Groups.of(all, g, context));
        }
        Tally tally = new Tally(checks);
        groups.forEach((grouping, list) -> {
            List<Check> applicable = checks.stream().filter(c -> c.grouping() == grouping).toList();
            List<Check.Outcome[]> outcomes = list.parallelStream().map(g -> {
                Check.Outcome[] out = new Check.Outcome[applicable.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = applicable.get(k).run(g, context);
                }
                return out;
            }).toList();
            for (Check.Outcome[] out : outcomes) {
                for (int k = 0; k < out.length; k++) {
                    tally.add(applicable.get(k), out[k]);
                }
            }
        });
        return tally.report();
    }
}
