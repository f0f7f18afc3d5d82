package org.claimstat.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Quantity;
import org.claimstat.Source;
import org.claimstat.dataset.ClaimDataset;

/**
 * Decides what of a draft a dataset does not have yet. A drafted source is the dataset's where it has the same URL,
 * or names the same document (by file name), the two do not give different URLs, and, where neither gives one, they
 * share a quote or the dataset's source has no claims left (many saved pages are all called {@code index.html}: a name
 * alone does not make two articles one; a reviewer's edits to a title or publisher do not make one article two); a
 * drafted claim is where a claim of that source has the same span
 * ({@code doc_start}, {@code doc_end}) or the same quote. New records get ids the dataset does not use.
 */
final class MergePlan {
    final List<Source> sources = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<MergeResult.Skip> skipped = new ArrayList<>();

    private MergePlan() {
    }

    /**
     * Returns what of {@code draft} to add to {@code old}, leaving out what {@code log} says was drafted into it
     * before (a claim a reviewer deleted stays deleted).
     */
    static MergePlan of(ClaimDataset old, ClaimDataset draft, DraftLog log) {
        MergePlan plan = new MergePlan();
        Map<String, List<Claim>> oldBySource = new HashMap<>();
        old.claims().forEach(c -> oldBySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c));
        Map<String, String> sourceIds = plan.sources(old, draft, oldBySource);
        Set<String> claimIds = new HashSet<>();
        old.claims().forEach(c -> claimIds.add(c.id()));
        Set<String> indicatorIds = new HashSet<>();
        old.indicators().forEach(i -> indicatorIds.add(i.id()));
        for (Claim c : draft.claims()) {
            String source = sourceIds.get(c.source());
            Optional<MergeResult.Skip> same = plan.same(c, oldBySource.getOrDefault(source, List.of()));
            if (same.isPresent()) {
                plan.skipped.add(same.get());
                continue;
            }
            Optional<String> before = log.find(source, c);
            if (before.isPresent()) {
                plan.skipped.add(new MergeResult.Skip(c.id(), before.get(), claimIds.contains(before.get())
                        ? "drafted before" : MergeResult.REMOVED_IN_REVIEW));
                continue;
            }
            String id = fresh(c.id(), claimIds);
            plan.claims.add(new Claim(id, c.indicator(), c.entity(), c.period(), c.quantity(), c.kind(), c.claimant(),
                    source, c.quote(), c.extra()));
            if (indicatorIds.add(c.indicator())) {
                plan.indicators.add(draft.indicator(c.indicator()).orElseThrow());
            }
        }
        return plan;
    }

    /** Returns whether the merge adds rows to {@code file} of the dataset, such as {@code claims.csv}. */
    boolean changes(String file) {
        return switch (file) {
            case "sources.csv" -> !sources.isEmpty();
            case "indicators.csv" -> !indicators.isEmpty();
            case "claims.csv", DraftLog.FILE -> !claims.isEmpty();
            default -> false;
        };
    }

    /** Returns the dataset's id of each drafted source, adding the new ones. */
    private Map<String, String> sources(ClaimDataset old, ClaimDataset draft, Map<String, List<Claim>> oldBySource) {
        Map<String, Set<String>> draftedQuotes = new HashMap<>();
        draft.claims().forEach(c -> draftedQuotes.computeIfAbsent(c.source(), k -> new HashSet<>()).add(c.quote()));
        Map<String, String> byUrl = new HashMap<>();
        Map<String, List<Source>> byDocument = new HashMap<>();
        for (Source s : old.sources()) {
            s.document().ifPresent(d -> byDocument.computeIfAbsent(fileName(d), k -> new ArrayList<>()).add(s));
            s.url().filter(u -> !u.isBlank()).ifPresent(u -> byUrl.putIfAbsent(u, s.id()));
        }
        Set<String> ids = new HashSet<>(old.sources().stream().map(Source::id).toList());
        Map<String, String> out = new LinkedHashMap<>();
        for (Source s : draft.sources()) {
            Optional<String> existing = s.url().filter(u -> !u.isBlank()).map(byUrl::get);
            String why = "same URL";
            if (existing.isEmpty()) {
                existing = s.document().flatMap(d -> byDocument.getOrDefault(fileName(d), List.of()).stream()
                        .filter(o -> same(o, s, oldBySource.getOrDefault(o.id(), List.of()),
                                draftedQuotes.getOrDefault(s.id(), Set.of()))).map(Source::id).findFirst());
                why = "same document";
            }
            if (existing.isPresent()) {
                out.put(s.id(), existing.get());
                skipped.add(new MergeResult.Skip(s.id(), existing.get(), why));
                continue;
            }
            String id = fresh(s.id(), ids);
            sources.add(new Source(id, s.publisher(), s.title(), s.url(), s.published(), s.author(), s.language(),
                    s.derivedFrom(), s.document(), s.extra()));
            out.put(s.id(), id);
        }
        return out;
    }

    private Optional<MergeResult.Skip> same(Claim drafted, List<Claim> ofSource) {
        String start = drafted.extra().get(DraftAssembly.DOC_START);
        String end = drafted.extra().get(DraftAssembly.DOC_END);
        for (Claim c : ofSource) {
            if (start != null && start.equals(c.extra().get(DraftAssembly.DOC_START))
                    && end.equals(c.extra().get(DraftAssembly.DOC_END))) {
                return Optional.of(new MergeResult.Skip(drafted.id(), c.id(), "same document and span"));
            }
        }
        for (Claim c : ofSource) {
            if (!drafted.quote().isEmpty() && drafted.quote().equals(c.quote())
                    && sameQuantity(drafted.quantity(), c.quantity())) {
                return Optional.of(new MergeResult.Skip(drafted.id(), c.id(), "same source and quote"));
            }
        }
        return Optional.empty();
    }

    /** Compares as the dataset file writes them, so {@code 4.6E+9} and {@code 4600000000} are the same. */
    private static boolean sameQuantity(Quantity a, Quantity b) {
        return a.toString().equals(b.toString());
    }

    private static String fresh(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /**
     * Returns whether an existing source and a drafted one of the same file name are one article: they give no two
     * different URLs, and where neither gives one, a drafted quote is one of the existing claims' or none is left.
     */
    private static boolean same(Source existing, Source drafted, List<Claim> existingClaims, Set<String> draftedQuotes) {
        String a = existing.url().orElse("").strip();
        String b = drafted.url().orElse("").strip();
        if (!a.isEmpty() && !b.isEmpty()) {
            return a.equals(b);
        }
        return existingClaims.isEmpty() || existingClaims.stream().anyMatch(c -> draftedQuotes.contains(c.quote()));
    }

    private static String fileName(String document) {
        int slash = Math.max(document.lastIndexOf('/'), document.lastIndexOf('\\'));
        return document.substring(slash + 1);
    }
}
