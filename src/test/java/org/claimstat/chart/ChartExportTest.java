package org.claimstat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.claimstat.testing.SampleDatasets;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartExportTest {
    private static final JFreeChart FOREST = Charts.forest(SampleDatasets.sample(), "it_emigrants");

    @Test
    void png_decodesToAnImageOfTheAskedSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartExport.png(FOREST, 640, 300)));
        assertEquals(640, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals(370, ChartExport.image(FOREST).getHeight());
    }

    @Test
    void svg_isADocumentWithTheRowLabelsAsText() {
        String svg = ChartExport.svg(FOREST, 800, 400);
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains(" width=\"800\"") && svg.contains(" height=\"400\""), svg.substring(0, 300));
        assertTrue(svg.contains(">Le Monde, 5 Jan 2023 · RAEC</text"), "row labels are text");
        assertFalse(svg.contains("<!DOCTYPE"), "no document type that would fetch a DTD");
    }

    @Test
    void svgElement_scalesAndPrefixesItsIds() {
        String svg = ChartExport.svgElement(FOREST, 800, 400, "chart-a");
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains(" id=\"chart-a\""));
        assertTrue(svg.contains(" viewBox=\"0 0 800 400\""));
        assertFalse(svg.substring(0, svg.indexOf('>')).contains(" width="), "no fixed width: it scales to its box");
        assertFalse(svg.contains("<?xml"));
        assertTrue(svg.contains("clip-path:url(#chart-a-clipPath1)"), "clip ids carry the prefix");
        assertTrue(svg.contains("<defs id=\"chart-a-genericDefs\""), "so do the generic definitions");
        assertTrue(svg.endsWith("</svg>"));
    }

    @Test
    void svgElement_rejectsAnIdThatIsNotAName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ChartExport.svgElement(FOREST, 10, 10, "a\"b"));
        assertEquals("chart id must be a letter followed by letters, digits, _ or -, was 'a\"b'", e.getMessage());
    }

    @Test
    void image_rejectsAnEmptySize() {
        var e = assertThrows(IllegalArgumentException.class, () -> ChartExport.image(FOREST, 0, 10));
        assertEquals("chart size must be positive, was 0 by 10", e.getMessage());
    }

    @Test
    void html_wrapsInlineSvgInAFigure() {
        String html = ChartExport.html(FOREST, "f1");
        assertTrue(html.startsWith("<figure class=\"claimstat-chart\" style=\"margin:0;max-width:960px\"><svg"));
        assertTrue(html.endsWith("</svg></figure>"));
        assertTrue(ChartExport.htmlImage(FOREST, "a \"chart\"").startsWith(
                "<img width=\"960\" height=\"370\" alt=\"a &quot;chart&quot;\" src=\"data:image/png;base64,iVBOR"));
    }

    @Test
    void write_writesPngAndSvgFiles(@TempDir Path dir) throws Exception {
        Path png = ChartExport.writePng(FOREST, dir.resolve("f.png"), 500, 250);
        Path svg = ChartExport.writeSvg(FOREST, dir.resolve("f.svg"));
        assertEquals(500, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.readString(svg).contains("<svg"));
    }
}
