package org.claimstat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.claimstat.Indicator;
import org.claimstat.Unit;
import org.claimstat.check.Checks;
import org.claimstat.check.Finding;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.junit.jupiter.api.Test;

/** The forest plots of real multi-outlet datasets read at a glance: the data gets the width, rows are short and grouped. */
class ForestReadabilityTest {
    private static final Path CROSSINGS = Path.of("src/test/resources/draft/channel-crossings/gold");
    private static final Path PLEDGES = Path.of("src/test/resources/draft/money-pledges/gold");

    /** Draws the chart at the report's width and returns the plot's data area width over the chart's. */
    private static double dataShare(JFreeChart chart, int width) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        int height = Charts.preferredSize(chart).height;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        chart.draw(image.createGraphics(), new java.awt.Rectangle(0, 0, width, height), info);
        return info.getPlotInfo().getDataArea().getWidth() / width;
    }

    private static java.util.Collection<?> annotations(XYPlot plot) {
        return ((XYErrorRenderer) plot.getRenderer()).getAnnotations();
    }

    @Test
    void forest_givesTheIntervalsAtLeast60PercentOfTheWidth_onManyRows() {
        ClaimDataset data = ClaimDatasets.read(CROSSINGS);
        assertTrue(data.claimsOf("small_boat_arrivals").size() >= 62, "a chart of many rows");
        JFreeChart chart = Charts.forest(data, "small_boat_arrivals", Checks.defaults().run(data).findings());
        double share720 = dataShare(chart, 720);
        assertTrue(share720 >= 0.60, "data area share at 720 px: " + share720);
        assertTrue(dataShare(chart, 960) >= 0.65, "data area share at 960 px");
    }

    @Test
    void forest_ofEveryIndicatorOfTheRealDatasets_keepsTheShareAbove60Percent() {
        for (ClaimDataset data : List.of(ClaimDatasets.read(CROSSINGS), ClaimDatasets.read(PLEDGES),
                ClaimDatasets.load("russia-ai"), ClaimDatasets.load("ai-nations"))) {
            for (Indicator i : data.indicators()) {
                double share = dataShare(Charts.forest(data, i.id()), 720);
                assertTrue(share >= 0.60, data.info().name() + " " + i.id() + ": " + share);
            }
        }
    }

    @Test
    void forest_groupsRowsUnderAHeadingAndLabelsThemWithOutletAndDate() {
        ClaimDataset data = ClaimDatasets.read(CROSSINGS);
        XYPlot plot = Charts.forest(data, "small_boat_arrivals").getXYPlot();
        String[] labels = ((SymbolAxis) plot.getRangeAxis()).getSymbols();
        assertTrue(Arrays.asList(labels).contains("The Times, 2 Jan 2023 · Home Office"), Arrays.toString(labels));
        assertTrue(Arrays.stream(labels).noneMatch(l -> l.contains("2022-") || l.contains("..")), "no ISO periods on rows");
        long headings = annotations(plot).stream().filter(a -> a instanceof RowHeading).count();
        assertTrue(headings >= 10, "one heading per entity and period: " + headings);
        assertTrue(Arrays.stream(labels).filter(String::isEmpty).count() == headings, "a blank row label for each heading");
        assertTrue(Arrays.stream(labels).anyMatch(l -> l.startsWith("↳ ")), "copies of one figure follow their first");
    }

    @Test
    void forest_ringsTheClaimsOfAConflict() {
        ClaimDataset data = ClaimDatasets.read(CROSSINGS);
        List<Finding> findings = Checks.defaults().run(data).findings();
        long rings = annotations(Charts.forest(data, "small_boat_arrivals", findings).getXYPlot()).stream().filter(a -> a instanceof RowHeading).count();
        long unmarked = annotations(Charts.forest(data, "small_boat_arrivals").getXYPlot()).stream()
                .filter(a -> a instanceof RowHeading).count();
        assertTrue(rings > unmarked, "rings drawn for the claims of conflicts: " + rings + " vs " + unmarked);
    }

    @Test
    void forest_axisSaysTheScaleAndUnitInWords() {
        ClaimDataset data = ClaimDatasets.read(CROSSINGS);
        ValueAxis axis = Charts.forest(data, "small_boat_arrivals").getXYPlot().getDomainAxis();
        assertTrue(axis.getLabel().startsWith("thousand people"), axis.getLabel());
    }

    @Test
    void forest_drawsNoConsensusBandOnDatesOrRanks() {
        for (ClaimDataset data : List.of(ClaimDatasets.load("russia-ai"), ClaimDatasets.load("ai-nations"))) {
            for (Indicator i : data.indicators()) {
                if (i.unit().kind() == Unit.Kind.DATE || i.unit().kind() == Unit.Kind.RANK) {
                    XYPlot plot = Charts.forest(data, i.id()).getXYPlot();
                    assertFalse(annotations(plot).stream().anyMatch(a -> a instanceof XYPolygonAnnotation),
                            "band on " + i.id());
                }
            }
        }
    }

    @Test
    void dateAxes_tickInDaysMonthsOrYears_neverATimeOfDay() {
        Set<DateTickUnitType> calendar = Set.of(DateTickUnitType.DAY, DateTickUnitType.MONTH, DateTickUnitType.YEAR);
        for (ClaimDataset data : List.of(ClaimDatasets.read(CROSSINGS), ClaimDatasets.read(PLEDGES),
                ClaimDatasets.load("russia-ai"), ClaimDatasets.load("ai-nations"))) {
            for (Indicator i : data.indicators()) {
                for (JFreeChart chart : List.of(Charts.forest(data, i.id()), Charts.timeline(data, i.id()))) {
                    if (chart.getXYPlot().getDomainAxis() instanceof DateAxis axis) {
                        dataShare(chart, 720);
                        assertTrue(calendar.contains(axis.getTickUnit().getUnitType()),
                                data.info().name() + " " + i.id() + ": " + axis.getTickUnit());
                    }
                }
            }
        }
    }
}
