package org.claimstat.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimstat.Claim;
import org.claimstat.Source;
import org.claimstat.check.CheckReport;
import org.claimstat.check.Finding;
import org.claimstat.check.Severity;
import org.claimstat.dataset.ClaimDataset;

/**
 * The findings of a check report as schema.org {@code ClaimReview} JSON-LD, the form fact-checking organisations
 * publish and search engines read: one review for each claim a finding names, with the claim's quote, who stated
 * it, where and when it appeared, a short textual rating and the finding's explanation.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.ReportSnippets region=claimReviews}
 *
 * <p>The textual rating ({@code reviewRating.alternateName}) says what kind of problem was found ("Contradicted by
 * other sources", "Misdated"), never a verdict on truth the checks cannot give; the review body is the finding's
 * message with its numbers. Where a field is unknown (no URL, no publication date, no claimant) it is left out, not
 * invented.
 */
public final class ClaimReviews {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The textual rating of each check's findings; checks not listed are rated by severity. */
    private static final Map<String, String> RATINGS = Map.ofEntries(
            Map.entry("conflict", "Contradicted by other sources"),
            Map.entry("outlier", "Far from the other independent sources"),
            Map.entry("part_whole", "Inconsistent with its parts or total"),
            Map.entry("relations", "Inconsistent with related figures"),
            Map.entry("dates", "Misdated"),
            Map.entry("same_figure", "Same figure given for different periods"),
            Map.entry("syndication", "Copy of another source"),
            Map.entry("currency", "Inconsistent with exchange rates"),
            Map.entry("bounds", "Impossible value"),
            Map.entry("text_hygiene", "Text hides characters of another script"));

    private final Reviewer reviewer;
    private final LocalDate reviewed;

    /**
     * Who publishes the reviews.
     *
     * @param name the fact-checking organisation's name
     * @param url its web address, empty if none
     */
    public record Reviewer(String name, String url) {
        /** Rejects nulls and a blank name. */
        public Reviewer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a reviewer needs a name");
            }
        }
    }

    private ClaimReviews(Reviewer reviewer, LocalDate reviewed) {
        this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
        this.reviewed = Objects.requireNonNull(reviewed, "reviewed");
    }

    /** Returns reviews published by {@code reviewer} on {@code reviewed}. */
    public static ClaimReviews of(Reviewer reviewer, LocalDate reviewed) {
        return new ClaimReviews(reviewer, reviewed);
    }

    /** Returns the textual rating a finding of check {@code check} with {@code severity} gets. */
    public static String rating(String check, Severity severity) {
        String base = check.contains(":") ? check.substring(0, check.indexOf(':')) : check;
        String known = RATINGS.get(base);
        if (known != null) {
            return known;
        }
        return switch (severity) {
            case CONFLICT -> "Contradicted by related figures";
            case WARNING -> "Needs context";
            case INFO -> "Noted";
        };
    }

    /**
     * Returns a JSON-LD array of {@code ClaimReview} objects, one for each claim of each finding of {@code report}
     * that {@code data} holds, in the report's order.
     */
    public String toJsonLd(ClaimDataset data, CheckReport report) {
        return toJsonLd(data, report.findings());
    }

    /** Returns a JSON-LD array of {@code ClaimReview} objects, one for each claim of each of {@code findings}. */
    public String toJsonLd(ClaimDataset data, List<Finding> findings) {
        ArrayNode reviews = JSON.createArrayNode();
        Map<String, Claim> byId = new HashMap<>();
        data.claims().forEach(c -> byId.putIfAbsent(c.id(), c));
        for (Finding f : findings) {
            for (String id : f.claims()) {
                Claim c = byId.get(id);
                if (c != null) {
                    reviews.add(review(data, c, f));
                }
            }
        }
        try {
            return JSON.writeValueAsString(reviews);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write ClaimReview JSON-LD", e);
        }
    }

    private ObjectNode review(ClaimDataset data, Claim claim, Finding finding) {
        Source source = data.sourceOf(claim);
        ObjectNode r = JSON.createObjectNode();
        r.put("@context", "https://schema.org");
        r.put("@type", "ClaimReview");
        r.put("datePublished", reviewed.toString());
        r.put("claimReviewed", claim.quote().isBlank() ? claim.quantity().toString() : claim.quote());
        ObjectNode author = r.putObject("author");
        author.put("@type", "Organization");
        author.put("name", reviewer.name());
        if (!reviewer.url().isBlank()) {
            author.put("url", reviewer.url());
            r.put("url", reviewer.url());
        }
        ObjectNode item = r.putObject("itemReviewed");
        item.put("@type", "Claim");
        String claimant = claim.claimant().isBlank() ? source.publisher() : claim.claimant();
        if (!claimant.isBlank()) {
            ObjectNode who = item.putObject("author");
            who.put("@type", "Organization");
            who.put("name", claimant);
        }
        source.published().ifPresent(d -> item.put("datePublished", d.toString()));
        ObjectNode appearance = item.putObject("appearance");
        appearance.put("@type", "CreativeWork");
        appearance.put("headline", source.title());
        source.url().filter(ClaimReviews::isWebAddress).ifPresent(u -> appearance.put("url", u));
        source.published().ifPresent(d -> appearance.put("datePublished", d.toString()));
        if (!source.publisher().isBlank()) {
            ObjectNode publisher = appearance.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", source.publisher());
        }
        ObjectNode rating = r.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("alternateName", rating(finding.check(), finding.severity()));
        r.put("reviewBody", finding.readableMessage());
        r.put("identifier", finding.check() + ":" + claim.id());
        return r;
    }

    private static boolean isWebAddress(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }
}
