package org.claimstat.draft;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.ClaimKind;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * Reads the fields of one mention's claim from its article: the quote (its sentence), the unit where the counted
 * noun stands away from the number, the entity, the period, the claimant, the kind and the indicator key, each
 * guess with why in {@link ClaimFields#notes()}.
 */
final class Fields {
    /** A relative clause (", which ..."), which says no more of a number's kind; kept where the number stands in it. */
    private static final Pattern RELATIVE = Pattern.compile("(?s),\\s*(?:which|who|where)\\b");

    private Fields() {
    }

    /** Returns the guessed fields of the claim {@code m} of {@code x} (an extraction of {@code article}'s text) makes. */
    static ClaimFields read(Article article, Extraction x, Mention m) {
        ArticleView v = ArticleView.of(article, x);
        String text = v.text;
        int sentence = v.sentences.indexAt(m.start());
        int sStart = v.sentences.start(sentence);
        int sEnd = Math.max(v.sentences.end(sentence), m.end());
        int[] quote = v.sentences.quote(m.start(), m.end());
        List<Mention> inSentence = v.mentions(sentence);
        Map<String, String> notes = new LinkedHashMap<>();

        Respectively.Item listed = Respectively.of(text, sStart, sEnd, inSentence, m);
        CountedNouns.Guess unit = Rankings.unit(v, m).orElseGet(() -> CountedNouns.read(text,
                text.substring(sStart, sEnd), m, inSentence, listed, v.usualUnit));
        note(notes, "unit", unit.why());

        Entities.Guess entity = Entities.read(text, m.start(), m.end(), sStart, sEnd,
                v.sentences.paragraphStart(m.start()), v.mainCountry, listed, m.kind() == Mention.Kind.CURRENCY);
        note(notes, "entity", entity.why());

        Periods.Guess period = v.period(m);
        note(notes, "period", period.why());

        int[] clause = Clauses.around(text, m.start(), m.end(), sStart, sEnd);
        String clauseText = text.substring(clause[0], clause[1]);
        Period p = period.period();
        LocalDate published = article.source().published().map(PartialDate::lastDay).orElse(LocalDate.MAX);
        boolean future = p.start().isPresent() ? p.firstDay().isAfter(published)
                : p.end().isPresent() && p.lastDay().isAfter(published) && !p.equals(Period.UNSPECIFIED);
        boolean brief = period.at() >= 0 && p.isBounded() && !p.lastDay().isAfter(p.firstDay().plusDays(7));
        Matcher relative = RELATIVE.matcher(clauseText);
        boolean found = relative.find();
        boolean inRelative = found && relative.start() < m.start() - clause[0]
                && clauseText.substring(relative.start() + 1, m.start() - clause[0]).indexOf(',') < 0;
        String kindText = !found || inRelative ? clauseText : clauseText.substring(0, relative.start());
        Kinds.Facts facts = new Kinds.Facts(future, v.claimants().isAverage(m), false, brief,
                ArticlePeriods.tally(v, m));
        Kinds.Guess kind = Kinds.read(m, kindText, facts);
        Claimants.Guess claimant = v.claimants().of(sentence, m, kind.kind() == ClaimKind.EVENT);
        if (kind.kind() == ClaimKind.OBSERVATION && !ArticleClaimants.isOrganisation(claimant.claimant())
                && !ArticleClaimants.isDescribedAsBody(claimant.why())
                && !claimant.why().contains("the outlet") && !claimant.why().contains("the wire")) {
            kind = Kinds.read(m, kindText, facts.asPerson());
        }
        if (kind.kind() != ClaimKind.EVENT && kind.kind() != ClaimKind.FORECAST) {
            Optional<Periods.Guess> toll = Tolls.period(v, m, clauseText, period);
            if (toll.isPresent()) {
                period = toll.get();
                notes.put("period", period.why());
            }
        }
        note(notes, "kind", kind.why());
        note(notes, "claimant", claimant.why());

        IndicatorKeys.Key key = IndicatorKeys.of(text.substring(sStart, sEnd), m.start() - sStart, clauseText,
                m.start() - clause[0], m, unit.unit(), period.period(), facts.average(),
                m.kind() == Mention.Kind.PERCENT && ArticlePeriods.isChange(text, m),
                inSentence.stream().filter(o -> o.kind() == Mention.Kind.DATE && o.start() < clause[1]).toList());
        note(notes, "indicator", key.why());
        return new ClaimFields(m, entity.code(), period.period(), claimant.claimant(), kind.kind(),
                text.substring(quote[0], quote[1]), quote[0], quote[1], unit.unit(), key.key(), key.label(), notes);
    }

    private static void note(Map<String, String> notes, String field, String why) {
        if (!why.isEmpty()) {
            notes.put(field, why);
        }
    }
}
