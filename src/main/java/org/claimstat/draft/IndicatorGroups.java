package org.claimstat.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimstat.Aggregation;
import org.claimstat.Indicator;

/**
 * Puts the drafted claims of all articles that measure the same thing under one indicator: one per
 * {@link ClaimFields#indicatorKey()}, where a count that names no measure ("last year's total of 29,437") joins the
 * measure of the first count of its unit in its sentence ("Sudanese ... numbering around four million, followed by
 * Syrians (1.5 million)"), else the measure most counts of its unit and country have (people of a host country are
 * mostly counted living there, of the country they left mostly as leaving), else most counts of its unit. Indicators the user gives steer it: a claim
 * whose label, quote or counted noun holds an indicator's keywords (its {@code keywords} column, else its label's
 * words) and whose unit fits takes that indicator.
 */
final class IndicatorGroups {
    /**
     * The measure of departures within a window the text states ("one million have left since November 2018"). Such a
     * count is kept apart from the people who left only where its article also states a larger count of departures
     * from the same country (the total it is set apart from); else it is one of them.
     */
    static final String WINDOW = "left_window";
    /**
     * The unit part of the key of a number of a ranking (a rank, a change of rank, a score), whatever its unit: a rank
     * whose sentence names no index joins the index its article names most for that measure, else the corpus.
     */
    static final String RANKING = ":rank";
    private static final String OF = "_of_";
    /** Joins a key's unit part to an entity, for the measures usual in one country. */
    private static final String IN = "@";

    private IndicatorGroups() {
    }

