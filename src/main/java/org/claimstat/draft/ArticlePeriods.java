package org.claimstat.draft;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final Pattern BASE = Pattern.compile("(?i)\\b(?:than|on|from|against|with|versus)(?: the| a)?"
            + "(?: record| previous| previously documented)?\\s*$");

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
            if (v.sentences.isTitle(sentence)) {
                Mention body = repeated(v, m);
                if (body != null && own.get(body).found()) {
                    out.put(m, new Periods.Guess(own.get(body).period(), "as the body's '" + body.text() + "': "
                            + own.get(body).why()));
                    continue;
                }
            }
            boolean change = m.kind() == Mention.Kind.PERCENT && isChange(v.text, m);
            if (change || !own.get(m).found()) {
                Mention before = compared(v, m, counts, change);
                if (before != null && out.get(before).found()) {
                    Periods.Guess inherited = out.get(before);
                    out.put(m, new Periods.Guess(inherited.period(), (change ? "a change in" : "follows")
                            + " '" + before.text() + "': " + inherited.why()));
                }
            }
            if (m.kind() != Mention.Kind.PERCENT && !isBase(v.text, m)) {
                counts.add(m);
            }
        }
        return out;
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
    private static Mention repeated(ArticleView v, Mention m) {
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
        List<Mention> dates = v.mentions(sentence).stream().filter(o -> o.kind() == Mention.Kind.DATE).toList();
        return Periods.read(v.text, m, clause, sStart, sEnd, dates, v.article.source().published());
    }

    private static boolean isBase(String text, Mention m) {
        return BASE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
    }

    /** Returns true where percentage {@code m} is a change ("12% higher", "a 36 per cent fall"), not a share. */
    static boolean isChange(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        return CHANGE.matcher(after).find() || CHANGE_BEFORE.matcher(before).find()
                && CHANGE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
    }
}
