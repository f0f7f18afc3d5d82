package org.claimstat.draft;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimstat.Indicator;
import org.claimstat.Source;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.dataset.DatasetError;
import org.claimstat.dataset.DatasetException;

/**
 * Drafts a claims dataset from articles: saved web pages ({@code .html}, {@code .htm}; body and metadata read with
 * jsoup) and text files (their source rows from a {@code sources.csv} whose {@code document} column names each file).
 * Every quantity mention of an article's text becomes a whole claim (entity, period, claimant, kind, sentence,
 * indicator) with the reasons for each guess, for a person to review before use.
 *
 * <p>Immutable and thread-safe; build one with {@link #standard()} or {@link #builder()}.
 *
 * {@snippet class=org.claimstat.snippets.DraftSnippets region=drafter}
 */
public final class Drafter {
    private final Optional<Path> sourcesFile;
    private final List<Source> sources;
    private final Optional<Path> indicatorsFile;
    private final List<Indicator> indicators;
    private final Optional<Integer> year;

    private Drafter(Builder b) {
        this.sourcesFile = Optional.ofNullable(b.sourcesFile);
        this.sources = List.copyOf(b.sources);
        this.indicatorsFile = Optional.ofNullable(b.indicatorsFile);
        this.indicators = List.copyOf(b.indicators);
        this.year = Optional.ofNullable(b.year);
    }

    /** Returns a drafter with no sources file, no indicators file and no default year. */
    public static Drafter standard() {
        return builder().build();
    }

    /** Returns a builder of a drafter. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Drafts the given files, in order. A file that cannot be drafted (unreadable, not UTF-8, a text file the sources
     * file has no row for) is listed in {@link DraftResult#problems()}; the others are drafted all the same.
     */
    public DraftResult draft(List<Path> files) {
        Objects.requireNonNull(files, "files");
        List<ReviewNote> problems = new ArrayList<>();
        List<Source> rows = new ArrayList<>(sources);
        sourcesFile.ifPresent(f -> rows.addAll(readTable(f, ClaimDatasets::readSources, problems)));
        Map<String, Source> byDocument = new LinkedHashMap<>();
        String rowsFrom = sourcesFile.map(f -> f.getFileName().toString()).orElse("sources");
        for (Source s : rows) {
            s.document().ifPresent(d -> {
                String name = Path.of(d).getFileName().toString();
                Source first = byDocument.putIfAbsent(name, s);
                if (first != null) {
                    problems.add(new ReviewNote(rowsFrom, "", "document", rowsFrom + ": sources " + first.id() + " and "
                            + s.id() + " both name the document '" + name + "'; expected one row per document (it was"
                            + " drafted as " + first.id() + ")"));
                }
            });
        }
        ArticleReader reader = new ArticleReader(byDocument, sourcesFile.isPresent() || !sources.isEmpty());
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            ArticleReader.Read read = reader.read(file);
            read.article().ifPresent(articles::add);
            problems.addAll(read.problems());
        }
        return assemble(articles, problems);
    }

    /** Drafts articles already read, such as text with a source built in code. */
    public DraftResult draftArticles(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        return assemble(articles, new ArrayList<>());
    }

    private DraftResult assemble(List<Article> articles, List<ReviewNote> problems) {
        List<Indicator> given = new ArrayList<>(indicators);
        indicatorsFile.ifPresent(f -> given.addAll(readTable(f, ClaimDatasets::readIndicators, problems)));
        return new DraftAssembly(year, given).draft(articles, problems);
    }

    private static <T> List<T> readTable(Path file, java.util.function.Function<Path, List<T>> read,
                                         List<ReviewNote> problems) {
        String name = file.getFileName().toString();
        try {
            return read.apply(file);
        } catch (DatasetException e) {
            for (DatasetError error : e.getErrors()) {
                problems.add(new ReviewNote(name, "", error.column().isEmpty() ? "file" : error.column(),
                        error.toString()));
            }
        } catch (UncheckedIOException e) {
            problems.add(new ReviewNote(name, "", "file", "cannot read " + file + ": " + e.getCause().getMessage()));
        }
        return List.of();
    }

    /** Settings of a {@link Drafter}; all optional. Not thread-safe. */
    public static final class Builder {
        private Path sourcesFile;
        private final List<Source> sources = new ArrayList<>();
        private Path indicatorsFile;
        private final List<Indicator> indicators = new ArrayList<>();
        private Integer year;

        private Builder() {
        }

        /**
         * Reads the source rows of text files from a {@code sources.csv} (the dataset format); its {@code document}
         * column names each file by file name. Its errors are reported, with line and column, when drafting.
         */
        public Builder sources(Path file) {
            this.sourcesFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** Adds source rows of text files, matched to files by their {@code document} (file name). */
        public Builder sources(List<Source> rows) {
            this.sources.addAll(Objects.requireNonNull(rows, "rows"));
            return this;
        }

        /**
         * Reads indicators claims should be grouped under where they fit, from an {@code indicators.csv} (the dataset
         * format, with an optional {@code keywords} column).
         */
        public Builder indicators(Path file) {
            this.indicatorsFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** Adds indicators claims should be grouped under where they fit. */
        public Builder indicators(List<Indicator> given) {
            this.indicators.addAll(Objects.requireNonNull(given, "given"));
            return this;
        }

        /**
         * Sets the year of dates written without one ("December 30"); without it, such a date takes the year of its
         * article's publication date where known (a guess said in the notes), else it is left out.
         */
        public Builder year(int year) {
            if (year < 1 || year > 9999) {
                throw new IllegalArgumentException("year must be 1 to 9999, was " + year);
            }
            this.year = year;
            return this;
        }

        /** Returns the drafter. */
        public Drafter build() {
            return new Drafter(this);
        }
    }
}
