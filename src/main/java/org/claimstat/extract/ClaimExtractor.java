package org.claimstat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimstat.Quantity;

/**
 * Finds the quantities and dates of a text, reads the hedge, unit, scale and counted noun around
 * each, and flags the text's hidden scripts and boilerplate: the first step from an article to a
 * dataset of claims.
 *
 * <p>One pass over the text: the time taken grows linearly with its length whatever it holds, and
 * no input makes {@link #extract(String, String)} throw anything but {@link NullPointerException}
 * for a null argument: where reading one mention fails inside the extractor (a bug), the failure is
 * listed in {@link Extraction#failures()} with its offset and text, and every other mention is still read. Immutable and thread-safe; one instance serves any number of threads.
 *
 * {@snippet class=org.claimstat.snippets.ExtractSnippets region=extractor}
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
        Normalizer.Result norm;
        Ctx ctx;
        try {
            norm = Normalizer.normalize(text, normalizeScripts);
            ctx = new Ctx(norm.reading(), norm.chars(), Tokenizer.tokenize(norm.chars()));
        } catch (RuntimeException e) {
            String head = text.substring(0, Math.min(text.length(), 80));
            return new Extraction(doc, text, text, List.of(), List.of(), List.of(), List.of(),
                    List.of(new Extraction.Failure(0, text.length(), head, "the text could not be read: " + e)));
        }
        List<Extraction.Failure> failures = new ArrayList<>();
        List<Extraction.BoilerplateBlock> blocks;
        try {
            blocks = Boilerplate.find(norm.reading(), norm.chars());
        } catch (RuntimeException e) {
            blocks = List.of();
            failures.add(new Extraction.Failure(0, 0, "", "boilerplate could not be told: " + e));
        }
        Scanner.Result scan = Scanner.scan(ctx);
        failures.addAll(scan.failures());
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
            try {
                if (year.isPresent() && d.yearless != null) {
                    d.date = d.yearless.inYear(year.get());
                    d.yearless = null;
                }
                mentions.add(Scanner.toMention(d, ctx, doc, text, boilerplate, norm.words()));
            } catch (RuntimeException e) {
                failures.add(Scanner.failure(ctx, start, ctx.end(Math.max(d.first, d.next - 1)), e));
            }
        }
        return new Extraction(doc, text, norm.reading(), mentions, norm.words(), blocks, scan.skips(), failures);
    }

    /** The most chars {@link #extract(String, String, Consumer)} reads as one part: 256 Ki. */
    public static final int PART_CHARS = 1 << 18;

    /**
     * A part of a long text and what was found in it: the extraction's offsets plus {@code offset} index the whole text.
     *
     * @param offset where the part starts in the whole text
     * @param extraction what was found in the part, named as the whole document
     */
    public record Part(int offset, Extraction extraction) {
    }

    /**
     * Extracts the mentions of a text of any length part by part, handing each part's extraction to {@code sink} in
     * text order, so that memory stays bounded by a part, not by the text: a text of at most {@link #PART_CHARS} chars is
     * one part; a longer one is cut at a blank line, else a line break, else a sentence's end, else a space, near every
     * {@link #PART_CHARS} chars, so that a number and its scale or unit ("$1.5 billion", "12 000 people") stay in one
     * part (only in a text with no line break and no sentence end in 64 Ki chars may a mention across a cut be read as
     * two).
     *
     * @throws NullPointerException if an argument is null
     */
    public void extract(String doc, String text, Consumer<Part> sink) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(text, "text");
        int from = 0;
        while (from < text.length() || from == 0) {
            int to = cut(text, from);
            sink.accept(new Part(from, extract(doc, text.substring(from, to))));
            if (to >= text.length()) {
                return;
            }
            from = to;
        }
    }

    /**
     * Returns where the part starting at {@code from} ends: a blank line, line break, sentence end or space near the
     * part's size.
     */
    static int cut(String text, int from) {
        int limit = from + PART_CHARS;
        if (limit >= text.length()) {
            return text.length();
        }
        int floor = limit - PART_CHARS / 4;
        for (String mark : new String[] {"\n\n", "\n", ". ", "? ", "! ", " "}) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at >= floor) {
                return at + mark.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
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
