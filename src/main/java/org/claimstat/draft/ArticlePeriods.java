package org.claimstat.draft;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.extract.Mention;

/**
 * Gives each mention of an article its period: the one its own words say ({@link Periods}), else the period of the
 * figure it follows. A headline's figure that the body repeats covers what the body's does; a percentage of change
 * ("This is 12% higher than the 26,501 recorded this time last year") covers the period of the figure it compares,
 * the count before it that is not itself a base of comparison; a count whose sentence names no time ("The latest
 * data put the figure at 872") covers the period of the count of the same kind of unit before it, in its paragraph or
 * the one before.
 */
final class ArticlePeriods {
    private static final Pattern CHANGE = Pattern.compile("(?i)^.{0,40}?\\b(?:higher|lower|up|down|rise|rose|fall|"
            + "fell|drop|dropped|increase|increased|decrease|decreased|more|fewer|less|greater|jump|jumped|surge|"
            + "surged|decline|declined)\\b");
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:a|an|by|of)\\s*$");
    /** Words before a figure that make it a running total. */
    private static final Pattern TALLY = Pattern.compile("(?i)\\b(?:so far|to date|in total|in all|altogether|"
            + "cumulative\\w*|combined|currently|totall?ing|total (?:committed|pledged|raised|received|contributions?|"
            + "pledges?)|the total|a tally|received|(?:countries|nations|donors|governments|parties)\\s+(?:have\\s+)?"
            + "(?:pledged?|committed|promised|contributed))\\b");
    private static final Pattern AFTER_TALLY = Pattern.compile("(?i)^\\s*(?:so far|to date|in total|in all)\\b");
    /** Words before money asked for or aimed at, which covers no time: "an appeal for", "calling for a budget of". */
    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:appeal(?:s|ed)? for|call(?:s|ed|ing)? for|"
            + "ask(?:s|ed|ing)? for|goal|target)\\b");
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)\\bannounc\\w*");
    /** A figure in brackets after what a change is compared with: "up 15% on this time last year (26,699)". */
    private static final Pattern BASE_IN_BRACKETS = Pattern.compile("(?i)\\b(?:than|on|from|against|versus|"
            + "compared (?:with|to))\\b[^.;()\\d]{0,30}\\(\\s*$");
    private static final Pattern BASE = Pattern.compile("(?i)\\b(?:than|on|from|against|with|versus)(?: the| a)?"
            + "(?: record| previous| previously documented)?\\s*$");

    /** How many days before publication the news of a day still goes on into the figures after it. */
    private static final int RECENT_DAYS = 7;

    private ArticlePeriods() {
    }

    /** Returns the period of every mention of {@code v}, by identity. */
    static Map<Mention, Periods.Guess> of(ArticleView v) {
        Map<Mention, Periods.Guess> own = new IdentityHashMap<>();
        for (Mention m : v.extraction.mentions()) {
            own.put(m, m.kind() == Mention.Kind.DATE ? Periods.Guess.NONE : ownPeriod(v, m));
        }
        Map<Mention, Periods.Guess> out = new IdentityHashMap<>(own);
        List<Mention> counts = new ArrayList<>();
        for (Mention m : v.extraction.mentions()) {
            if (m.kind() == Mention.Kind.DATE) {
                continue;
            }
            int sentence = v.sentences.indexAt(m.start());
            if (v.sentences.isTitle(sentence) && !(own.get(m).found() && own.get(m).at() > m.start())) {
                Mention body = repeated(v, m);
                if (body != null && own.get(body).found()) {
                    out.put(m, new Periods.Guess(own.get(body).period(), "as the body's '" + body.text() + "': "
                            + own.get(body).why()));
                    continue;
                }
            }
            boolean change = m.kind() == Mention.Kind.PERCENT && isChange(v.text, m);
            if (change || !own.get(m).found() && !isRate(v, m)) {
                Mention before = compared(v, m, counts, change);
                if (before != null && out.get(before).found() && (change || goesOn(v, out.get(before).period()))) {
                    Periods.Guess inherited = out.get(before);
                    out.put(m, new Periods.Guess(inherited.period(), (change ? "a change in" : "follows")
                            + " '" + before.text() + "': " + inherited.why()));
                }
            }
            if (m.kind() != Mention.Kind.PERCENT && !isBase(v.text, m)) {
                counts.add(m);
            }
        }
        Optional<Events.Event> event = Events.main(v.text, v.article.source().published());
        Optional<Wars.War> war = Wars.of(v.text, v.article.source().published());
        for (Mention m : v.extraction.mentions()) {
            if (event.isPresent() && m.kind() == Mention.Kind.CURRENCY) {
                atEvent(v, m, own.get(m), event.get()).ifPresent(g -> out.put(m, g));
            }
            if (!out.get(m).found() && m.kind() != Mention.Kind.DATE) {
                out.put(m, undated(v, m));
            }
            if (war.isPresent()) {
                Wars.tally(v, m, out.get(m), war.get()).ifPresent(g -> out.put(m, g));
            } else if (event.isEmpty()) {
                DisasterCosts.period(v, m, out.get(m)).ifPresent(g -> out.put(m, g));
            }
            m.secondary().ifPresent(s -> out.put(s, out.get(m)));
        }
        return out;
    }

    /**
     * Returns the period of a figure nothing dates: the publication date, as a fact-checker dates a figure an article
     * states as current; none for a duration, a rate, money asked for and the population of a place, which no day
     * covers, or where the source has no date.
     */
    private static Periods.Guess undated(ArticleView v, Mention m) {
        Optional<PartialDate> published = v.article.source().published();
        if (published.isEmpty() || m.unit().kind() == org.claimstat.Unit.Kind.TIME || isRate(v, m)
                || ASKED.matcher(before(v, m)).find() || Kinds.isPopulation(m, clause(v, m))) {
            return Periods.Guess.NONE;
        }
        return new Periods.Guess(Period.of(published.get()), "no time of its own: the publication date");
    }

    /**
     * Returns true where period {@code p} of a figure goes on into the undated figures after it: a calendar year ("ranked
     * 159 in 2023 ... Turkey, Pakistan and Sri Lanka hold positions 158, 152 and 150"), or a day or a few days of the
     * week before publication ("872 crossed on Saturday. The latest data put the figure at 872"); not a month or an
     * older day, a stock's date ("at the end of 2015, ... 695,000. ... Colombia is hosting 1.3 million").
     */
    private static boolean goesOn(ArticleView v, Period p) {
        if (p.start().isPresent() && p.start().equals(p.end())
                && p.start().get().precision() == PartialDate.Precision.YEAR) {
            return true;
        }
        Optional<PartialDate> published = v.article.source().published();
        return p.isBounded() && !p.lastDay().isAfter(p.firstDay().plusDays(7)) && published.isPresent()
                && !p.lastDay().isBefore(published.get().firstDay().minusDays(RECENT_DAYS));
    }

    /**
     * Returns the period of money {@code m} at the article's event: a running total ("the total committed as of
     * Saturday", "so far", "currently") runs from the event's first day to the day its own words say, else to
     * publication; a pledge made there takes the event's dates, whichever of its days it was announced, unless its
     * own words give a time outside them ("last year"). Empty for other figures.
     */
    private static Optional<Periods.Guess> atEvent(ArticleView v, Mention m, Periods.Guess own, Events.Event event) {
        Period p = own.period();
        boolean inside = !own.found() || !p.lastDay().isBefore(event.first().minusDays(3))
                && !p.firstDay().isAfter(event.last().plusDays(3));
        Optional<PartialDate> published = v.article.source().published();
        if (!tally(v, m).isEmpty()) {
            if (own.found() && p.lastDay().isBefore(event.first())) {
                return Optional.empty();
            }
            Optional<PartialDate> end = own.found() && p.end().isPresent() ? p.end() : published;
            return end.map(e -> new Periods.Guess(new Period(event.period().start(), end), "a running total from the"
                    + " first day of " + event.label() + " to " + (own.found() ? own.why() : "the publication date")));
        }
        int sentence = v.sentences.indexAt(m.start());
        String words = v.text.substring(v.sentences.start(sentence), Math.max(v.sentences.end(sentence), m.end()));
        if (inside && m.per().isEmpty() && (Kinds.isPledge(words) || ANNOUNCED.matcher(words).find())) {
            return Optional.of(new Periods.Guess(event.period(), "a pledge at " + event.label() + ": its dates"));
        }
        return Optional.empty();
    }

    /**
     * Returns the words that make {@code m} a running total, empty where none: before it in its sentence and after the
     * number before it ("the total committed as of Saturday was", "combined", "currently", "countries pledge"), or
     * right after it ("so far").
     */
    static String tally(ArticleView v, Mention m) {
        Matcher before = TALLY.matcher(before(v, m));
        if (before.find()) {
            return before.group();
        }
        Matcher after = AFTER_TALLY.matcher(v.text.substring(m.end(), Math.min(v.text.length(), m.end() + 12)));
        return after.find() ? after.group().strip() : "";
    }

    /** Returns the words of {@code m}'s sentence between the number before it and it. */
    static String before(ArticleView v, Mention m) {
        int sentence = v.sentences.indexAt(m.start());
        int from = v.sentences.start(sentence);
        for (Mention o : v.mentions(sentence)) {
            if (o.end() <= m.start()) {
                from = Math.max(from, o.end());
            }
        }
        return v.text.substring(from, m.start());
    }

    /** Returns true where {@code m} is a rate or says what usually happens, which no other figure's time covers. */
    private static boolean isRate(ArticleView v, Mention m) {
        return m.per().isPresent() || Kinds.isHabitual(clause(v, m));
    }

    /** Returns the words of the clause of {@code m}. */
    private static String clause(ArticleView v, Mention m) {
        int sentence = v.sentences.indexAt(m.start());
        int[] clause = Clauses.around(v.text, m.start(), m.end(), v.sentences.start(sentence),
                Math.max(v.sentences.end(sentence), m.end()));
        return v.text.substring(clause[0], clause[1]);
    }

    /** Returns the count {@code m} takes its period from, or null. */
    private static Mention compared(ArticleView v, Mention m, List<Mention> counts, boolean change) {
        int paragraph = v.sentences.paragraphStart(m.start());
        int previousParagraph = paragraph < 2 ? 0 : v.sentences.paragraphStart(paragraph - 3);
        int sentence = v.sentences.indexAt(m.start());
        Mention sameSentence = null;
        Mention firstOfPrevious = null;
        for (Mention c : counts) {
            int cs = v.sentences.indexAt(c.start());
            if (cs == sentence && c.end() <= m.start()) {
                sameSentence = c;
            } else if (cs < sentence && c.start() >= previousParagraph
                    && (firstOfPrevious == null || v.sentences.indexAt(firstOfPrevious.start()) < cs)) {
                firstOfPrevious = c;
            }
        }
        if (change) {
            return sameSentence != null ? sameSentence : firstOfPrevious;
        }
        Mention last = counts.isEmpty() ? null : counts.get(counts.size() - 1);
        return last != null && last.start() >= previousParagraph && last.unit().kind() == m.unit().kind() ? last : null;
    }

    /** Returns a later mention of the body with the same value and unit as headline mention {@code m}, or null. */
    static Mention repeated(ArticleView v, Mention m) {
        if (!v.sentences.hasBody()) {
            return null;  // one line (a long report pasted whole): every mention is the title's; scanning is quadratic
        }
        for (Mention o : v.extraction.mentions()) {
            if (o.start() > m.end() && !v.sentences.isTitle(v.sentences.indexAt(o.start()))
                    && o.kind() == m.kind() && Objects.equals(o.value(), m.value()) && o.value().isPresent()) {
                return o;
            }
        }
        return null;
    }

    private static Periods.Guess ownPeriod(ArticleView v, Mention m) {
        int sentence = v.sentences.indexAt(m.start());
        int sStart = v.sentences.start(sentence);
        int sEnd = Math.max(v.sentences.end(sentence), m.end());
        int[] clause = Clauses.around(v.text, m.start(), m.end(), sStart, sEnd);
        return Periods.read(v.text, m, clause, sStart, sEnd, v.mentions(sentence), v.article.source().published());
    }

    private static boolean isBase(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        return BASE.matcher(before).find() || BASE_IN_BRACKETS.matcher(before).find();
    }

    /** Returns true where percentage {@code m} is a change ("12% higher", "a 36 per cent fall"), not a share. */
    static boolean isChange(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        return CHANGE.matcher(after).find() || CHANGE_BEFORE.matcher(before).find()
                && CHANGE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
    }
}
