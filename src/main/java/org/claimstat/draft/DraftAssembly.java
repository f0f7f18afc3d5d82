package org.claimstat.draft;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.Indicator;
import org.claimstat.PartialDate;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.Value;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.DatasetInfo;
import org.claimstat.extract.ClaimExtractor;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * Puts drafted claims together: extracts each article, reads each mention's fields ({@link Fields}), groups them
 * under indicators across all articles ({@link IndicatorGroups}), and writes the reasons of every guess into the
 * claim's {@code draft_notes} column and the review notes.
 */
final class DraftAssembly {
    /** The extra claim columns a draft adds: the mention's span in its article text and why fields were guessed. */
    static final String DOC_START = "doc_start";
    static final String DOC_END = "doc_end";
    static final String DRAFT_NOTES = "draft_notes";
    private static final List<String> NOTE_ORDER = List.of("value", "unit", "entity", "period", "claimant", "kind",
            "quote", "indicator");
    /** A yearless date later than this after publication is taken to be of the year before. */
    private static final long DAYS_AHEAD = 62;

    private final Optional<Integer> year;
    private final List<Indicator> given;
    private final ClaimExtractor extractor;

    DraftAssembly(Optional<Integer> year, List<Indicator> given) {
        this.year = year;
        this.given = given;
        ClaimExtractor.Builder b = ClaimExtractor.builder();
        year.ifPresent(b::year);
        this.extractor = b.build();
    }

    /** One mention to become a claim, with its article and guessed fields. */
    private record Pending(Article article, String number, ClaimFields fields, Map<String, String> notes) {
        /** Returns this claim over {@code period} instead, for the reason {@code why}. */
        Pending withPeriod(Period period, String why) {
            ClaimFields f = fields;
            Map<String, String> n = new LinkedHashMap<>(notes);
            n.put("period", why);
            return new Pending(article, number, new ClaimFields(f.mention(), f.entity(), period, f.claimant(), f.kind(),
                    f.quote(), f.quoteStart(), f.quoteEnd(), f.unit(), f.indicatorKey(), f.indicatorLabel(),
                    f.notes()), n);
        }

        /** Returns this claim measuring what {@code other} measures, about its place, because it points back at it. */
        Pending like(Pending other, Anaphora.Back back) {
            ClaimFields f = fields;
            ClaimFields o = other.fields;
            Map<String, String> n = new LinkedHashMap<>(notes);
            String at = "'" + o.mention().text() + "'";
            n.put("entity", "points back at " + at + ": " + other.notes.getOrDefault("entity", "its place"));
            boolean all = back == Anaphora.Back.ALL;
            if (all) {
                n.put("indicator", "restates " + at);
            }
            return new Pending(article, number, new ClaimFields(f.mention(), o.entity(), f.period(), f.claimant(),
                    f.kind(), f.quote(), f.quoteStart(), f.quoteEnd(), all ? o.unit() : f.unit(),
                    all ? o.indicatorKey() : f.indicatorKey(), all ? o.indicatorLabel() : f.indicatorLabel(),
                    f.notes()), n);
        }

        /** Returns this claim about {@code code} instead, for the reason {@code why}. */
        Pending withEntity(String code, String why) {
            ClaimFields f = fields;
            Map<String, String> n = new LinkedHashMap<>(notes);
            n.put("entity", why);
            return new Pending(article, number, new ClaimFields(f.mention(), code, f.period(), f.claimant(), f.kind(),
                    f.quote(), f.quoteStart(), f.quoteEnd(), f.unit(), f.indicatorKey(), f.indicatorLabel(),
                    f.notes()), n);
        }
    }

