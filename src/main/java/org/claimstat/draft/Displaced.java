package org.claimstat.draft;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.extract.Mention;

/**
 * Reads the period of a count of people displaced, refugees or emigrants of a lasting crisis, as a fact-checker files
 * it: a population on the day the count is of, as the agencies that count them report it ("more than a million
 * displaced persons and refugees" since April 15, "Since the war began in Sudan in April 2023, more than 844,000
 * Sudanese refugees have crossed into Chad", "11.5 million people are internally displaced"). A verb of leaving with a
 * window of its own stays a flow over it, as issue 17 reads "Since Sept. 21, about 200,000 Russians have left"; without
 * one it is a stock too ("more than three million people have been forcibly displaced ... said on Saturday"). People
 * displaced by a natural disaster are counted from its day ({@link Tolls}); arrivals and returns over a window are
 * flows ("115,000 arriving since the start of 2024"), as are asylum seekers, counted as they arrive or apply.
 */
final class Displaced {
    /** Words of people displaced or abroad, nearest the number in its clause; group 1 a verb of leaving. */
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(?:(?:internally )?displaced|refugees?|(fled|"
            + "flee(?:ing)?|ha(?:ve|s) left|emigrated)|emigrants?|diaspora|living abroad|uprooted)\\b");
    /** Words of a flow over a window: arrivals and returns. */
    private static final Pattern FLOW = Pattern.compile("(?i)\\b(?:arriv\\w*|returned|returning|newly|influx)\\b");
    /** How many chars from a figure a word stands at most to be that figure's own ("16,000 deaths"). */
    private static final int ATTACHED = 3;
    /** How far from the number a word of displacement may stand. */
    private static final int NEAR = 60;

    private Displaced() {
    }

    /**
     * Returns the period of count {@code m} with clause {@code clause} as a stock of people displaced, given its period
     * {@code own} so far; empty where it is no such count, counts arrivals or returns, or the article names a natural
     * disaster and no war (people displaced by it are counted from its day).
     */
    static Optional<Periods.Guess> stock(ArticleView v, Mention m, String clause, Periods.Guess own) {
        Optional<PartialDate> published = v.article.source().published()
                .filter(p -> p.precision() == PartialDate.Precision.DAY);
        int at = clause.indexOf(m.text());
        if (m.kind() != Mention.Kind.QUANTITY || published.isEmpty() || at < 0 || flow(v, m, clause, at)) {
            return Optional.empty();
        }
        Matcher word = near(v, m, clause, at);
        LocalDate pub = published.get().firstDay();
        boolean span = own.found() && own.at() >= 0 && !own.period().firstDay().equals(own.period().lastDay());
        if (word == null || word.group(1) != null && span
                || Wars.of(v.text, published).isEmpty() && DisasterCosts.NATURAL.matcher(v.text).find()) {
            return Optional.empty();
        }
        LocalDate asOf = Tolls.asOf(v, m, pub, Optional.empty());
        Optional<PartialDate> end = own.found() && own.at() >= 0 ? own.period().end() : Optional.empty();
        if (end.isPresent() && !end.get().lastDay().equals(pub)) {
            return Optional.of(new Periods.Guess(Period.of(end.get()), "people '" + word.group() + "': a stock on the"
                    + " end of what its words give, " + end.get(), own.at()));
        }
        Period stock = Period.of(PartialDate.of(asOf));
        return stock.equals(own.period()) ? Optional.of(own) : Optional.of(new Periods.Guess(stock, "people '"
                + word.group() + "': a stock on " + (asOf.equals(pub) ? "the publication date" : "the day its sentence"
                + " names, " + asOf)));
    }

    /** Returns the word of displacement of {@code clause} near {@code m} (at {@code at} in it) and no other figure's. */
    private static Matcher near(ArticleView v, Mention m, String clause, int at) {
        Matcher w = WORDS.matcher(clause);
        int to = at + m.text().length();
        while (w.find()) {
            boolean close = w.end() <= at ? at - w.end() <= NEAR : w.start() >= to && w.start() - to <= NEAR;
            if (close && nearestFigure(v, m, m.start() - at + w.start(), m.start() - at + w.end())) {
                return w;
            }
        }
        return null;
    }

    /** Returns true where a word of a flow stands in {@code clause} and is no other figure's ({@link #nearestFigure}). */
    private static boolean flow(ArticleView v, Mention m, String clause, int at) {
        Matcher f = FLOW.matcher(clause);
        while (f.find()) {
            if (nearestFigure(v, m, m.start() - at + f.start(), m.start() - at + f.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true where the words at {@code from..to} of the text are not another figure's of {@code m}'s sentence: no
     * other figure nearer than {@code m} stands right beside them ("over 16,000 deaths and left more than 25 million
     * people in need": the deaths are the 16,000's).
     */
    static boolean nearestFigure(ArticleView v, Mention m, int from, int to) {
        int d = gap(m, from, to);
        for (Mention o : v.mentions(v.sentences.indexAt(m.start()))) {
            if (o != m && o.kind() != Mention.Kind.DATE && gap(o, from, to) < Math.min(d, ATTACHED)) {
                return false;
            }
        }
        return true;
    }

    private static int gap(Mention m, int from, int to) {
        return to <= m.start() ? m.start() - to : Math.max(0, from - m.end());
    }
}
