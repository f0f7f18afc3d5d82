package org.claimstat.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Value;
import org.claimstat.extract.Mention;

/**
 * Reads the period a number covers from the time words nearest it, in its clause first, then its sentence:
 * "since 21 September" runs from then to publication, "in the two weeks since" for two weeks, "so far this year" from
 * 1 January to publication, "last year" is the year before, "by the end of April" ends then, "as of 1 January" is
 * that day, "on Tuesday" the Tuesday before publication, and the current year ("the 2024 total") runs to publication.
 */
final class Periods {
    /**
     * The period and why.
     *
     * @param period the period, {@link Period#UNSPECIFIED} where nothing says
     * @param why the reason, for the review notes; empty where nothing says
     * @param at index in the text of the time words it was read from, -1 where it was not read from words
     */
    record Guess(Period period, String why, int at) {
        static final Guess NONE = new Guess(Period.UNSPECIFIED, "");

        Guess(Period period, String why) {
            this(period, why, -1);
        }

        boolean found() {
            return !period.equals(Period.UNSPECIFIED);
        }
    }

    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|announced|announces|told|tells|"
            + "reported|reports|stated|states|confirmed|revealed|added|wrote|tweeted|posted)(?:\\s+(?:reporters|"
            + "journalists|parliament|lawmakers|MPs|the \\w+))?(?:\\s+in an? (?:statement|report|post|tweet|briefing|"
            + "interview|speech))?\\s*$");

    /** "in June of this year": the month says the time; "this year" only its year, which the month has. */
    private static final Pattern OF_THIS_YEAR = Pattern.compile("(?i)this year");
    private static final Pattern MONTH_OF = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.? of\\s*$");
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\b[^,.;]*$");

    private Periods() {
    }

    /**
     * Returns the period of the number {@code m} from the time words of its clause {@code clause} and sentence
     * {@code sStart..sEnd}, whose mentions are {@code inSentence}, and the publication date. Time words that follow
     * another figure in that figure's clause are its own ("announced 50 billion euros in support through 2027, while
     * Britain pledged 240 million pounds": 2027 is not the pounds').
     */
    static Guess read(String text, Mention m, int[] clause, int sStart, int sEnd, List<Mention> inSentence,
                      Optional<PartialDate> published) {
        List<TimeWords.Expr> all = new ArrayList<>();
        for (Mention d : inSentence) {
            if (d != m && d.kind() == Mention.Kind.DATE) {
                TimeWords.Expr e = TimeWords.ofDate(text, d, published);
                if (e != null) {
                    all.add(e);
                }
            }
        }
        published.filter(p -> p.precision() == PartialDate.Precision.DAY).map(PartialDate::firstDay)
                .ifPresent(pub -> all.addAll(TimeWords.relative(text, sStart, sEnd, pub)));
        all.removeIf(e -> all.stream().anyMatch(o -> o != e && o.contains(e))
                || OF_THIS_YEAR.matcher(e.words()).matches() && MONTH_OF.matcher(text.substring(Math.max(0,
                e.start() - 14), e.start())).find());
        List<TimeWords.Expr> said = all.stream().filter(e -> ofStatement(text, e)).toList();
        all.removeAll(said);
        Guess g = nearest(text, all.stream().filter(e -> e.start() >= clause[0] && e.end() <= clause[1]).toList(), m,
                published);
        g = g.found() ? g : nearest(text, all.stream().filter(e -> !ofAnother(text, e, m, sStart, sEnd, inSentence))
                .toList(), m, published);
        return g.found() ? g : statementDay(said, m, published);
    }

    /** Returns true where {@code e} stands in another clause than {@code m}'s, after a figure of that clause. */
    private static boolean ofAnother(String text, TimeWords.Expr e, Mention m, int sStart, int sEnd,
                                     List<Mention> inSentence) {
        int[] clause = Clauses.around(text, e.start(), e.end(), sStart, sEnd);
        return !(clause[0] <= m.start() && m.end() <= clause[1]) && inSentence.stream().anyMatch(o -> o != m
                && o.kind() != Mention.Kind.DATE && o.start() >= clause[0] && o.end() <= e.start());
    }

    /**
     * Returns the day of the statement that gives {@code m} ("the United Nations said Tuesday that ..."), nearest it
     * of {@code said}, where nothing else in its sentence dates it: a figure stated that day is the figure of that
     * day. None where the statement is dated by more than a day ("announced this month").
     */
    private static Guess statementDay(List<TimeWords.Expr> said, Mention m, Optional<PartialDate> published) {
        return said.stream().filter(e -> e.period().isBounded() && e.period().firstDay().equals(e.period().lastDay())
                        && published.map(p -> !e.period().firstDay().isAfter(p.lastDay())).orElse(true))
                .min(Comparator.comparingInt(e -> distance(e, m)))
                .map(e -> new Guess(e.period(), "no time of its own: the day of the statement, '"
                        + e.words() + "'")).orElse(Guess.NONE);
    }

    /**
     * Returns true where {@code e} dates a statement ("said on Thursday", "announced this month", "told reporters on
     * Friday", "said in a statement on Monday"), not what the number covers.
     */
    static boolean ofStatement(String text, TimeWords.Expr e) {
        return SPEECH.matcher(text.substring(Math.max(0, e.start() - 50), e.start())).find();
    }

    private static Guess nearest(String text, List<TimeWords.Expr> exprs, Mention m,
                                 Optional<PartialDate> published) {
        TimeWords.Expr best = exprs.stream().min(Comparator.comparingInt(e -> distance(e, m))).orElse(null);
        if (best == null) {
            return Guess.NONE;
        }
        if (best.open() == TimeWords.Open.END) {
            // "since D": to a date after it in the sentence, else to publication
            Optional<TimeWords.Expr> to = exprs.stream().filter(e -> e.start() > best.end()
                    && e.open() != TimeWords.Open.END && e.period().end().isPresent()).findFirst();
            PartialDate from = best.period().start().get();
            if (to.isPresent() && !to.get().period().lastDay().isBefore(from.firstDay())) {
                return new Guess(new Period(best.period().start(), to.get().period().end()),
                        "from '" + best.words() + "' to '" + to.get().words() + "'", best.start());
            }
            Optional<PartialDate> pub = published.filter(p -> !p.lastDay().isBefore(from.firstDay()));
            return new Guess(new Period(best.period().start(), pub), "from '" + best.words() + "'"
                    + (pub.isPresent() ? " to the publication date" : ""), best.start());
        }
        if (best.period().start().isEmpty() && best.period().end().isPresent()) {
            // "from the start of the war on Feb. 24 through June 1": the day after "from" opens it
            Optional<TimeWords.Expr> from = exprs.stream().filter(e -> e.end() <= best.start()
                    && e.period().start().isPresent() && text.substring(e.end(), best.start()).isBlank()
                    && FROM.matcher(text.substring(Math.max(0, e.start() - 60), e.start())).find()).findFirst();
            if (from.isPresent() && !from.get().period().firstDay().isAfter(best.period().lastDay())) {
                return new Guess(new Period(from.get().period().start(), best.period().end()), "from '"
                        + from.get().words() + "' " + best.words(), from.get().start());
            }
        }
        return new Guess(best.period(), best.why(), best.start());
    }

    private static int distance(TimeWords.Expr e, Mention m) {
        return e.penalty() + (e.end() <= m.start() ? m.start() - e.end() : e.start() >= m.end() ? e.start() - m.end() : 0);
    }

    /** Returns the date of a date mention; one without a year is put in the publication's year, or the year before. */
    static PartialDate resolve(Mention d, Optional<PartialDate> published) {
        if (d.quantity().isPresent()) {
            Optional<Value> v = d.value().or(d::lower);
            return v.filter(Value.Date.class::isInstance).map(x -> ((Value.Date) x).date()).orElse(null);
        }
        if (published.isEmpty()) {
            return null;
        }
        PartialDate p = published.get();
        PartialDate in = d.yearless().get().inYear(p.year());
        boolean future = d.hedge() == Hedge.AT_MOST || d.hedge() == Hedge.LESS_THAN;
        LocalDate latest = p.lastDay().plusDays(7);
        return in.firstDay().isAfter(latest) && !future ? d.yearless().get().inYear(p.year() - 1) : in;
    }
}
