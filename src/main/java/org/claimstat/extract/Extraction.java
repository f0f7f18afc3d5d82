package org.claimstat.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Period;
import org.claimstat.Source;

/**
 * What {@link ClaimExtractor} found in one document: the mentions of quantities and dates, the
 * words that mix scripts, the boilerplate blocks, and the numbers it recognised as no quantity.
 *
 * <p>Immutable and thread-safe. Offsets are {@link String} indices into {@link #text()}; the
 * {@link #reading()} has the same length, with mixed-script words read as their Latin skeleton.
 *
 * {@snippet class=org.claimstat.snippets.ExtractSnippets region=extraction}
 *
 * @param doc the document's name
 * @param text the original text
 * @param reading the text with mixed-script words normalised, same length and offsets
 * @param mentions the mentions in text order, boilerplate ones included and flagged
 * @param mixedScript the words that mix scripts
 * @param boilerplate the blocks of advertising, navigation, bios and other-language text
 * @param skipped the numbers recognised as no quantity (ordinals, page numbers, names, URLs)
 * @param failures the places where reading failed inside the extractor (a bug to report); every other mention was
 *     still read
 */
public record Extraction(String doc, String text, String reading, List<Mention> mentions,
                         List<MixedScriptWord> mixedScript, List<BoilerplateBlock> boilerplate, List<Skip> skipped,
                         List<Failure> failures) {

    /**
     * A word that mixes scripts, as written and as read.
     *
     * @param start index of its first char
     * @param end index after its last char
     * @param word the word as written
     * @param reading the word with confusable letters mapped to its main script
     * @param scripts the scripts it mixes, such as {@code Latin+Cyrillic}
     */
    public record MixedScriptWord(int start, int end, String word, String reading, String scripts) {
    }

    /** Why a block is boilerplate; {@link #code()} is used in JSON. */
    public enum Reason {
        /** An advertisement or promotion. */
        ADVERTISING,
        /** A call to act: subscribe, sign up, leave a reply. */
        CALL_TO_ACTION,
        /** A note about the author. */
        AUTHOR_BIO,
        /** Links, related stories, menus. */
        NAVIGATION,
        /** Text in another language than the article's. */
        OTHER_LANGUAGE;

        /** Returns the lower-case name, such as {@code call_to_action}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A line of boilerplate.
     *
     * @param start index of its first char
     * @param end index after its last char
     * @param reason why it is boilerplate
     */
    public record BoilerplateBlock(int start, int end, Reason reason) {
    }

    /** Why a number is no quantity. */
    public enum Why {
        /** An ordinal that numbers something ("the 3rd"). */
        ORDINAL,
        /** A page, section or other part of a document. */
        REFERENCE,
        /** Part of a name ("COVID-19", "World War Three", "5G"). */
        NAME,
        /** Inside a web address. */
        URL,
        /** A time of day ("10:30"). */
        TIME_OF_DAY,
        /** A digit run too long to be a quantity. */
        MALFORMED,
        /** A score or vote tally ("won 3-1", "voted 52-48"): two counts of one contest, the larger first, not a range. */
        SCORE,
        /** A multiplier of another amount ("ten-fold", "25 times larger"), not an amount of its own. */
        MULTIPLIER
    }

    /**
     * A number that was recognised and not offered as a quantity.
     *
     * @param start index of its first char
     * @param end index after its last char
     * @param text the number as written
     * @param why why it is no quantity
     */
    public record Skip(int start, int end, String text, Why why) {
    }

    /**
     * A place where the extractor failed: an internal error on one mention or step, caught so that the rest of the
     * document is still read. A bug to report, never the reader's fault.
     *
     * @param start index of the first char of the text concerned
     * @param end index after its last char
     * @param text the text concerned (at most 80 chars of it)
     * @param message what failed
     */
    public record Failure(int start, int end, String text, String message) {
        /** Rejects nulls. */
        public Failure {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(message, "message");
        }

        /** Returns {@code offset 'text': message}, the form the command line prints after the document's name. */
        @Override
        public String toString() {
            return start + " '" + text + "': " + message;
        }
    }

    /** Returns an extraction without failures. */
    public Extraction(String doc, String text, String reading, List<Mention> mentions, List<MixedScriptWord> mixedScript,
                      List<BoilerplateBlock> boilerplate, List<Skip> skipped) {
        this(doc, text, reading, mentions, mixedScript, boilerplate, skipped, List.of());
    }

    /** Copies the lists; rejects nulls and a reading of another length. */
    public Extraction {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reading, "reading");
        if (reading.length() != text.length()) {
            throw new IllegalArgumentException("reading has " + reading.length() + " chars, text " + text.length());
        }
        mentions = List.copyOf(mentions);
        mixedScript = List.copyOf(mixedScript);
        boilerplate = List.copyOf(boilerplate);
        skipped = List.copyOf(skipped);
        failures = List.copyOf(failures);
    }

    /** Returns the mentions outside boilerplate: the article's own candidate claims. */
    public List<Mention> articleMentions() {
        return mentions.stream().filter(m -> !m.boilerplate()).toList();
    }

    /** Returns draft claims of every article mention that has a quantity (dates with a year). */
    public List<Claim> drafts(Source source) {
        return toClaims(articleMentions().stream().filter(m -> m.quantity().isPresent()).toList(), source);
    }

    /**
     * Turns confirmed mentions into draft claims of {@code source}: id {@code <source>-<n>}, an
     * indicator id guessed from the unit and the counted noun, period unspecified, kind {@code event}
     * for dates, {@code estimate} for estimates, {@code statement} otherwise, and as quote the text's
     * own words from the number to what it counts. A person reviews them before they enter a dataset.
     *
     * @throws IllegalArgumentException naming the first mention that is not of this extraction, lies
     *     in boilerplate, or is a date without a year
     */
    public List<Claim> toClaims(List<Mention> confirmed, Source source) {
        Objects.requireNonNull(confirmed, "confirmed");
        Objects.requireNonNull(source, "source");
        List<Claim> claims = new ArrayList<>();
        Map<Mention, Integer> positions = new HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            positions.putIfAbsent(mentions.get(k), k);
        }
        for (Mention m : confirmed) {
            int index = positions.getOrDefault(m, -1);
            if (index < 0) {
                throw new IllegalArgumentException("mention " + m + " is not of this extraction (" + doc + ")");
            }
            if (m.boilerplate()) {
                throw new IllegalArgumentException("mention " + m + " lies in boilerplate; only article text makes claims");
            }
            if (m.quantity().isEmpty()) {
                throw new IllegalArgumentException("mention " + m + " is a date without a year; "
                        + "extract with ClaimExtractor.builder().year(...) or set the year by hand");
            }
            claims.add(Claim.of(source.id() + "-" + (index + 1), indicatorFor(m), "", Period.UNSPECIFIED,
                    m.quantity().get(), kindFor(m), "", source.id(), quoteFor(m)));
        }
        return List.copyOf(claims);
    }

    /** Returns the indicator id a draft claim of {@code m} gets, such as {@code it_workers} or {@code amount_usd}. */
    static String indicatorFor(Mention m) {
        String noun = m.counted().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]++", "_").replaceAll("^_|_$", "");
        return switch (m.kind()) {
            case QUANTITY -> noun.isEmpty() ? "count_" + m.unit().symbol().replace(' ', '_') : noun;
            case PERCENT -> noun.isEmpty() ? "share" : "share_" + noun;
            case CURRENCY -> "amount_" + m.unit().symbol().toLowerCase(Locale.ROOT);
            case PHYSICAL -> "measure_" + m.unit().symbol().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]++", "");
            case DURATION -> "duration";
            case RANK -> noun.isEmpty() ? "rank" : "rank_" + noun;
            case DATE -> "event_date";
        };
    }

    private static ClaimKind kindFor(Mention m) {
        if (m.kind() == Mention.Kind.DATE) {
            return ClaimKind.EVENT;
        }
        return m.hedge() == Hedge.ESTIMATE ? ClaimKind.ESTIMATE : ClaimKind.STATEMENT;
    }

    /** How far from its mention a counted noun is looked for, to quote the words between. */
    private static final int QUOTE_REACH = 120;

    /**
     * Returns the words of the text that state {@code m}: its span, stretched to the nearer place within reach where
     * the text names what it counts ("At least two-thirds of voters", "boardings across the network now peak at
     * roughly 1.6 million"), white space made single spaces. Never words the text does not have in that order.
     */
    private String quoteFor(Mention m) {
        int start = m.start();
        int end = m.end();
        String noun = m.counted();
        if (!noun.isEmpty() && !m.text().contains(noun)) {
            int after = text.indexOf(noun, end);
            int before = text.lastIndexOf(noun, start - noun.length());
            int afterGap = after < 0 ? Integer.MAX_VALUE : after - end;
            int beforeGap = before < 0 ? Integer.MAX_VALUE : start - before - noun.length();
            if (afterGap <= QUOTE_REACH && afterGap <= beforeGap) {
                end = after + noun.length();
            } else if (beforeGap <= QUOTE_REACH) {
                start = before;
            }
        }
        return text.substring(start, end).replaceAll("\\s++", " ");
    }

    /**
     * Returns the mentions as a Tablesaw table named after the document, one row per mention with
     * the fields of the {@code extract} command's JSON: doc, start, end, text, kind, value, lower,
     * upper, hedge, unit, interval, counted, boilerplate, mixed_script.
     */
    public tech.tablesaw.api.Table toTable() {
        return MentionTables.of(doc, mentions);
    }
}