    /**
     * Returns the indicator of each of {@code fields}, in the same order: one of {@code given} (the user's
     * {@code indicators.csv}, may be empty) where it fits, else a new one shared by the claims of one key.
     */
    static List<Indicator> assign(List<ClaimFields> drafted, List<Indicator> given) {
        List<ClaimFields> fields = rankings(windows(drafted));
        Map<String, Map<String, Integer>> measures = new HashMap<>();
        for (ClaimFields f : fields) {
            String measure = measure(f);
            if (!measure.isEmpty()) {
                measures.computeIfAbsent(rest(f), k -> new HashMap<>()).merge(measure, 1, Integer::sum);
                measures.computeIfAbsent(rest(f) + IN + f.entity(), k -> new HashMap<>()).merge(measure, 1,
                        Integer::sum);
            }
        }
        Map<String, Indicator> byKey = new LinkedHashMap<>();
        Map<String, String[]> inSentence = new HashMap<>();
        List<Indicator> out = new ArrayList<>();
        for (ClaimFields f : fields) {
            Indicator chosen = GivenIndicators.match(f, given);
            if (chosen != null) {
                out.add(chosen);
                continue;
            }
            String key = f.indicatorKey();
            String label = f.indicatorLabel();
            Map<String, Integer> usuals = f.entity().isEmpty() ? null : measures.get(rest(f) + IN + f.entity());
            usuals = usuals != null ? usuals : measures.get(rest(f));
            String sentence = f.mention().doc() + IN + f.quoteStart() + rest(f) + IN + f.quote();
            String[] before = measure(f).isEmpty() ? inSentence.get(sentence) : null;
            if (before != null) {
                key = before[0];
                label = before[1];
            } else if (measure(f).isEmpty() && usuals != null) {
                String usual = usuals.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElseThrow();
                key = usual + rest(f);
                String noun = label;
                label = Measure.byId(usual).map(m -> m.label(noun)).orElse(usual + " " + label);
            }
            inSentence.putIfAbsent(sentence, new String[] {key, label});
            String finalLabel = label;
            Aggregation aggregation = aggregation(key, f);
            out.add(byKey.computeIfAbsent(key, k -> Indicator.of(
                    k.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]++", "_").replaceAll("^_|_$", ""),
                    finalLabel, f.unit(), aggregation, "drafted; review label, unit and aggregation")));
        }
        return out;
    }

    /**
     * Returns {@code fields} with each count of departures within a window made a count of departures unless its
     * article states a larger count of departures from the same country.
     */
    private static List<ClaimFields> windows(List<ClaimFields> fields) {
        Map<String, Double> largest = new HashMap<>();
        for (ClaimFields f : fields) {
            if (measure(f).equals("left")) {
                largest.merge(f.mention().doc() + IN + f.entity() + rest(f), low(f), Math::max);
            }
        }
        List<ClaimFields> out = new ArrayList<>(fields.size());
        for (ClaimFields f : fields) {
            boolean apart = !measure(f).equals(WINDOW)
                    || largest.getOrDefault(f.mention().doc() + IN + f.entity() + rest(f), 0.0) > low(f);
            out.add(apart ? f : rekeyed(f, "left" + rest(f), f.indicatorLabel().replace(" within a stated window", "")));
        }
        return out;
    }

    /**
     * Returns {@code fields} with each number of a ranking whose words name no index given the index named most for
     * its measure in its article, else in all articles; unchanged where none is named.
     */
    private static List<ClaimFields> rankings(List<ClaimFields> fields) {
        Map<String, Map<String, Integer>> named = new HashMap<>();
        for (ClaimFields f : fields) {
            String measure = measure(f);
            if (rest(f).equals(RANKING) && measure.contains(OF)) {
                String bare = measure.substring(0, measure.indexOf(OF));
                named.computeIfAbsent(f.mention().doc() + IN + bare, k -> new HashMap<>()).merge(measure, 1, Integer::sum);
                named.computeIfAbsent(bare, k -> new HashMap<>()).merge(measure, 1, Integer::sum);
            }
        }
        List<ClaimFields> out = new ArrayList<>(fields.size());
        for (ClaimFields f : fields) {
            String measure = measure(f);
            Map<String, Integer> counts = named.getOrDefault(f.mention().doc() + IN + measure, named.get(measure));
            if (!rest(f).equals(RANKING) || measure.contains(OF) || counts == null) {
                out.add(f);
                continue;
            }
            String most = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElseThrow();
            out.add(rekeyed(f, most + RANKING, f.indicatorLabel() + " in the "
                    + most.substring(most.indexOf(OF) + OF.length()) + " index"));
        }
        return out;
    }

    private static ClaimFields rekeyed(ClaimFields f, String key, String label) {
        return new ClaimFields(f.mention(), f.entity(), f.period(), f.claimant(), f.kind(), f.quote(), f.quoteStart(),
                f.quoteEnd(), f.unit(), key, label, f.notes());
    }

    private static double low(ClaimFields f) {
        return f.mention().value().map(v -> v.low()).orElse(0.0);
    }

    /**
     * Returns how the figures of {@code key} behave: as its {@link Measure} says (deaths and pledges add up over
     * time, people missing or money needed are levels), else by unit: percentages are shares, dates dates.
     */
    private static Aggregation aggregation(String key, ClaimFields f) {
        String measure = key.substring(0, key.lastIndexOf(':'));
        if (measure.equals("pledged_total") || measure.equals(WINDOW) || measure.startsWith("rank_change")) {
            return Aggregation.FLOW;
        }
        if (key.endsWith(RANKING)) {
            return measure.startsWith("rank") ? Aggregation.RANK : Aggregation.STOCK;
        }
        return Measure.byId(measure).map(m -> m.aggregation).orElseGet(() -> switch (f.unit().kind()) {
            case PERCENT -> Aggregation.SHARE;
            case DATE -> Aggregation.DATE;
            case RANK -> Aggregation.RANK;
            default -> Aggregation.STOCK;
        });
    }

    private static String measure(ClaimFields f) {
        return f.indicatorKey().substring(0, f.indicatorKey().lastIndexOf(':'));
    }

    private static String rest(ClaimFields f) {
        return f.indicatorKey().substring(measure(f).length());
    }
}
