package org.claimstat.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.Period;
import org.claimstat.Unit;
import org.claimstat.compare.Claimants;
import org.claimstat.compare.Independence;

/**
 * {@code same_figure}: one claimant's same figure (the same stated number and unit) reported for
 * different periods or target years of one indicator and entity, a likely misreport. Claimants
 * are matched by {@link Claimants#keys}: an organisation named alone or with its spokesperson is
 * one claimant. Ranks are left out: a country that keeps its place from one edition of an index to
 * the next is no misreport (the ai-nations dataset's United States, 1st in 2020 and in 2023, was
 * this check's first false alarm). Claims are bucketed by claimant and figure (a hash map), so the cost is linear.
 */
final class SameFigureCheck implements Check {
    static final String ID = "same_figure";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The same claimant's same figure reported for different periods or target years of one indicator.";
    }

    @Override
    public Outcome run(ClaimGroup group, CheckContext context) {
        Unit.Kind kind = context.indicator(group.first().indicator()).unit().kind();
        if (kind == Unit.Kind.DATE || kind == Unit.Kind.RANK) {
            return Outcome.NONE;
        }
        Map<String, String> who = group.claimantKeys();
        Map<String, List<Claim>> buckets = new LinkedHashMap<>();
        for (Claim c : group.claims()) {
            Optional<String> figure = Independence.figure(c);
            String key = who.get(c.claimant());
            if (figure.isPresent() && !key.isEmpty()) {
                buckets.computeIfAbsent(key + "\u0000" + figure.get(), k -> new ArrayList<>()).add(c);
            }
        }
        int examined = 0;
        int passed = 0;
        List<Finding> findings = new ArrayList<>();
        for (List<Claim> bucket : buckets.values()) {
            if (bucket.size() < 2) {
                continue;
            }
            examined++;
            Map<Period, List<String>> periods = new LinkedHashMap<>();
            bucket.forEach(c -> periods.computeIfAbsent(c.period(), p -> new ArrayList<>()).add(c.id()));
            if (periods.size() < 2) {
                passed++;
                continue;
            }
            Claim first = bucket.get(0);
            List<String> parts = new ArrayList<>();
            periods.forEach((p, ids) -> parts.add(Text.period(p) + " (" + String.join(", ", ids) + ")"));
            findings.add(new Finding(ID, Severity.WARNING, Text.ids(bucket), claimant(bucket, who)
                    + " gives the same figure, " + Words.stated(first) + ", for " + first.indicator() + ", " + first.entity() + " in different periods: "
                    + String.join(", ", parts) + "; one of them may be misreported."));
        }
        return new Outcome(examined, passed, findings);
    }

    private static String claimant(List<Claim> bucket, Map<String, String> who) {
        String key = who.get(bucket.get(0).claimant());
        return bucket.stream().map(Claim::claimant).filter(c -> Claimants.normalize(c).equals(key)).findFirst()
                .orElse(bucket.get(0).claimant());
    }
}
