package org.claimstat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.claimstat.Claim;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Period;
import org.claimstat.Quantity;
import org.claimstat.Unit;
import org.claimstat.dataset.ClaimDataset;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The "about" soft band is drawn and inside the axis (as on a report's small per-finding chart), and the subtitle counts witnesses. */
class ForestAboutAndWitnessesTest {
    private static Claim claim(String id, String value, Hedge hedge, String claimant, String source) {
        return Claim.of(id, "change", "GB", Period.parse("2023"), Quantity.of(new BigDecimal(value), hedge,
                Unit.parse("percent")), ClaimKind.STATEMENT, claimant, source, value + "%");
    }

    private static ClaimDataset dataset(Claim... claims) {
        var builder = ClaimDataset.builder("t").source("s1", "The Independent", "t1", "2024-01-01")
                .source("s2", "KVIA", "t2", "2024-01-01").indicator("change", "Change on a year earlier", "percent");
        for (Claim c : claims) {
            builder.claim(c);
        }
        return builder.build();
    }

    private static String subtitle(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.getText().contains(" claims from ")) {
                return t.getText();
            }
        }
        throw new AssertionError("no subtitle counting claims");
    }

    @Test
    void forest_drawsTheAboutBandInsideTheAxisOnASmallChart() {
        ClaimDataset data = dataset(claim("c1", "-33.3", Hedge.APPROXIMATELY, "The Independent", "s1"),
                claim("c2", "-36", Hedge.EXACT, "KVIA", "s2"));
        JFreeChart chart = Charts.forest(data, "change", Optional.empty());
        XYPlot plot = chart.getXYPlot();
        ValueAxis axis = plot.getDomainAxis();
        org.claimstat.Interval about = data.claims().get(0).interval();
        assertTrue(about.lower() < -33.3 && about.upper() > -33.3, "'about' is a band around the value: " + about);
        assertTrue(axis.getRange().contains(about.lower()) && axis.getRange().contains(about.upper()),
                "the axis holds the whole band " + about + ": " + axis.getRange());

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(640, 220, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        SymbolAxis rows = (SymbolAxis) plot.getRangeAxis();
        int row = List.of(rows.getSymbols()).indexOf(List.of(rows.getSymbols()).stream()
                .filter(s -> s.startsWith("The Independent")).findFirst().orElseThrow());
        double inside = -33.3 + 0.75 * (about.upper() + 33.3);  // inside the band, clear of the dot
        int x = (int) axis.valueToJava2D(inside, area, RectangleEdge.BOTTOM);
        int y = (int) rows.valueToJava2D(row, area, RectangleEdge.LEFT);
        Color pixel = new Color(image.getRGB(x, y));
        assertTrue(pixel.getBlue() > pixel.getRed() + 20 && pixel.getRed() < 230,
                "the soft band's tint at (" + x + ", " + y + "), was " + pixel);
    }

    @Test
    void forest_countsWitnessesAsTheChecksDo_notOutlets() {
        ClaimDataset twoOutletsOneClaimant = dataset(claim("c1", "-36", Hedge.EXACT, "Home Office", "s1"),
                claim("c2", "-36", Hedge.EXACT, "Home Office", "s2"));
        assertEquals("2023 · 2 claims from 1 independent source · change",
                subtitle(Charts.forest(twoOutletsOneClaimant, "change", Optional.empty())));
        ClaimDataset twoWitnesses = dataset(claim("c1", "-33.3", Hedge.APPROXIMATELY, "The Independent", "s1"),
                claim("c2", "-36", Hedge.EXACT, "KVIA", "s2"));
        assertEquals("2023 · 2 claims from 2 independent sources · change",
                subtitle(Charts.forest(twoWitnesses, "change", Optional.empty())));
    }
}
