package org.claimstat.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.extract.Mention;

/**
 * Reads the period of what a sudden disaster cost, as a fact-checker files it: the cost, damage and losses of an
 * earthquake, a flood or a storm are the cost of one event, so every estimate of them, whoever made it and whenever,
 * covers the disaster's day ("the quakes' direct physical damage ... cost the country $84 billion", "insurance losses
 * worth $6.2 billion", "81 percent of the estimated damages occurred in Hatay"), and rival estimates and later
 * vintages of one cost meet. A war's damage grows with the war and runs from its first day to the estimate ({@link
 * Wars}); money given, asked for or spent (aid, pledges, appeals, allocations) and shares of a year's GDP keep their
 * own time.
 */
final class DisasterCosts {
    /** How the reasons of costs whose article gives no disaster day start, for {@link #daysFromBatch}. */
    static final String NO_DAY = "the cost of a disaster whose day the article does not give; ";
    private static final String AT_DAY = "the cost of a disaster: its day, ";
    /** Words of what a disaster cost. */
    private static final Pattern COST = Pattern.compile("(?i)\\b(?:cost(?:s|ing)?|damage[sd]?|loss(?:es)?|"
            + "destroy(?:ed)?|destruction|rebuild\\w*|reconstruction needs|recovery needs)\\b");
    /** Words of money given, asked for, spent or earned, which is no cost of the disaster itself. */
    private static final Pattern NOT_COST = Pattern.compile("(?i)\\b(?:loss(?:es)? and damages?|aid|relief|"
            + "financing|funding|funds?|loans?|grants?|appeal\\w*|spent|spend\\w*|paid|pay(?:s|ing)?|budget\\w*|"
            + "net result|profit\\w*|revenue\\w*|premiums?|help|support\\w*|donat\\w*|raise[sd]?)\\b");
    private static final String NATURAL_WORDS = "earthquakes?|quakes?|temblors?|floods?|flooding|storms?|"
            + "hurricanes?|cyclones?|typhoons?|tsunamis?|wildfires?|eruptions?";
    /** A sudden natural disaster. */
    static final Pattern NATURAL = Pattern.compile("(?i)\\b(?:" + NATURAL_WORDS + ")\\b");
    /** A disaster named beside a cost: what makes the article one about a disaster. */
    private static final Pattern DISASTER = Pattern.compile("(?i)\\b(?:" + NATURAL_WORDS
            + "|disasters?|catastrophes?)\\b");

    private DisasterCosts() {
    }

    /**
     * Returns the period of money or a share of damage {@code m} of article {@code v} that is a cost of the disaster
     * the article is about, given its period {@code g} so far; empty for other figures, figures its own words date
     * before the disaster or to a whole year ("in 1999", "9% of its 2023 GDP"), and articles about a war or a
     * conference.
     */
    static Optional<Periods.Guess> period(ArticleView v, Mention m, Periods.Guess g) {
        Optional<PartialDate> published = v.article.source().published()
                .filter(p -> p.precision() == PartialDate.Precision.DAY);
        boolean percent = m.kind() == Mention.Kind.PERCENT;
        if (published.isEmpty() || !(m.kind() == Mention.Kind.CURRENCY || percent) || m.per().isPresent()
                || percent && (g.at() >= 0 || ArticlePeriods.isChange(v.text, m))) {
            return Optional.empty();
        }
        String words = words(v, m);
        if (!COST.matcher(words).find() || NOT_COST.matcher(words).find() || Kinds.isPledge(words)
                || !DISASTER.matcher(v.text).find()) {
            return Optional.empty();
        }
        LocalDate pub = published.get().firstDay();
        Optional<LocalDate> day = v.disasterDay(pub);
        if (g.found() && g.at() >= 0 && (day.isPresent() && g.period().lastDay().isBefore(day.get())
                || g.period().start().filter(s -> s.precision() == PartialDate.Precision.YEAR).isPresent())) {
            return Optional.empty();
        }
        if (day.isEmpty()) {
            return Optional.of(new Periods.Guess(g.period(), NO_DAY + (g.found() ? g.why() : "no time of its own"),
                    g.at()));
        }
        return Optional.of(new Periods.Guess(Period.of(PartialDate.of(day.get())), AT_DAY + day.get()
                + ", whenever it was estimated"));
    }

    /**
     * Returns, for each claim (by its period's reason {@code whys} and its period), the disaster's day for a cost whose
     * article does not give it: the day most of the other costs of the batch were put at, where it {@link #fits} the
     * period it has so far; else empty.
     */
    static List<Optional<Periods.Guess>> daysFromBatch(List<String> whys, List<Period> periods) {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (int k = 0; k < whys.size(); k++) {
            if (whys.get(k).startsWith(AT_DAY)) {
                days.merge(periods.get(k).firstDay(), 1, Integer::sum);
            }
        }
        List<Optional<Periods.Guess>> out = new ArrayList<>();
        for (int k = 0; k < whys.size(); k++) {
            Period p = periods.get(k);
            Optional<LocalDate> day = !whys.get(k).startsWith(NO_DAY) ? Optional.empty() : days.entrySet().stream()
                    .filter(e -> p.equals(Period.UNSPECIFIED) || p.end().isEmpty() || fits(e.getKey(), p))
                    .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey);
            out.add(day.map(d -> new Periods.Guess(Period.of(PartialDate.of(d)), AT_DAY + d + ", the day most"
                    + " costs of the disaster in the other articles are put at")));
        }
        return out;
    }

    /**
     * Returns true where a disaster on {@code day} may be what a cost dated {@code p} so far is of: {@code p} holds the
     * day ("last month's earthquakes") or is one day after it (the day of the estimate or the publication); not a
     * month or a year after it ("storms in Italy in July").
     */
    private static boolean fits(LocalDate day, Period p) {
        return !day.isBefore(p.firstDay()) && !day.isAfter(p.lastDay())
                || p.firstDay().equals(p.lastDay()) && day.isBefore(p.firstDay());
    }

    /** Returns the words of {@code m}'s clause, or of its sentence where the clause is little more than the number. */
    private static String words(ArticleView v, Mention m) {
        int sentence = v.sentences.indexAt(m.start());
        int sStart = v.sentences.start(sentence);
        int sEnd = Math.max(v.sentences.end(sentence), m.end());
        int[] clause = Clauses.around(v.text, m.start(), m.end(), sStart, sEnd);
        boolean bare = clause[1] - clause[0] - (m.end() - m.start()) < 20;
        return bare ? v.text.substring(sStart, sEnd) : v.text.substring(clause[0], clause[1]);
    }
}
