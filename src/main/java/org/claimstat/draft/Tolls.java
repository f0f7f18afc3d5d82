package org.claimstat.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Value;
import org.claimstat.extract.Mention;

/**
 * Reads the period of a toll, as a fact-checker records it: a count of people killed, injured, displaced or buried
 * ("the death toll has reached 5,200", "killed nearly 4,000 people") is cumulative from the day of the disaster the
 * article names ("floods ... on Monday, 11 September", "a storm a week ago", "one year after a wall of water") to
 * the day the count is of (a day its sentence names: "on Saturday", "said on Tuesday", "yesterday"; else the
 * publication date); a count of people missing or affected is a stock on that day alone.
 */
final class Tolls {
    /** Words that make a count a toll; group 1 is set where the toll is a stock (on one day), not a running count. */
    private static final Pattern TOLL = Pattern.compile("(?i)\\b(?:(missing|unaccounted for|homeless|affected)|"
            + "killed|killing|dead|died|deaths?|death toll|toll|fatalities|victims|bodies|casualties|injured|"
            + "wounded|injuring|wounding|displaced|buried|drowned|perished|lost their lives|were lost|confirmed to have died)\\b");
    /** Words of a disaster or attack whose day a toll counts from. */
    private static final Pattern DISASTER = Pattern.compile("(?i)\\b(?:flood\\w*|storm|earthquake|quake|hurricane|"
            + "cyclone|typhoon|tsunami|landslide|eruption|wildfire|fire|blaze|explosion|blast|bombing|attack\\w*|"
            + "shooting|crash\\w*|collapse\\w*|sank|sinking|disaster|burst|struck|swept|hit|deluge|torrent)\\b");
    private static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
    /** "a week ago", "two days ago": a day before publication. */
    private static final Pattern AGO = Pattern.compile("(?i)\\b" + COUNT + " (day|week|month|year)s? ago\\b");
    /** "One year after a wall of water", "Nearly two weeks after a flash flood": publication is that long after. */
    private static final Pattern AFTER = Pattern.compile("(?i)\\b" + COUNT + " (day|week|month|year)s? (?:after|on "
            + "from|since)\\b");
    /** Words before a day that make it the day a count or an estimate is of, not the disaster's: "as of Feb. 21". */
    private static final Pattern AS_OF = Pattern.compile("(?i)\\b(?:as of|as at|by|until|through|up to|estimated|"
            + "updated)\\s*$");
    /** Counted nouns of things, not people, which a toll word beside them does not count: "12 out of 18 states". */
    private static final Pattern NOT_PEOPLE = Pattern.compile("(?i)states?|provinces?|regions?|districts?|cit(?:y|ies)|"
            + "towns?|villages?|countr(?:y|ies)|buildings?|homes?|houses?|schools?|hospitals?");
    /** How the reasons of toll periods start, with and without a day the toll counts from. */
    private static final String FROM_DISASTER = "a toll ";
    private static final String NO_START = "a toll, open start, ";
    private static final String NO_START_REASON = "; the article gives no day it counts from";
    /** How long before its day a toll may start at a day other articles give. */
    private static final long MAX_TOLL_DAYS = 60;
    /** How far a disaster word may stand from the time words that date it. */
    private static final int NEAR = 80;

    private Tolls() {
    }

