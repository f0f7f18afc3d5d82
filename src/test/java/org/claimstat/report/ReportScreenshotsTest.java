package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the report of a real multi-outlet dataset (channel-crossings, ten outlets) in headless
 * Chromium at a desktop width (1280 px) and a phone width (390 px) and asserts on the page as
 * Chromium lays it out: no horizontal scroll, every chart has an accessible name, the findings come
 * before the first indicator section. The report is shown in a frame of the given width (headless
 * windows are at least 500 px wide), read by a wrapper page's script. The screenshots stay in
 * {@code target/screenshots/} for a person to look at (CI keeps them as artefacts). Skipped where no
 * {@code chromium} binary is installed ({@code .ci/run} installs Debian's).
 */
class ReportScreenshotsTest {
    private static final Path OUT = Path.of("target", "screenshots");
    /** Flags besides {@link Chromium#FLAGS}: the wrapper page frames the report from a file and waits for its script. */
    private static final List<String> PAGE_FLAGS = List.of("--allow-file-access-from-files", "--virtual-time-budget=8000");
    private static final int SHOT_HEIGHT_CAP = 9000;
    private static final Pattern RESULT = Pattern.compile("<title>RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)</title>");

    private static String run(String chromium, List<String> args, String profile) throws Exception {
        List<String> all = new ArrayList<>(PAGE_FLAGS);
        all.addAll(args);
        return Chromium.run(chromium, OUT, profile, 240, all);
    }

    /** A page that shows the report in a frame {@code width} by {@code height} and, once loaded, writes what it measured as its title. */
    private static Path wrapper(Path index, int width, int height, String name) throws Exception {
        String page = "<!DOCTYPE html><html><head><title>pending</title></head><body style=\"margin:0\">"
                + "<iframe id=\"f\" src=\"" + index.toAbsolutePath().toUri() + "\" width=\"" + width + "\" height=\"" + height
                + "\" style=\"border:0;display:block\"></iframe><script>"
                + "document.getElementById('f').addEventListener('load',function(){"
                + "var d=this.contentDocument,e=d.documentElement;"
                + "var svgs=d.querySelectorAll('figure.chart svg');var named=0;"
                + "svgs.forEach(function(s){if(s.getAttribute('role')==='img'&&(s.getAttribute('aria-label')||'').length>10)named++;});"
                + "var f=d.getElementById('findings'),i=d.querySelector('section.indicator');"
                + "var before=f&&i&&(f.compareDocumentPosition(i)&Node.DOCUMENT_POSITION_FOLLOWING)?1:0;"
                + "document.title='RESULT '+e.scrollWidth+' '+e.clientWidth+' '+e.scrollHeight+' '+svgs.length+' '+named+' '+before"
                + "+' '+d.querySelectorAll('h2').length"
                + "+' '+Math.round(d.querySelector('nav').getBoundingClientRect().height)+' '+(d.getElementById('contents').open?1:0)"
                + "+' '+Math.round(d.getElementById('findings').getBoundingClientRect().top)"
                // Small finding charts with an "about" claim, and those where its soft band (beside the legend's swatch)
                // is laid out with a width and height.
                + ";var about=0,drawn=0;d.querySelectorAll('figure.small svg').forEach(function(s){"
                + "if(s.textContent.indexOf('about (rounded figure)')<0)return;about++;var n=0;"
                + "s.querySelectorAll('[style*=\"fill-opacity:0.3137\"]').forEach(function(e){var r=e.getBoundingClientRect();"
                + "if(r.width>1&&r.height>1)n++;});if(n>=2)drawn++;});"
                + "document.title+=' '+about+' '+drawn;});</script></body></html>";
        return Files.writeString(OUT.resolve(name), page, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void report_readsAtDesktopAndPhoneWidthInChromium(int width) throws Exception {
        Optional<String> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "no chromium on PATH: install Debian's chromium (.ci/run does) to render the report");
        Files.createDirectories(OUT);
        ClaimDataset data = ClaimDatasets.read(Path.of("src/test/resources/draft/channel-crossings/gold"));
        Path dir = OUT.resolve("channel-crossings");
        Path index = Report.of(data).write(dir).index();

        String dom = run(chromium.get(), List.of("--window-size=" + Math.max(width, 500) + ",900", "--dump-dom",
                wrapper(index, width, 900, "measure-" + width + ".html").toAbsolutePath().toUri().toString()), "measure-" + width);
        Matcher m = RESULT.matcher(dom);
        assertTrue(m.find(), "the wrapper page measured the report: " + dom.substring(0, Math.min(300, dom.length())));
        int scrollWidth = Integer.parseInt(m.group(1));
        int clientWidth = Integer.parseInt(m.group(2));
        int height = Integer.parseInt(m.group(3));
        int charts = Integer.parseInt(m.group(4));
        System.out.printf("report at %d px: scrollWidth %d, clientWidth %d, height %d px, %d charts%n", width, scrollWidth,
                clientWidth, height, charts);
        assertTrue(scrollWidth <= clientWidth, "no horizontal scroll at " + width + " px: " + scrollWidth + " > " + clientWidth);
        assertTrue(charts >= data.indicators().size(), "a chart per indicator at least: " + charts);
        assertEquals(charts, Integer.parseInt(m.group(5)), "every chart has role=img and an accessible name");
        assertEquals(1, Integer.parseInt(m.group(6)), "findings come before the first indicator section");
        assertTrue(Integer.parseInt(m.group(7)) > data.indicators().size(), "a heading per section");
        int nav = Integer.parseInt(m.group(8));
        boolean open = m.group(9).equals("1");
        int findingsTop = Integer.parseInt(m.group(10));
        System.out.printf("  contents %d px high (%s), findings start at %d px%n", nav, open ? "open" : "folded", findingsTop);
        assertEquals(width >= 700, open, "the contents are open on a wide screen and folded on a phone");
        if (!open) {
            assertTrue(nav < 60, "folded contents take one line on a phone: " + nav + " px");
        }
        int about = Integer.parseInt(m.group(11));
        System.out.printf("  %d small finding charts with an 'about' claim, its band drawn in %s%n", about, m.group(12));
        assertTrue(about >= 1, "channel-crossings has a finding on an 'about' claim, whose small chart must draw the soft band");
        assertEquals(about, Integer.parseInt(m.group(12)), "every small chart of an 'about' claim draws its soft band");

        int shot = Math.min(height, SHOT_HEIGHT_CAP);
        Path png = OUT.resolve("report-" + width + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        run(chromium.get(), List.of("--window-size=" + Math.max(width, 500) + "," + shot, "--screenshot=" + png,
                wrapper(index, width, shot, "shot-" + width + ".html").toAbsolutePath().toUri().toString()), "shot-" + width);
        BufferedImage image = ImageIO.read(png.toFile());
        BufferedImage cropped = image.getSubimage(0, 0, Math.min(width, image.getWidth()), image.getHeight());
        ImageIO.write(cropped, "png", png.toFile());
        assertEquals(width, cropped.getWidth());
        assertEquals(shot, cropped.getHeight());
    }
}
