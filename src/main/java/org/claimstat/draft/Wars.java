package org.claimstat.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.extract.Mention;

/**
 * Wars whose damage, losses and cost of rebuilding news counts from the first day without giving it: a table shipped
 * as {@code wars.csv} beside this class (a Java pattern of the place, one of the words of war that must stand in the
 * article too, the first day, a label). A fact-checker files "the damage stands at $155 billion as of January 2024"
 * as the damage from the war's first day to January 2024, and "Ukraine needs $750 billion to rebuild" at a
 * conference as the needs from the first day to that day.
 */
final class Wars {
    /**
     * One war.
     *
     * @param label a readable name
     * @param start its first day
     */
    record War(String label, LocalDate start) {
    }

    private record Named(Pattern place, Pattern words, War war) {
    }

    /** Words of what a war destroys and what rebuilding it costs. */
    private static final Pattern DAMAGE = Pattern.compile("(?i)\\b(?:damage[sd]?|destroy(?:ed)?|destruction|"
            + "loss(?:es)?|reconstruct\\w*|recovery|rebuild\\w*|restor\\w*|poverty)\\b");
    /** Words of what a war destroyed, for counts and shares (the cost of rebuilding is money). */
    private static final Pattern DESTROYED = Pattern.compile("(?i)\\b(?:damage[sd]?|destroy(?:ed)?|destruction|"
            + "loss(?:es)?|poverty)\\b");
    /** Words of a change over a window ("increased by", "compared to") or of money given, which are no tally. */
    private static final Pattern NOT_A_TALLY = Pattern.compile("(?i)\\b(?:compared|up from|aid|in support|loans?|"
            + "grants?|funding|immediate|annual|per year|a year|this year|next year)\\b");
    /** "increased by another US$6 billion": a change, not the tally. */
    private static final Pattern BY = Pattern.compile("(?i)\\bby(?: another| a further| an additional)?\\s*$");
    /** Words that make any figure a tally since the war began: "since Russia invaded", "has already allocated". */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince (?:the (?:start|beginning|outbreak) of )?"
            + "(?:the |its |Russia['’]s )?(?:full-scale )?(?:war|invasion|conflict)\\b|\\bsince (?:Russia|Moscow) "
            + "(?:invaded|launched)\\b|\\balready (?:allocated|provided|given|spent|disbursed|sent|delivered|received)\\b");
    /** Words before a date that make it the end of a running tally ("as of January 2024"). */
    private static final Pattern AS_OF = Pattern.compile("(?i)\\b(?:as of|as at|by|until|till|through|up to)\\s*$");

    private static final List<Named> TABLE = load();

    private Wars() {
    }

    /** Returns the war {@code text} is about that began by {@code published}: the latest such one it names. */
    static Optional<War> of(String text, Optional<PartialDate> published) {
        War best = null;
        for (Named n : TABLE) {
            boolean begun = published.map(p -> !n.war().start().isAfter(p.lastDay())).orElse(false);
            if (begun && n.place().matcher(text).find() && n.words().matcher(text).find()
                    && (best == null || n.war().start().isAfter(best.start()))) {
                best = n.war();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the period of figure {@code m} of the article {@code v} about {@code war} as a tally from the war's first
     * day, where its clause counts what the war destroyed or what rebuilding costs, or says the figure runs since the
     * war began ("since Russia invaded", "has already allocated"), and its period {@code g} is a day, a month or the
     * like with no start of its own ("as of April 11", the publication date); a span its words start in the war's
     * month ("killed in Sudan since April") starts on the war's first day; empty otherwise.
     */
    static Optional<Periods.Guess> tally(ArticleView v, Mention m, Periods.Guess g, War war) {
        if (m.kind() == Mention.Kind.DATE || m.per().isPresent() || !g.found() || g.period().end().isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> from = g.period().start().filter(s -> s.precision() == PartialDate.Precision.MONTH
                && !s.firstDay().isAfter(war.start()) && !s.lastDay().isBefore(war.start()));
        if (from.isPresent() && g.at() >= 0 && g.period().lastDay().isAfter(from.get().lastDay())) {
            return Optional.of(new Periods.Guess(new Period(Optional.of(PartialDate.of(war.start())), g.period().end()),
                    "from the first day of " + war.label() + ", " + war.start() + ", the day of the month its words"
                            + " give; " + g.why(), g.at()));
        }
        int sentence = v.sentences.indexAt(m.start());
        int[] clause = Clauses.around(v.text, m.start(), m.end(), v.sentences.start(sentence),
                Math.max(v.sentences.end(sentence), m.end()));
        boolean bare = clause[1] - clause[0] - (m.end() - m.start()) < 20;  // "$155 billion — the total damage"
        String words = bare ? v.text.substring(v.sentences.start(sentence), v.sentences.end(sentence))
                : v.text.substring(clause[0], clause[1]);
        Period p = g.period();
        boolean point = p.start().isEmpty() || p.start().equals(p.end()) && (p.start().get().precision()
                != PartialDate.Precision.YEAR || g.at() >= 0 && AS_OF.matcher(v.text.substring(Math.max(0,
                g.at() - 12), g.at())).find());
        String before = v.text.substring(Math.max(clause[0], m.start() - 20), m.start());
        boolean damage = (m.kind() == Mention.Kind.CURRENCY ? DAMAGE : DESTROYED).matcher(words).find()
                && !NOT_A_TALLY.matcher(words).find() && !Kinds.isPledge(words);
        if (!point || !(damage || SINCE.matcher(ArticlePeriods.before(v, m)).find()) || BY.matcher(before).find()
                || m.kind() == Mention.Kind.PERCENT && ArticlePeriods.isChange(v.text, m)
                || p.lastDay().isBefore(war.start())) {
            return Optional.empty();
        }
        return Optional.of(new Periods.Guess(new Period(Optional.of(PartialDate.of(war.start())), p.end()),
                "what " + war.label() + " destroyed or costs, a tally from its first day, " + war.start()
                        + "; its end " + (g.why().isEmpty() ? "as written" : g.why()), g.at()));
    }

    private static List<Named> load() {
        return Events.table("wars.csv", r -> new Named(Pattern.compile("\\b(?:" + r.getField("place") + ")\\b"),
                Pattern.compile("(?i)\\b(?:" + r.getField("words") + ")\\b"),
                new War(r.getField("label"), LocalDate.parse(r.getField("start")))));
    }
}