    /**
     * Returns the period of toll {@code m} whose clause is {@code clause}, where {@code own} (the period its own words
     * or the figure before it give) is no span; empty where {@code m} is no toll or its own words give a span. A count
     * of people displaced in a lasting crisis is a stock ({@link Displaced}); a toll of a war the article is about
     * counts from the war's first day where it names no disaster's day. A toll word nearer another figure is that
     * figure's ("over 16,000 deaths and left more than 25 million people in need").
     */
    static Optional<Periods.Guess> period(ArticleView v, Mention m, String clause, Periods.Guess own) {
        Optional<PartialDate> published = v.article.source().published()
                .filter(p -> p.precision() == PartialDate.Precision.DAY);
        Optional<Periods.Guess> displaced = Displaced.stock(v, m, clause, own);
        if (displaced.isPresent() || m.kind() != Mention.Kind.QUANTITY || published.isEmpty()
                || own.found() && own.at() >= 0 && !own.period().firstDay().equals(own.period().lastDay())) {
            return displaced;
        }
        MatchResult word = nearest(v, clause, m);
        if (word == null || NOT_PEOPLE.matcher(m.unit().symbol()).matches()) {
            return Optional.empty();
        }
        LocalDate pub = published.get().firstDay();
        Optional<LocalDate> event = v.disasterDay(pub).or(() -> Wars.of(v.text, published).map(Wars.War::start));
        LocalDate asOf = asOf(v, m, pub, event);
        String day = asOf.equals(pub) ? "the publication date" : "the day its sentence names, " + asOf;
        if (word.group(1) != null) {
            return Optional.of(new Periods.Guess(Period.of(PartialDate.of(asOf)), "people '" + word.group()
                    + "': a stock on " + day));
        }
        if (event.isEmpty() || event.get().isAfter(asOf)) {
            return Optional.of(new Periods.Guess(new Period(Optional.empty(), Optional.of(PartialDate.of(asOf))),
                    NO_START + "('" + word.group() + "') up to " + day + NO_START_REASON));
        }
        return Optional.of(new Periods.Guess(Period.of(PartialDate.of(event.get()), PartialDate.of(asOf)),
                FROM_DISASTER + "('" + word.group() + "') from the disaster's day " + event.get() + " to " + day));
    }

