package org.claimstat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimstat.Quantity;

/**
 * Finds the quantities and dates of a text, reads the hedge, unit, scale and counted noun around
 * each, and flags the text's hidden scripts and boilerplate: the first step from an article to a
 * dataset of claims.
 *
 * <p>One pass over the text: the time taken grows linearly with its length whatever it holds, and
 * no input makes {@link #extract(String, String)} throw anything but {@link NullPointerException}
 * for a null argument. Immutable and thread-safe; one instance serves any number of threads.
 *
 * <pre>{@code
 * ClaimExtractor extractor = ClaimExtractor.standard();
 * Extraction x = extractor.extract("doc1", "Some $77 billion will be invested by 2030.");
 * x.mentions().get(0).hedge();   // APPROXIMATELY
 * x.mentions().get(1).hedge();   // AT_MOST ("by 2030")
 *
 * ClaimExtractor in2022 = ClaimExtractor.builder().year(2022).build();  // "February 24" is 2022-02-24
 * }</pre>
 */
public final class ClaimExtractor {
    private static final ClaimExtractor STANDARD = builder().build();

    private final Optional<Integer> year;
    private final boolean normalizeScripts;
    private final boolean keepBoilerplate;

    private ClaimExtractor(Builder b) {
        this.year = b.year;
        this.normalizeScripts = b.normalizeScripts;
        this.keepBoilerplate = b.keepBoilerplate;
    }

    /** Returns the extractor with the default settings: no year for yearless dates, scripts normalised, boilerplate kept and flagged. */
    public static ClaimExtractor standard() {
        return STANDARD;
    }

    /** Returns a builder of an extractor with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts the mentions of {@code text}, a document called {@code doc}.
     *
     * @throws NullPointerException if an argument is null
     */
    public Extraction extract(String doc, String text) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        Normalizer.Result norm = Normalizer.normalize(text, normalizeScripts);
        List<Extraction.BoilerplateBlock> blocks = Boilerplate.find(norm.reading(), norm.chars());
        Ctx ctx = new Ctx(norm.reading(), norm.chars(), Tokenizer.tokenize(norm.chars()));
        Scanner.Result scan = Scanner.scan(ctx);
        List<Mention> mentions = new ArrayList<>(scan.drafts().size());
        int block = 0;
        for (Draft d : scan.drafts()) {
            int start = ctx.start(d.first);
            while (block < blocks.size() && blocks.get(block).end() <= start) {
                block++;
            }
            boolean boilerplate = block < blocks.size() && blocks.get(block).start() <= start;
            if (boilerplate && !keepBoilerplate) {
                continue;
            }
            if (year.isPresent() && d.yearless != null) {
                d.date = d.yearless.inYear(year.get());
                d.yearless = null;
            }
            mentions.add(Scanner.toMention(d, ctx, doc, text, boilerplate, norm.words()));
        }
        return new Extraction(doc, text, norm.reading(), mentions, norm.words(), blocks, scan.skips());
    }

    /** Returns the year given to dates written without one, if set. */
    public Optional<Integer> year() {
        return year;
    }

    /** Returns a short description of the settings. */
    @Override
    public String toString() {
        return "ClaimExtractor[year=" + year.map(String::valueOf).orElse("none") + ", normalizeScripts="
                + normalizeScripts + ", keepBoilerplate=" + keepBoilerplate + "]";
    }

    /** Collects the settings of a {@link ClaimExtractor}. Not thread-safe; the extractor it builds is. */
    public static final class Builder {
        private Optional<Integer> year = Optional.empty();
        private boolean normalizeScripts = true;
        private boolean keepBoilerplate = true;

        private Builder() {
        }

        /**
         * Gives dates written without a year ("December 30") this year, so they get a {@link Quantity}.
         *
         * @throws IllegalArgumentException unless 1 to 9999
         */
        public Builder year(int year) {
            if (year < 1 || year > 9999) {
                throw new IllegalArgumentException("year must be 1 to 9999, was " + year);
            }
            this.year = Optional.of(year);
            return this;
        }

        /** Sets whether mixed-script words are read as their skeleton (default true); they are reported either way. */
        public Builder normalizeScripts(boolean normalize) {
            this.normalizeScripts = normalize;
            return this;
        }

        /** Sets whether mentions in boilerplate are returned, flagged (default true), or dropped. */
        public Builder keepBoilerplate(boolean keep) {
            this.keepBoilerplate = keep;
            return this;
        }

        /** Returns the extractor. */
        public ClaimExtractor build() {
            return new ClaimExtractor(this);
        }
    }
}
