package org.claimstat.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimstat.Unit;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * What the field readers need of one article, computed once: its sentences, its main country, the mentions of each
 * sentence and the claimant each sentence names. Not thread-safe; {@link #of} keeps one per thread.
 */
final class ArticleView {
    private static final ThreadLocal<ArticleView> LAST = new ThreadLocal<>();

    final Article article;
    final Extraction extraction;
    final String text;
    final Sentences sentences;
    final String mainCountry;
    final Unit usualUnit;
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
    private final ArticleClaimants claimants = new ArticleClaimants(this);
    private Map<Mention, Periods.Guess> periods;
    private Optional<LocalDate> disasterDay;
    private Rankings.Ranking ranking;

    private ArticleView(Article article, Extraction extraction) {
        this.article = article;
        this.extraction = extraction;
        this.text = article.text();
        this.sentences = Sentences.of(text);
        this.mainCountry = Entities.main(text);
        this.usualUnit = CountedNouns.usual(extraction.articleMentions());
        for (Mention m : extraction.mentions()) {
            bySentence.computeIfAbsent(sentences.indexAt(m.start()), k -> new ArrayList<>()).add(m);
        }
    }

    /** Returns the view of {@code article}, reusing the last one of this thread where it is of the same extraction. */
    static ArticleView of(Article article, Extraction extraction) {
        ArticleView v = LAST.get();
        if (v == null || v.extraction != extraction || v.article != article) {
            v = new ArticleView(article, extraction);
            LAST.set(v);
        }
        return v;
    }

    /** Returns the mentions of sentence {@code i} in text order. */
    List<Mention> mentions(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** Returns the period of mention {@code m} of this article. */
    Periods.Guess period(Mention m) {
        if (periods == null) {
            periods = ArticlePeriods.of(this);
        }
        return periods.getOrDefault(m, Periods.Guess.NONE);
    }

    /** Returns the earliest day this article names as a disaster's, up to publication day {@code pub}, if any. */
    Optional<LocalDate> disasterDay(LocalDate pub) {
        if (disasterDay == null) {
            disasterDay = Tolls.disasterDay(this, pub);
        }
        return disasterDay;
    }

    /** Returns what this article's ranking is (whether it ranks, and the ranking's size). */
    Rankings.Ranking ranking() {
        if (ranking == null) {
            ranking = Rankings.of(this);
        }
        return ranking;
    }

    /** Returns the reader of this article's claimants. */
    ArticleClaimants claimants() {
        return claimants;
    }
}