    DraftResult draft(List<Article> articles, List<ReviewNote> problems) {
        List<ReviewNote> notes = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<Mention> leftOut = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Set<String> sourceIds = new HashSet<>();
        for (Article article : articles) {
            if (!sourceIds.add(article.source().id())) {
                problems.add(new ReviewNote(article.doc(), "", "source", "source id '" + article.source().id()
                        + "' is already the source of another input; this file was not drafted"));
                continue;
            }
            sources.add(article.source());
            for (String note : article.notes()) {
                int colon = note.indexOf(": ");
                notes.add(colon > 0 ? new ReviewNote(article.doc(), "", note.substring(0, colon),
                        note.substring(colon + 2)) : new ReviewNote(article.doc(), "", "source", note));
            }
            Extraction x = extractor.extract(ArticleReader.docName(article.doc()), article.text());
            extractions.add(x);
            List<Pending> ofArticle = new ArrayList<>();
            List<Mention> mentions = x.mentions();
            for (int k = 0; k < mentions.size(); k++) {
                Optional<Pending> p = mention(article, x, k, notes);
                if (p.isPresent()) {
                    for (Pending one : each(p.get(), x)) {
                        ofArticle.add(one);
                        secondary(one, x).map(s -> s.withEntity(one.fields().entity(), one.notes().get("entity")))
                                .ifPresent(ofArticle::add);
                    }
                } else {
                    leftOut.add(mentions.get(k));
                }
            }
            pointBack(ofArticle, x);
            for (Pending p : ofArticle) {
                Optional<Pending> dated = periodOf(p, ofArticle);
                if (dated.isPresent()) {
                    leftOut.add(p.fields().mention());
                    notes.add(new ReviewNote(article.doc(), "", "left out", "'" + p.fields().mention().text()
                            + "' at " + p.fields().mention().start() + ": the period of '"
                            + dated.get().fields().mention().text() + "' in its sentence, not a claim of its own"));
                } else {
                    pending.add(p);
                }
            }
        }
        List<Indicator> assigned = IndicatorGroups.assign(pending.stream().map(Pending::fields).toList(), given);
        datedFromOthers(pending, assigned);
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        given.forEach(i -> indicators.putIfAbsent(i.id(), i));
        assigned.forEach(i -> indicators.putIfAbsent(i.id(), i));
        List<Claim> claims = new ArrayList<>();
        Set<String> claimIds = new HashSet<>();
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.get(k);
            String id = p.article().source().id() + "-" + p.number();
            for (int n = 2; !claimIds.add(id); n++) {
                id = p.article().source().id() + "-" + p.number() + "-" + n;
            }
            claims.add(claim(id, p, indicators.get(assigned.get(k).id())));
            for (Map.Entry<String, String> note : p.notes().entrySet()) {
                notes.add(new ReviewNote(p.article().doc(), id, note.getKey(), note.getValue()));
            }
        }
        DatasetInfo info = new DatasetInfo("draft", "Draft claims from " + articles.size()
                + (articles.size() == 1 ? " article" : " articles"), "Claims drafted by claimstat from the articles"
                + " listed in sources.csv, for a person to review: draft_notes says which fields were guessed and"
                + " how; doc_start and doc_end give each number's place in the article text.", List.of());
        ClaimDataset dataset = ClaimDataset.of(info, sources, List.copyOf(indicators.values()), claims, List.of(),
                List.of());
        return new DraftResult(dataset, notes, problems, extractions, leftOut);
    }

    /**
     * Gives the claims whose article leaves a day out the day the batch's other articles give: a toll's first day
     * ({@link Tolls#startsFromIndicator}), a disaster's cost's day ({@link DisasterCosts#daysFromBatch}).
     */
    private static void datedFromOthers(List<Pending> pending, List<Indicator> assigned) {
        List<String> whys = pending.stream().map(p -> p.notes().getOrDefault("period", "")).toList();
        List<Period> periods = pending.stream().map(p -> p.fields().period()).toList();
        List<Optional<Periods.Guess>> starts = Tolls.startsFromIndicator(whys, periods, assigned);
        List<Optional<Periods.Guess>> days = DisasterCosts.daysFromBatch(whys, periods);
        for (int k = 0; k < pending.size(); k++) {
            Optional<Periods.Guess> g = starts.get(k).isPresent() ? starts.get(k) : days.get(k);
            if (g.isPresent()) {
                pending.set(k, pending.get(k).withPeriod(g.get().period(), g.get().why()));
            }
        }
    }

    /** Returns the pending claim of mention {@code k}, or empty with a note where it is left out. */
    private Optional<Pending> mention(Article article, Extraction x, int k, List<ReviewNote> notes) {
        Mention m = x.mentions().get(k);
        Map<String, String> why = new LinkedHashMap<>();
        if (m.boilerplate()) {
            notes.add(new ReviewNote(article.doc(), "", "left out", "'" + m.text() + "' at " + m.start()
                    + ": in boilerplate (advertising, navigation, a bio or another language)"));
            return Optional.empty();
        }
        ArticleView view = ArticleView.of(article, x);
        Mention mention = m;
        Optional<String> notClaim = Rankings.isPlace(view, m, 0) ? Optional.empty()
                : NotClaims.why(article.text(), m).or(() -> Rankings.notClaim(view, mention));
        if (notClaim.isPresent()) {
            notes.add(new ReviewNote(article.doc(), "", "left out", "'" + m.text() + "' at " + m.start() + ": "
                    + notClaim.get()));
            return Optional.empty();
        }
        if (m.quantity().isEmpty()) {
            Optional<PartialDate> published = article.source().published();
            if (m.yearless().isEmpty() || published.isEmpty()) {
                notes.add(new ReviewNote(article.doc(), "", "left out", "'" + m.text() + "' at " + m.start()
                        + ": a date without a year, and no publication date to take one from"));
                return Optional.empty();
            }
            PartialDate date = inYearOf(m.yearless().get(), published.get());
            why.put("value", "year " + date.year() + " from the publication date " + published.get());
            m = new Mention(m.doc(), m.start(), m.end(), m.text(), m.number(), m.kind(), m.hedge(), m.unit(),
                    Optional.of(Quantity.date(date, m.hedge())), Optional.empty(), m.scale(), m.counted(),
                    m.secondary(), m.anchor(), m.boilerplate(), m.mixedScript());
        }
        ClaimFields fields = Fields.read(article, x, m);
        why.putAll(fields.notes());
        return Optional.of(new Pending(article, Integer.toString(k + 1), fields, why));
    }

    /**
     * Returns the claims of {@code p}: one per place where its amount is stated for each of several ("The UAE and
     * Germany pledged $100M each"), else {@code p} alone.
     */
    private static List<Pending> each(Pending p, Extraction x) {
        ArticleView v = ArticleView.of(p.article(), x);
        Mention m = p.fields().mention();
        int sentence = v.sentences.indexAt(m.start());
        List<Places.Place> places = Each.places(v.text, v.sentences.start(sentence), v.sentences.end(sentence),
                m.start(), m.end());
        if (places.isEmpty()) {
            return List.of(p);
        }
        List<Pending> out = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            Places.Place place = places.get(k);
            Pending one = p.withEntity(place.code(), "'" + v.text.substring(place.start(), place.end())
                    + "', one of the places the amount is stated for each of");
            out.add(k == 0 ? one : new Pending(one.article(), one.number() + "-" + place.code().toLowerCase(
                    java.util.Locale.ROOT), one.fields(), one.notes()));
        }
        return out;
    }

    /** Gives each claim that points back at the count before it ({@link Anaphora}) that count's place and measure. */
    private static void pointBack(List<Pending> ofArticle, Extraction x) {
        for (int k = 1; k < ofArticle.size(); k++) {
            Pending p = ofArticle.get(k);
            ArticleView v = ArticleView.of(p.article(), x);
            Mention m = p.fields().mention();
            Anaphora.Back back = Anaphora.of(v.text, m, v.sentences.start(v.sentences.indexAt(m.start())));
            Pending before = ofArticle.get(k - 1);
            if (back != Anaphora.Back.NONE && before.fields().mention().kind() == Mention.Kind.QUANTITY) {
                ofArticle.set(k, p.like(before, back));
            }
        }
    }

    /** Returns the claim of the same amount in a second currency written in brackets after {@code p}'s, if any. */
    private static Optional<Pending> secondary(Pending p, Extraction x) {
        Mention m = p.fields().mention();
        if (m.secondary().isEmpty() || m.secondary().get().quantity().isEmpty()) {
            return Optional.empty();
        }
        ClaimFields fields = Fields.read(p.article(), x, m.secondary().get());
        Map<String, String> why = new LinkedHashMap<>(fields.notes());
        why.put("value", "the amount in brackets after '" + m.text() + "', in a second currency");
        return Optional.of(new Pending(p.article(), p.number() + "b", fields, why));
    }

    /**
     * Returns the claim whose period the date {@code p} is, where {@code p} is a date and its sentence holds a number
     * that is not a date: "29,578 migrants since January" makes one claim, not two. Empty for other mentions, and for
     * the day of a disaster ("floods ... on Monday, 11 September"), which is a claim of its own as well.
     */
    private static Optional<Pending> periodOf(Pending p, List<Pending> ofArticle) {
        ClaimFields f = p.fields();
        if (f.mention().kind() != Mention.Kind.DATE || Tolls.datesDisaster(p.article().text(), f.mention(),
                f.quoteStart(), f.quoteEnd())) {
            return Optional.empty();
        }
        return ofArticle.stream().filter(o -> o.fields().mention().kind() != Mention.Kind.DATE
                && o.fields().mention().start() >= f.quoteStart() && o.fields().mention().end() <= f.quoteEnd())
                .findFirst();
    }

    private static PartialDate inYearOf(Mention.YearlessDate date, PartialDate published) {
        PartialDate same = date.inYear(published.year());
        return published.firstDay().until(same.firstDay(), ChronoUnit.DAYS) > DAYS_AHEAD
                ? date.inYear(published.year() - 1) : same;
    }

    private static Claim claim(String id, Pending p, Indicator indicator) {
        ClaimFields f = p.fields();
        Quantity q = f.mention().quantity().orElseThrow();
        if (!f.unit().equals(q.unit())) {
            try {
                q = new Quantity(q.value(), q.hedge(), q.lower(), q.upper(), f.unit());
            } catch (IllegalArgumentException e) {
                p.notes().put("unit", "kept the number's own unit " + q.unit() + "; " + f.unit() + " does not fit it");
            }
        }
        if (q.unit().equals(Rankings.PLACE) && q.hedge() == Hedge.EXACT && q.value().orElse(null) instanceof
                Value.Decimal d && d.number().signum() > 0 && Rankings.fell(p.article().text(), f.mention())) {
            q = new Quantity(Optional.of(Value.of(d.number().negate())), Hedge.EXACT, Optional.empty(),
                    Optional.empty(), q.unit());
            p.notes().put("value", "negative: a fall in the ranking");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(DOC_START, Integer.toString(f.mention().start()));
        extra.put(DOC_END, Integer.toString(f.mention().end()));
        extra.put(DRAFT_NOTES, draftNotes(p.notes()));
        return new Claim(id, indicator.id(), f.entity(), f.period(), q, f.kind(), f.claimant(),
                p.article().source().id(), f.quote(), extra);
    }

    /** Returns the notes as {@code period: from publication date; claimant: from 'according to'}, fields in order. */
    static String draftNotes(Map<String, String> notes) {
        Set<String> fields = new LinkedHashSet<>();
        NOTE_ORDER.stream().filter(notes::containsKey).forEach(fields::add);
        notes.keySet().stream().sorted().forEach(fields::add);
        List<String> parts = new ArrayList<>();
        fields.forEach(field -> parts.add(field + ": " + notes.get(field)));
        return String.join("; ", parts);
    }
}