    /**
     * Returns, for each claim (by its period's reason {@code whys}, its period and its indicator), the period of a toll
     * whose article gives no day it counts from, starting at the disaster's day most tolls of its indicator start at
     * (other articles on the same disaster name it), where that day is at most {@link #MAX_TOLL_DAYS} before its end;
     * else empty.
     */
    static List<Optional<Periods.Guess>> startsFromIndicator(List<String> whys, List<Period> periods,
                                                            List<Indicator> indicators) {
        Map<String, Map<PartialDate, Integer>> starts = new HashMap<>();
        for (int k = 0; k < whys.size(); k++) {
            if (whys.get(k).startsWith(FROM_DISASTER)) {
                starts.computeIfAbsent(indicators.get(k).id(), i -> new HashMap<>())
                        .merge(periods.get(k).start().orElseThrow(), 1, Integer::sum);
            }
        }
        List<Optional<Periods.Guess>> out = new ArrayList<>();
        for (int k = 0; k < whys.size(); k++) {
            Period p = periods.get(k);
            Map<PartialDate, Integer> usual = starts.get(indicators.get(k).id());
            Optional<PartialDate> start = usual == null || !whys.get(k).startsWith(NO_START) ? Optional.empty()
                    : usual.entrySet().stream().filter(e -> !e.getKey().firstDay().isAfter(p.lastDay())
                            && !e.getKey().firstDay().isBefore(p.lastDay().minusDays(MAX_TOLL_DAYS)))
                    .max(Map.Entry.<PartialDate, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.comparing(PartialDate::firstDay))))
                    .map(Map.Entry::getKey);
            String why = whys.get(k);
            out.add(start.map(s -> new Periods.Guess(new Period(Optional.of(s), p.end()), why
                    .replace(NO_START_REASON, "from " + s + ", the disaster's day most tolls of its indicator count"
                            + " from in other articles"))));
        }
        return out;
    }

    /**
     * Returns true where date {@code d} of {@code text}, in the sentence {@code sStart..sEnd}, is the day of a
     * disaster: a date of a day with words of a disaster near it ("floods in Libya on Monday, 11 September").
     */
    static boolean datesDisaster(String text, Mention d, int sStart, int sEnd) {
        boolean day = d.value().filter(Value.Date.class::isInstance)
                .map(v -> ((Value.Date) v).date().precision() == PartialDate.Precision.DAY).orElse(false)
                || d.yearless().map(y -> y.day() > 0).orElse(false);
        return day && DISASTER.matcher(text.substring(Math.max(sStart, d.start() - NEAR),
                Math.min(sEnd, d.end() + NEAR))).find();
    }

    /** Returns the toll word of {@code clause} nearest {@code m} that is no other figure's, or null. */
    private static MatchResult nearest(ArticleView v, String clause, Mention m) {
        int at = clause.indexOf(m.text());
        if (at < 0) {
            return null;
        }
        Matcher t = TOLL.matcher(clause);
        MatchResult best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (t.find()) {
            if (!Displaced.nearestFigure(v, m, m.start() - at + t.start(), m.start() - at + t.end())) {
                continue;
            }
            int d = t.end() <= at ? at - t.end() : Math.max(0, t.start() - at - m.text().length());
            if (d < bestDistance) {
                bestDistance = d;
                best = t.toMatchResult();
            }
        }
        return best;
    }

    /** Returns the day a count of sentence of {@code m} is of: a day it names other than the disaster's, else {@code pub}. */
    static LocalDate asOf(ArticleView v, Mention m, LocalDate pub, Optional<LocalDate> event) {
        int sentence = v.sentences.indexAt(m.start());
        LocalDate best = pub;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeWords.Expr e : days(v, sentence, pub)) {
            LocalDate d = e.period().firstDay();
            int distance = Math.abs(e.start() - m.start());
            if (!d.isAfter(pub) && !event.filter(d::equals).isPresent() && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Returns the earliest day the article names beside words of a disaster, up to {@code pub}, if any; not a day
     * that dates a statement ("announced on Sunday").
     */
    static Optional<LocalDate> disasterDay(ArticleView v, LocalDate pub) {
        LocalDate best = null;
        for (int s = 0; s < v.sentences.size(); s++) {
            int sStart = v.sentences.start(s);
            String sentence = v.text.substring(sStart, v.sentences.end(s));
            List<LocalDate> found = new ArrayList<>();
            for (TimeWords.Expr e : days(v, s, pub)) {
                String near = v.text.substring(Math.max(sStart, e.start() - NEAR),
                        Math.min(v.sentences.end(s), e.end() + NEAR));
                if (DISASTER.matcher(near).find() && !Periods.ofStatement(v.text, e) && !AS_OF.matcher(v.text
                        .substring(Math.max(sStart, e.start() - 20), e.start())).find()) {
                    found.add(e.period().firstDay());
                }
            }
            Matcher ago = AGO.matcher(sentence);
            while (ago.find()) {
                if (DISASTER.matcher(sentence).find()) {
                    found.add(TimeWords.plus(pub, -count(ago.group(1)), ago.group(2)));
                }
            }
            Matcher after = AFTER.matcher(sentence);
            while (after.find()) {
                String next = sentence.substring(after.end(), Math.min(sentence.length(), after.end() + NEAR));
                if (DISASTER.matcher(next).find()) {
                    found.add(TimeWords.plus(pub, -count(after.group(1)), after.group(2)));
                }
            }
            for (LocalDate d : found) {
                if (!d.isAfter(pub) && d.isAfter(pub.minusYears(3)) && (best == null || d.isBefore(best))) {
                    best = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns the expressions of single days up to {@code pub} of sentence {@code s}: its dates and weekdays. */
    private static List<TimeWords.Expr> days(ArticleView v, int s, LocalDate pub) {
        List<TimeWords.Expr> out = new ArrayList<>();
        Optional<PartialDate> published = Optional.of(PartialDate.of(pub));
        for (Mention d : v.mentions(s)) {
            if (d.kind() == Mention.Kind.DATE) {
                TimeWords.Expr e = TimeWords.ofDate(v.text, d, published);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        out.addAll(TimeWords.relative(v.text, v.sentences.start(s), v.sentences.end(s), pub));
        out.removeIf(e -> e.period().start().isEmpty() || e.period().end().isEmpty()
                || e.period().start().get().precision() != PartialDate.Precision.DAY
                || !e.period().firstDay().equals(e.period().lastDay()) || e.period().firstDay().isAfter(pub));
        return out;
    }

    private static int count(String word) {
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") ? 1 : TimeWords.count(word);
    }
}
