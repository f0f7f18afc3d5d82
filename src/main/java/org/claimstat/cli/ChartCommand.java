package org.claimstat.cli;

import java.awt.Dimension;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimstat.chart.ChartExport;
import org.claimstat.chart.Charts;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimstat chart DIR|NAME --indicator ID [--indicator ID...] [--kind forest|timeline|comparison]
 * [--title T] [--width W] [--height H] --out FILE.png|FILE.svg}: draws one chart of a dataset, as the report does,
 * and writes it as PNG or SVG by the file's extension. A forest plot or timeline shows one indicator; a comparison
 * shows one or more indicators of the same unit over time. The size defaults to {@link Charts#preferredSize}. Prints
 * the path written. Exit code 0 on success, 1 where there is no such dataset, 2 where its files hold bad data, an
 * indicator is unknown, the indicators do not fit the kind, or the file cannot be written.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draws a forest plot, timeline or comparison of a dataset's claims to a PNG or SVG file.")
final class ChartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR|NAME",
            description = "A dataset folder, or the name of a bundled dataset such as russia-ai.")
    private String dataset;

    @Option(names = "--indicator", paramLabel = "ID", required = true, split = ",",
            description = "The indicator to draw; a comparison takes several (repeat the option or separate by commas).")
    private List<String> indicators;

    @Option(names = "--kind", paramLabel = "forest|timeline|comparison", defaultValue = "forest",
            description = "forest (default): one row per claim with its interval; timeline: claims by publication date;"
                    + " comparison: indicators over time.")
    private String kind;

    @Option(names = "--title", paramLabel = "T", description = "The title of a comparison (default: the indicators' ids).")
    private Optional<String> title;

    @Option(names = "--width", paramLabel = "W", description = "Width in pixels (default: 960).")
    private Optional<Integer> width;

    @Option(names = "--height", paramLabel = "H", description = "Height in pixels (default: tall enough for every row).")
    private Optional<Integer> height;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write: .png or .svg. Its folder is made if missing.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws DatasetArgument.Unusable {
        PrintWriter err = spec.commandLine().getErr();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            err.println("--out must end in .png or .svg, was '" + out + "'");
            return 2;
        }
        if (width.filter(w -> w < 100 || w > 10_000).isPresent() || height.filter(h -> h < 100 || h > 10_000).isPresent()) {
            err.println("--width and --height must be 100 to 10000 pixels");
            return 2;
        }
        ClaimDataset data = DatasetArgument.load(dataset);
        JFreeChart chart;
        try {
            chart = chart(data);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (indicators.stream().allMatch(i -> data.claimsOf(i).isEmpty())) {
            err.println(TerminalText.safe(Failures.noClaims(data, String.join(", ", indicators)) + "; nothing written"));
            return 2;
        }
        Dimension size = Charts.preferredSize(chart);
        int w = width.orElse(size.width);
        int h = height.orElse(size.height);
        try {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            if (name.endsWith(".png")) {
                ChartExport.writePng(chart, out, w, h);
            } else {
                ChartExport.writeSvg(chart, out, w, h);
            }
        } catch (IOException e) {
            err.println("cannot write " + out + ": " + e.getMessage());
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(out.toAbsolutePath());
        stdout.flush();
        return 0;
    }

    /** The chart of the kind asked for; throws {@link IllegalArgumentException} with a message for the user. */
    private JFreeChart chart(ClaimDataset data) {
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "forest", "timeline" -> {
                if (indicators.size() != 1) {
                    throw new IllegalArgumentException("a " + kind + " chart draws one indicator, " + indicators.size()
                            + " were given: " + String.join(", ", indicators) + " (use --kind comparison for several)");
                }
                return kind.equalsIgnoreCase("forest") ? Charts.forest(data, indicators.get(0))
                        : Charts.timeline(data, indicators.get(0));
            }
            case "comparison" -> {
                return Charts.comparison(data, indicators, title.orElse(String.join(", ", indicators)));
            }
            default -> throw new IllegalArgumentException("expected --kind forest, timeline or comparison, was '"
                    + kind + "'");
        }
    }
}
