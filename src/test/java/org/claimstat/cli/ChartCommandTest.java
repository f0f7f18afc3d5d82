package org.claimstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void forest_isWrittenAsPngOfTheGivenSizeIntoANewFolder() throws IOException {
        Path png = dir.resolve("charts/lag.png");
        assertEquals(0, run("chart", "russia-ai", "--indicator", "ai_lag_behind_us_china", "--out", png.toString(),
                "--width", "800", "--height", "400"), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(png.toAbsolutePath().toString(), out.toString().trim());
    }

    @Test
    void timeline_isWrittenAsSvgAtThePreferredSize() throws IOException {
        Path svg = dir.resolve("vacancies.svg");
        assertEquals(0, run("chart", "russia-ai", "--indicator", "it_vacancies", "--kind", "timeline",
                "--out", svg.toString()), err.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg ") && text.contains("width=\"960\""), text.substring(0, 300));
        assertTrue(text.contains("it_vacancies"), "the subtitle names the indicator");
    }

    @Test
    void comparison_takesSeveralIndicatorsOfOneUnit() throws IOException {
        Path png = dir.resolve("ranks.png");
        assertEquals(0, run("chart", "ai-nations", "--kind", "comparison", "--indicator",
                "tortoise_countries_ranked,vibrancy_countries_ranked", "--title", "Countries ranked", "--out",
                png.toString()), err.toString());
        assertEquals(960, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void badRequests_areErrorsThatSayWhatIsWrong() {
        assertEquals(2, run("chart", "russia-ai", "--indicator", "nope", "--out", dir.resolve("a.png").toString()));
        assertTrue(err.toString().contains("no indicator 'nope'"), err.toString());
        assertEquals(2, run("chart", "russia-ai", "--indicator", "it_vacancies", "--out", dir.resolve("a.pdf").toString()));
        assertTrue(err.toString().contains("--out must end in .png or .svg"), err.toString());
        assertEquals(2, run("chart", "russia-ai", "--indicator", "it_vacancies,it_workers_emigrated", "--out",
                dir.resolve("b.png").toString()));
        assertTrue(err.toString().contains("a forest chart draws one indicator, 2 were given"), err.toString());
        assertEquals(2, run("chart", "russia-ai", "--indicator", "it_vacancies", "--kind", "pie", "--out",
                dir.resolve("c.png").toString()));
        assertTrue(err.toString().contains("expected --kind forest, timeline or comparison, was 'pie'"), err.toString());
        assertEquals(2, run("chart", "russia-ai", "--kind", "comparison", "--indicator",
                "it_vacancies,it_workers_emigrated", "--out", dir.resolve("d.png").toString()));
        assertFalse(Files.exists(dir.resolve("a.png")) || Files.exists(dir.resolve("b.png")));
        assertEquals(1, run("chart", "no-such-dataset", "--indicator", "x", "--out", dir.resolve("e.png").toString()));
    }
}
