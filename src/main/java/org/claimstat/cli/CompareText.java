package org.claimstat.cli;

import java.util.List;
import java.util.OptionalDouble;
import org.claimstat.Claim;
import org.claimstat.chart.Readable;
import org.claimstat.compare.Comparison;
import org.claimstat.dataset.ClaimDataset;

/**
 * Lays a comparison out for a terminal in at most {@link TextTable#WIDTH} columns: the claims
 * (stated value with separators and unit, interval in the comparison's unit, ISO dates, copies
 * marked) each with its outlet, claimant and independence on a second line, then the pairs, then
 * the consensus per period. JSON keeps the raw values.
 */
final class CompareText {
    private CompareText() {
    }

    static String render(ClaimDataset dataset, Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(ClaimText.clean(c.indicator() + " · " + c.entity() + " · in " + c.unit(), TextTable.WIDTH)).append('\n');
        TextTable claims = new TextTable(List.of(TextTable.Column.left("claim", 12), TextTable.Column.left("period", 10),
                TextTable.Column.right("stated", 14), TextTable.Column.left("interval", 14),
                TextTable.Column.left("independent", 4)));
        for (Comparison.Row r : c.rows()) {
            String stated = dataset.claims().stream().filter(x -> x.id().equals(r.claim())).findFirst().map(Claim::quantity)
                    .map(ClaimText::quantity).orElse(r.stated());
            String detail = r.publisher() + r.published().map(d -> ", " + d).orElse("") + " (" + r.source() + ") · "
                    + r.claimant() + r.countsWith().map(w -> " · counts with " + w).orElse("");
            claims.add(List.of(r.claim(), r.period().toString(), stated, Readable.interval(r.interval(), c.unit()),
                    r.independent() ? "yes" : "no"), detail);
        }
        out.append(claims.render()).append('\n');
        TextTable pairs = new TextTable(List.of(TextTable.Column.left("first", 12), TextTable.Column.left("second", 12),
                TextTable.Column.left("period", 10), TextTable.Column.left("overlap", 3), TextTable.Column.right("ratio", 5)));
        for (Comparison.Pair p : c.pairs()) {
            pairs.add(List.of(p.first(), p.second(), p.period().toString(), p.overlap() ? "yes" : "no", number(p.ratio())));
        }
        out.append(pairs.render()).append('\n');
        TextTable consensus = new TextTable(List.of(TextTable.Column.left("period", 10), TextTable.Column.right("claims", 3),
                TextTable.Column.right("independent", 3), TextTable.Column.right("used", 3),
                TextTable.Column.right("median", 6), TextTable.Column.right("q1", 6), TextTable.Column.right("q3", 6),
                TextTable.Column.right("iqr", 6), TextTable.Column.right("mad", 6)));
        for (Comparison.Consensus k : c.consensus()) {
            consensus.add(List.of(k.period().toString(), Integer.toString(k.claims()), Integer.toString(k.independent()),
                    Integer.toString(k.used()), number(k.median()), number(k.q1()), number(k.q3()), number(k.iqr()),
                    number(k.mad())));
        }
        out.append(consensus.render());
        c.perYearNote().ifPresent(note -> {
            TextTable perYear = new TextTable(List.of(TextTable.Column.left("claim", 12), TextTable.Column.left("period", 10),
                    TextTable.Column.left("per year", 24)));
            for (Comparison.Row r : c.rows()) {
                c.perYear(r).ifPresent(i -> perYear.add(List.of(r.claim(), r.period().toString(),
                        Readable.interval(i, c.unit()))));
            }
            // wrapped, not cut: the note names every period length, which a reader needs whole
            out.append('\n').append(String.join("\n", CheckText.wrap(ClaimText.clean(note, 0), TextTable.WIDTH)))
                    .append('\n').append(perYear.render());
        });
        return out.toString();
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? Readable.number(value.getAsDouble()) : "";
    }
}
