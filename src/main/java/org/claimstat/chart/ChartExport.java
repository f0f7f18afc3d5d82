package org.claimstat.chart;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders charts headless, to files and to the forms notebooks display, whatever the kernel: a
 * {@link BufferedImage}, PNG bytes, an SVG document or element (Apache Batik's SVG generator), or an HTML fragment.
 * Methods without a size use {@link Charts#preferredSize(JFreeChart)}.
 *
 * <p>Stateless and thread-safe, as long as one chart is not drawn by two threads at once.
 *
 * {@snippet class=org.claimstat.snippets.ChartSnippets region=chartExport}
 */
public final class ChartExport {
    private static final Pattern ELEMENT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*+");

    private ChartExport() {
    }

    /** Returns the chart drawn on an image of {@code width} by {@code height} pixels. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        requireSize(width, height);
        return Objects.requireNonNull(chart, "chart").createBufferedImage(width, height);
    }

    /** Returns the chart drawn on an image of its preferred size. */
    public static BufferedImage image(JFreeChart chart) {
        Dimension size = Charts.preferredSize(chart);
        return image(chart, size.width, size.height);
    }

    /** Returns the chart as PNG bytes of {@code width} by {@code height} pixels. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        try {
            return ChartUtils.encodeAsPNG(image(chart, width, height));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }

    /** Returns the chart as PNG bytes of its preferred size. */
    public static byte[] png(JFreeChart chart) {
        Dimension size = Charts.preferredSize(chart);
        return png(chart, size.width, size.height);
    }

    /** Returns a standalone SVG document (with XML declaration) of {@code width} by {@code height}. */
    public static String svg(JFreeChart chart, int width, int height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + draw(chart, width, height, "chart", true) + "\n";
    }

    /** Returns a standalone SVG document of the chart's preferred size. */
    public static String svg(JFreeChart chart) {
        Dimension size = Charts.preferredSize(chart);
        return svg(chart, size.width, size.height);
    }

    /**
     * Returns an {@code <svg>} element to inline in HTML: it scales to its container's width (a
     * view box), and its element id and the ids of its definitions start with {@code id}, so
     * several charts can share one page.
     *
     * @throws IllegalArgumentException if {@code id} is not a letter followed by letters, digits, {@code _} or {@code -}
     */
    public static String svgElement(JFreeChart chart, int width, int height, String id) {
        Objects.requireNonNull(id, "id");
        if (!ELEMENT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id must be a letter followed by letters, digits, _ or -, was '" + id + "'");
        }
        return draw(chart, width, height, id, false);
    }

    /** Returns a {@code <figure>} holding the chart as inline SVG of its preferred size, for notebooks and reports. */
    public static String html(JFreeChart chart, String id) {
        Dimension size = Charts.preferredSize(chart);
        return "<figure class=\"claimstat-chart\" style=\"margin:0;max-width:" + size.width + "px\">"
                + svgElement(chart, size.width, size.height, id) + "</figure>";
    }

    /** Returns an {@code <img>} holding the chart as a PNG data URI of its preferred size, for viewers without SVG. */
    public static String htmlImage(JFreeChart chart, String alt) {
        Objects.requireNonNull(alt, "alt");
        Dimension size = Charts.preferredSize(chart);
        String data = Base64.getEncoder().encodeToString(png(chart, size.width, size.height));
        return "<img width=\"" + size.width + "\" height=\"" + size.height + "\" alt=\"" + escapeAttribute(alt)
                + "\" src=\"data:image/png;base64," + data + "\">";
    }

    /** Writes the chart as a PNG file of {@code width} by {@code height} pixels and returns the path.
     *
     * @param chart the chart to draw
     * @param file the file to write
     * @param width the width in pixels
     * @param height the height in pixels
     * @return {@code file}
     * @throws IOException if the file cannot be written
     */
    public static Path writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.write(file, png(chart, width, height));
        return file;
    }

    /** Writes the chart as a PNG file of its preferred size and returns the path.
     *
     * @param chart the chart to draw
     * @param file the file to write
     * @return {@code file}
     * @throws IOException if the file cannot be written
     */
    public static Path writePng(JFreeChart chart, Path file) throws IOException {
        Files.write(file, png(chart));
        return file;
    }

    /** Writes the chart as an SVG file of {@code width} by {@code height} and returns the path.
     *
     * @param chart the chart to draw
     * @param file the file to write
     * @param width the width in pixels
     * @param height the height in pixels
     * @return {@code file}
     * @throws IOException if the file cannot be written
     */
    public static Path writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.writeString(file, svg(chart, width, height), StandardCharsets.UTF_8);
        return file;
    }

    /** Writes the chart as an SVG file of its preferred size and returns the path.
     *
     * @param chart the chart to draw
     * @param file the file to write
     * @return {@code file}
     * @throws IOException if the file cannot be written
     */
    public static Path writeSvg(JFreeChart chart, Path file) throws IOException {
        Files.writeString(file, svg(chart), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Draws the chart with Batik's SVG generator and returns the {@code <svg>} element: its id {@code id}, the ids of
     * its definitions prefixed with {@code id-}, a view box of the size so that it scales, no generator comment and no
     * document type; a width and height only where {@code dimensions}.
     */
    private static String draw(JFreeChart chart, int width, int height, String id, boolean dimensions) {
        Objects.requireNonNull(chart, "chart");
        requireSize(width, height);
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVGGraphics2D.SVG_NAMESPACE_URI, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot make an SVG document", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String kind) {
                return id + "-" + super.generateID(kind);
            }
        });
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        Element root = g2.getRoot();
        root.setAttribute("id", id);
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("preserveAspectRatio", "xMidYMid meet");
        if (!dimensions) {
            root.removeAttribute("width");
            root.removeAttribute("height");
        }
        Element generic = (Element) root.getElementsByTagName("defs").item(0);
        if (generic != null && generic.getAttribute("id").equals(SVGGraphics2D.ID_PREFIX_GENERIC_DEFS)) {
            generic.setAttribute("id", id + "-" + SVGGraphics2D.ID_PREFIX_GENERIC_DEFS);
        }
        StringWriter out = new StringWriter(1 << 15);
        try {
            g2.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("could not write the chart as SVG", e);
        }
        String svg = xmlChars(out.toString());
        String element = svg.substring(svg.indexOf("<svg")).strip();
        return element.endsWith("</svg\n>") ? element.substring(0, element.length() - 7) + "</svg>" : element;
    }

    /**
     * Returns {@code xml} with every char XML 1.0 forbids (a control char from the data other than tab and line
     * breaks, U+FFFE, U+FFFF, half a surrogate pair) replaced by U+FFFD, so that the SVG stays well-formed whatever
     * the labels hold; Batik writes them as they are.
     */
    private static String xmlChars(String xml) {
        StringBuilder s = null;
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < xml.length() && Character.isLowSurrogate(xml.charAt(i + 1));
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !pair && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(xml.charAt(i - 1)));
            if (bad && s == null) {
                s = new StringBuilder(xml.length()).append(xml, 0, i);
            }
            if (s != null) {
                s.append(bad ? '\uFFFD' : c);
            }
        }
        return s == null ? xml : s.toString();
    }

    private static void requireSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("chart size must be positive, was " + width + " by " + height);
        }
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
