package org.claimstat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimstat.Claim;
import org.claimstat.compare.Comparison;
import org.claimstat.compare.Comparisons;
import org.claimstat.compare.NoRateException;
import org.claimstat.dataset.ClaimDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimstat compare DIR|NAME --indicator ID [--entity E] [--format json|table]
 * [--rate-tolerance DAYS]}: lines up the claims of one indicator per entity and period, in one
 * unit, with independence, pairwise overlap and ratio, consensus and spread; JSON is an array
 * of comparison objects, one per entity. Exit code 0 on
 * success, 1 where there is no such dataset, 2 where its files hold bad data, the indicator is
 * unknown, or a claim cannot be converted (no rate close enough, incompatible unit).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares the claims of one indicator: intervals in one unit, independence, overlaps,"
                + " consensus (median of independent sources) and spread (IQR, MAD).")
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR|NAME",
            description = "A dataset folder, or the name of a bundled dataset such as russia-ai.")
    private String dataset;

    @Option(names = "--indicator", paramLabel = "ID", required = true, description = "The indicator to compare.")
    private String indicator;

    @Option(names = "--entity", paramLabel = "E", description = "Only this entity (default: each entity).")
    private Optional<String> entity;

    @Option(names = "--unit", paramLabel = "U", description = "Compare in this unit, such as EUR or thousand person"
            + " (default: the indicator's unit).")
    private Optional<String> unit;

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "table",
            description = "table (default) or json.")
    private String format;

    @Mixin
    private RateToleranceOption rateTolerance;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws DatasetArgument.Unusable {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("table")) {
            err.println("expected --format json or table, was '" + format + "'");
            return 2;
        }
        ClaimDataset data = DatasetArgument.load(dataset);
        List<Comparison> comparisons;
        try {
            Comparisons c = Comparisons.of(data).indicator(indicator).rateToleranceDays(rateTolerance.days());
            if (unit.isPresent()) {
                c = c.unit(unit(unit.get()));
            }
            comparisons = (entity.isPresent() ? c.entity(entity.get()) : c).compareAll();
        } catch (IllegalArgumentException | NoRateException e) {
            CheckText.wrap(TerminalText.safe(e.getMessage()), 120).forEach(err::println);  // ids and units are data
            return 2;
        }
        if (data.claimsOf(indicator).isEmpty()) {
            err.println(TerminalText.safe(Failures.noClaims(data, indicator)));
            return 2;
        }
        if (comparisons.isEmpty() && entity.isPresent()) {
            err.println("no claims of indicator '" + indicator + "' for --entity '" + entity.get() + "'; its entities: "
                    + String.join(", ", data.claimsOf(indicator).stream().map(Claim::entity).distinct().sorted().toList()));
            return 2;
        }
        if (format.equalsIgnoreCase("json")) {
            out.println(JsonText.inert(Comparison.toJson(comparisons)));
        } else {
            for (Comparison c : comparisons) {
                out.println(CompareText.render(data, c));
            }
        }
        out.flush();
        return 0;
    }

    private static org.claimstat.Unit unit(String text) {
        try {
            return org.claimstat.Unit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--unit: " + e.getMessage(), e);
        }
    }
}
