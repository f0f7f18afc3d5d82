package org.claimstat.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Path;
import org.claimstat.Claim;
import org.claimstat.Source;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.extract.Extraction;

/**
 * Matches drafted claims to gold claims of one corpus set: same document, and the drafted span
 * ({@code doc_start}, {@code doc_end}) overlapping the gold {@code number_text} at its {@code occurrence}; one to
 * one, largest overlap first.
 */
final class GoldMatch {
    private GoldMatch() {
    }

    /** A drafted claim and its span. */
    private record Span(Claim claim, int start, int end) {
    }

    static List<DraftScore.Pair> pairs(Path set, ClaimDataset gold, DraftResult draft, Map<String, String> splits) {
        Map<String, String> textByDoc = new HashMap<>();
        for (Extraction x : draft.extractions()) {
            textByDoc.put(x.doc(), x.text());
        }
        Map<String, List<Span>> draftedByDoc = new HashMap<>();
        for (Claim c : draft.dataset().claims()) {
            String doc = document(draft.dataset(), c);
            draftedByDoc.computeIfAbsent(doc, d -> new ArrayList<>()).add(new Span(c,
                    Integer.parseInt(c.extra().get("doc_start")), Integer.parseInt(c.extra().get("doc_end"))));
        }
        record Candidate(int gold, Span drafted, int overlap) {
        }
        List<Claim> golds = gold.claims();
        List<Candidate> candidates = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            Claim c = golds.get(g);
            String doc = document(gold, c);
            docs.add(doc);
            String text = textByDoc.get(ArticleReader.docName(doc));
            if (text == null) {
                throw new IllegalStateException(set + ": gold claim " + c.id() + " names document " + doc
                        + ", which was not drafted: " + draft.problems());
            }
            int start = occurrence(text, c.extra().get("number_text"), Integer.parseInt(c.extra().get("occurrence")));
            if (start < 0) {
                throw new IllegalStateException(set + ": gold claim " + c.id() + ": number_text '"
                        + c.extra().get("number_text") + "' occurrence " + c.extra().get("occurrence")
                        + " is not in " + doc);
            }
            int end = start + c.extra().get("number_text").length();
            for (Span s : draftedByDoc.getOrDefault(doc, List.of())) {
                int overlap = Math.min(end, s.end()) - Math.max(start, s.start());
                if (overlap > 0) {
                    candidates.add(new Candidate(g, s, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed());
        Map<Integer, Claim> matched = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Candidate c : candidates) {
            if (!matched.containsKey(c.gold()) && used.add(c.drafted().claim().id())) {
                matched.put(c.gold(), c.drafted().claim());
            }
        }
        List<DraftScore.Pair> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            pairs.add(new DraftScore.Pair(splits.getOrDefault(docs.get(g), "none"), golds.get(g),
                    Optional.ofNullable(matched.get(g))));
        }
        return pairs;
    }

    static Map<String, Integer> draftedBySplit(DraftResult draft, Map<String, String> splits) {
        Map<String, Integer> out = new HashMap<>();
        for (Claim c : draft.dataset().claims()) {
            out.merge(splits.getOrDefault(document(draft.dataset(), c), "none"), 1, Integer::sum);
        }
        return out;
    }

    private static String document(ClaimDataset d, Claim c) {
        Source s = d.sourceOf(c);
        return s.document().orElse(s.id());
    }

    private static int occurrence(String text, String needle, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
