import org.claimstat.Claim;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads the ai-nations dataset and prints five countries side by side on two indicators: for each
 * country, the latest period any source reports, the figure, and how many independent sources
 * (syndicated copies counted once) report that figure.
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java -cp target/claimstat-cli.jar examples/AiNationsExample.java [DATASET_DIR]
 * </pre>
 */
public final class AiNationsExample {

    private static final List<String> COUNTRIES = List.of("US", "CN", "GB", "IN", "RU");
    private static final List<String> INDICATORS = List.of("tortoise_rank", "private_ai_investment");

    private AiNationsExample() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "datasets/ai-nations");
        ClaimDataset dataset = ClaimDatasets.read(dir);
        List<String[]> rows = new ArrayList<>();
        rows.add(headerRow(dataset));
        for (String country : COUNTRIES) {
            String[] row = new String[INDICATORS.size() + 1];
            row[0] = country;
            for (int i = 0; i < INDICATORS.size(); i++) {
                row[i + 1] = cell(dataset, INDICATORS.get(i), country);
            }
            rows.add(row);
        }
        int[] widths = new int[INDICATORS.size() + 1];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == 0 ? "" : " | ").append(String.format("%-" + widths[i] + "s", rows.get(r)[i]));
            }
            System.out.println(line.toString().stripTrailing());
            if (r == 0) {
                System.out.println("-".repeat(line.length()));
            }
        }
        System.out.println();
        System.out.println("n src = independent sources; a claim's wire (derived_from) counts once. '-' = no claim.");
    }

    private static String[] headerRow(ClaimDataset dataset) {
        String[] header = new String[INDICATORS.size() + 1];
        header[0] = "country";
        for (int i = 0; i < INDICATORS.size(); i++) {
            header[i + 1] = dataset.indicator(INDICATORS.get(i)).orElseThrow().label();
        }
        return header;
    }

    /** Returns the figure of the latest period reported for the country, with its source count. */
    private static String cell(ClaimDataset dataset, String indicator, String country) {
        List<Claim> claims = dataset.claimsOf(indicator).stream()
                .filter(c -> c.entity().equals(country))
                .toList();
        Optional<Claim> latest = claims.stream().max(Comparator.comparing(Claim::period));
        if (latest.isEmpty()) {
            return "-";
        }
        Claim shown = latest.get();
        List<Claim> same = claims.stream()
                .filter(c -> c.period().equals(shown.period()) && c.quantity().equals(shown.quantity()))
                .toList();
        long independent = same.stream()
                .map(c -> dataset.sourceOf(c).independenceKey())
                .collect(Collectors.toSet()).size();
        long disagreeing = claims.stream()
                .filter(c -> c.period().equals(shown.period()) && !c.quantity().equals(shown.quantity()))
                .count();
        String figure = describe(shown);
        String year = shown.period().start().map(Object::toString).orElse("?");
        return figure + " (" + year + ", " + independent + " src"
                + (disagreeing > 0 ? ", " + disagreeing + " differ" : "") + ")";
    }

    private static String describe(Claim claim) {
        Unit unit = claim.unit();
        String number = claim.quantity().number().map(n -> n.toPlainString()).orElse("?");
        if (unit.rankOutOf().isPresent()) {
            return number + " of " + unit.rankOutOf().getAsInt();
        }
        if (unit.kind() == Unit.Kind.CURRENCY) {
            return claim.quantity().number()
                    .map(n -> String.format("%s %,.1f bn", unit.symbol(), n.doubleValue() / 1e9))
                    .orElse("?");
        }
        return number + " " + unit.symbol();
    }
}
