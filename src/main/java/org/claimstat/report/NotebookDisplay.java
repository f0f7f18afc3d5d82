package org.claimstat.report;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;
import org.claimstat.check.CheckReport;
import org.claimstat.compare.Comparison;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.extract.Extraction;
import org.jfree.chart.JFreeChart;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.MimeType;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import tech.tablesaw.api.Table;

/**
 * Shows claimstat's results inline in the rapaio Java kernel for Jupyter when a cell returns them, with
 * no helper call: a chart ({@link JFreeChart}) as a 900 by 500 PNG, a Tablesaw {@link Table}, a
 * {@link ClaimDataset}, a {@link CheckReport} (findings, then what ran), a {@link Comparison} and an
 * {@link Extraction} as escaped HTML tables ({@link Notebook}). The kernel finds this class through its
 * display SPI ({@code META-INF/services/org.rapaio.jupyter.kernel.display.spi.DisplayProvider}) when the
 * claimstat jar joins a notebook's classpath; outside that kernel nothing loads it, and the kernel is a
 * {@code provided} dependency that library users never download.
 *
 * <p>Stateless and thread-safe.
 */
public final class NotebookDisplay implements DisplayProvider {

    /** Creates the provider; the kernel's {@link java.util.ServiceLoader} calls this. */
    public NotebookDisplay() {
    }

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(
                new HtmlRenderer<>(Table.class, Notebook::html),
                new HtmlRenderer<>(ClaimDataset.class, d -> "<p>" + Html.escape(d.toString()) + "</p>\n" + Notebook.html(d.toTable())),
                new HtmlRenderer<>(CheckReport.class, r -> Notebook.html(r.toTable()) + Notebook.html(r.checksTable())),
                new HtmlRenderer<>(Comparison.class, c -> Notebook.html(c.toTable()) + Notebook.html(c.consensusTable())),
                new HtmlRenderer<>(Extraction.class, e -> Notebook.html(e.toTable())));
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of(new ChartImage());
    }

    /** Renders one claimstat type as HTML, with its text form beside it for frontends without HTML. */
    private record HtmlRenderer<T>(Class<T> type, Function<T, String> html) implements DisplayRenderer {
        @Override
        public Class<?> rendererClass() {
            return type;
        }

        @Override
        public boolean canRender(String mime) {
            return mime == null || MimeType.HTML.longType().equals(mime) || MimeType.HTML.shortTypes().contains(mime);
        }

        @Override
        public DisplayData render(String mime, Object o) {
            DisplayData data = DisplayData.fromHtml(html.apply(type.cast(o)));
            data.putText(o.toString());
            return data;
        }
    }

    /** Turns a chart into the image the kernel's own image renderer shows as PNG. */
    private static final class ChartImage implements DisplayTransformer {
        @Override
        public boolean canTransform(Object o) {
            return o instanceof JFreeChart;
        }

        @Override
        public Class<?> transformedClass() {
            return BufferedImage.class;
        }

        @Override
        public Object transform(Object o) {
            return Notebook.image((JFreeChart) o);
        }
    }
}
