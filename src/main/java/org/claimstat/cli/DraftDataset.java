package org.claimstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Aggregation;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Source;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.dataset.DatasetInfo;
import org.claimstat.extract.Extraction;

/** Builds the draft dataset of {@code claimstat extract --to-dataset}: one source per file, the article mentions as claims. */
final class DraftDataset {
    private DraftDataset() {
    }

    /** Writes the draft dataset of {@code extractions} (read from {@code files}) to {@code dir}; returns its number of claims. */
    static int write(List<Extraction> extractions, List<Path> files, Path dir) {
        ClaimDataset dataset = build(extractions, files);
        ClaimDatasets.write(dataset, dir);
        return dataset.claims().size();
    }

    static ClaimDataset build(List<Extraction> extractions, List<Path> files) {
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < extractions.size(); k++) {
            Extraction x = extractions.get(k);
            String id = x.doc().isBlank() ? "doc" : x.doc();
            for (int n = 2; !ids.add(id); n++) {
                id = x.doc() + "-" + n;
            }
            Source source = new Source(id, "", title(x.text()), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(files.get(k).toString()), Map.of());
            sources.add(source);
            for (Claim c : x.drafts(source)) {
                claims.add(c);
                indicators.computeIfAbsent(c.indicator(), i -> Indicator.of(i, i.replace('_', ' '), c.unit(),
                        aggregation(c), "draft from claimstat extract; review label, unit and aggregation"));
            }
        }
        DatasetInfo info = new DatasetInfo("draft", "Draft claims extracted from " + files.size() + " documents",
                "Candidate claims found by claimstat extract, for a person to review: entity, period, claimant"
                        + " and indicator are left for the reviewer.", List.of());
        return ClaimDataset.of(info, sources, List.copyOf(indicators.values()), claims, List.of(), List.of());
    }

    private static Aggregation aggregation(Claim c) {
        return switch (c.unit().kind()) {
            case PERCENT -> Aggregation.SHARE;
            case RANK -> Aggregation.RANK;
            case TIME -> Aggregation.DURATION;
            case DATE -> Aggregation.DATE;
            default -> Aggregation.STOCK;
        };
    }

    private static String title(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.length() > 200 ? l.substring(0, 200) : l).orElse("");
    }
}
