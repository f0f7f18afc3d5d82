package org.claimstat.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Executes {@code examples/russia-ai.ipynb} headless with a real Java kernel (rapaio-jupyter-kernel)
 * and the built {@code target/claimstat-cli.jar} on its classpath, as a user would, then asserts
 * on the cells' outputs. Skipped, saying why, where Jupyter's nbconvert is not installed
 * ({@code .ci/run} installs it).
 */
class NotebookIT {
    private static final Path NOTEBOOK = Path.of("examples/russia-ai.ipynb");
    private static final Path WORK = Path.of("target/notebook");
    private static final int START_ATTEMPTS = 3;
    private static JsonNode executed;

    @BeforeAll
    static void executeNotebook() throws Exception {
        assumeTrue(commandWorks("jupyter", "nbconvert", "--version"),
                "skipped: jupyter nbconvert is not installed (Debian: jupyter-nbconvert python3-nbclient jupyter-client)");
        Path kernelJar = Path.of(System.getProperty("claimstat.kernelJar", "target/jupyter/rapaio-jupyter-kernel.jar"));
        Path cliJar = Path.of(System.getProperty("claimstat.cliJar", "target/claimstat-cli.jar"));
        assertTrue(Files.isRegularFile(kernelJar), "kernel jar missing: " + kernelJar);
        assertTrue(Files.isRegularFile(cliJar), "claimstat jar missing: " + cliJar);
        writeKernelSpec(kernelJar.toAbsolutePath(), cliJar.toAbsolutePath());
        Path out = WORK.resolve("russia-ai.executed.ipynb");
        executed = new ObjectMapper().readTree(runNotebook(out).toFile());
    }

    /** The kernel sometimes misses its first request under load: each start is bounded and retried. */
    private static Path runNotebook(Path out) throws Exception {
        List<String> logs = new ArrayList<>();
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            Files.deleteIfExists(out);
            Path log = WORK.resolve("nbconvert-" + attempt + ".log");
            ProcessBuilder pb = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.kernel_name=claimstat-java",
                    "--ExecutePreprocessor.startup_timeout=90", "--ExecutePreprocessor.timeout=600",
                    "--output-dir", WORK.toAbsolutePath().toString(), "--output", out.getFileName().toString(),
                    NOTEBOOK.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).directory(NOTEBOOK.toAbsolutePath().getParent().toFile());
            pb.environment().put("JUPYTER_PATH", WORK.resolve("jupyter").toAbsolutePath().toString());
            Process p = pb.start();
            p.getOutputStream().close();
            p.waitFor(15, TimeUnit.MINUTES);
            String text = Files.readString(log);
            if (p.exitValue() == 0 && Files.isRegularFile(out)) {
                return out;
            }
            logs.add("attempt " + attempt + ": exit " + p.exitValue() + "\n" + tail(text));
            if (!text.contains("Kernel didn't respond") && !text.contains("Kernel died")) {
                break;
            }
        }
        throw new AssertionError("notebook did not execute:\n" + String.join("\n", logs));
    }

    private static void writeKernelSpec(Path kernelJar, Path cliJar) throws IOException {
        Path dir = WORK.resolve("jupyter/kernels/claimstat-java");
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        ObjectNode spec = json.createObjectNode();
        spec.putArray("argv").add("java").add("-Djava.awt.headless=true").add("-jar")
                .add(kernelJar.toString()).add("{connection_file}");
        spec.put("display_name", "Java (claimstat)").put("language", "java").put("interrupt_mode", "message");
        spec.putObject("env").put("RJK_CLASSPATH", cliJar.toString()).put("RJK_COMPILER_OPTIONS", "")
                .put("RJK_INIT_SCRIPT", "").put("RJK_TIMEOUT_MILLIS", "-1");
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("kernel.json").toFile(), spec);
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String tail(String text) {
        return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
    }

    private static List<JsonNode> outputs() {
        List<JsonNode> all = new ArrayList<>();
        executed.get("cells").forEach(cell -> cell.path("outputs").forEach(all::add));
        return all;
    }

    private static String allText() {
        StringBuilder sb = new StringBuilder();
        for (JsonNode o : outputs()) {
            o.path("data").fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith("image/")) {
                    sb.append(joined(e.getValue())).append('\n');
                }
            });
            sb.append(joined(o.path("text"))).append('\n');
        }
        return sb.toString();
    }

    @Test
    void noCellErrored() {
        List<String> errors = new ArrayList<>();
        for (JsonNode o : outputs()) {
            if (o.path("output_type").asText().equals("error")) {
                errors.add(o.path("ename").asText() + ": " + o.path("evalue").asText());
            }
            if (o.path("name").asText().equals("stderr") && o.path("text").toString().contains("Exception")) {
                errors.add("stderr: " + o.path("text"));
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void noCellEchoesTheKernelsDisplayId() {
        for (JsonNode o : outputs()) {
            String shown = joined(o.path("data").path("text/html")) + joined(o.path("data").path("text/plain"));
            assertFalse(shown.strip().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                    "a cell shows the display id " + shown);
        }
    }

    @Test
    void everyCodeCellHasProseAboveIt() {
        JsonNode cells = executed.get("cells");
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).path("cell_type").asText().equals("code")) {
                assertTrue(i > 0 && cells.get(i - 1).path("cell_type").asText().equals("markdown"),
                        "code cell " + i + " has no prose above it");
            }
        }
    }

    @Test
    void showsTheClaimsTableAndTheFindings() {
        String text = allText();
        assertTrue(text.contains("<table"), "no HTML table in the outputs");
        assertTrue(text.contains("ai_lag_behind_us_china") && text.contains("six to nine"),
                "the claims table of the lag indicator is missing");
        assertTrue(text.contains("<td>dates</td>") && text.contains("<td>conflict</td>"),
                "the findings table lacks the directive date conflict");
        assertTrue(text.contains("<td>same_figure</td>"), "the findings table lacks the repeated lag figure");
        String nearly = org.claimstat.Quantity.of(new java.math.BigDecimal("12000"), org.claimstat.Hedge.NEARLY,
                org.claimstat.Unit.PERSON).interval().toString();
        assertTrue(text.contains("<td>nearly 12,000</td>") && text.contains("<td>" + nearly + "</td>"),
                "the extraction table is missing 'nearly 12,000' as " + nearly);
        assertTrue(text.contains("<svg"), "no inline SVG chart in the outputs");
    }

    @Test
    void aCellShowsTheIntervalChartAsAPngOfTheExpectedSize() throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (JsonNode o : outputs()) {
            JsonNode png = o.path("data").path("image/png");
            if (!png.isMissingNode()) {
                byte[] bytes = Base64.getMimeDecoder().decode(joined(png).getBytes(StandardCharsets.US_ASCII));
                images.add(ImageIO.read(new ByteArrayInputStream(bytes)));
            }
        }
        assertFalse(images.isEmpty(), "no image/png output");
        BufferedImage first = images.get(0);
        Files.write(WORK.resolve("notebook-chart.png"), Base64.getMimeDecoder().decode(
                firstPngBase64().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(900, first.getWidth());
        assertEquals(500, first.getHeight());
    }

    @Test
    void aChartOrReportReturnedFromACell_showsItselfWithoutAHelperCall() {
        JsonNode cells = executed.get("cells");
        boolean chart = false;
        boolean report = false;
        for (JsonNode cell : cells) {
            String source = joined(cell.path("source")).strip();
            List<String> kinds = new ArrayList<>();
            cell.path("outputs").forEach(o -> o.path("data").fieldNames().forEachRemaining(kinds::add));
            if (source.equals("Charts.forest(data, \"ai_lag_behind_us_china\")")) {
                chart = kinds.contains("image/png");
            }
            if (source.equals("Checks.defaults().run(data)")) {
                report = kinds.contains("text/html");
            }
        }
        assertTrue(chart, "the cell returning the forest plot shows no image/png");
        assertTrue(report, "the cell returning the check report shows no text/html");
    }

    @Test
    void theDatasetBuiltFromScratch_isComparedChartedAndChecked() {
        String text = allText();
        assertTrue(text.contains("hand-made"), "the hand-made dataset is not shown");
        assertTrue(text.contains("<td>m1</td>") && text.contains("<td>m2</td>"), "its comparison rows are missing");
        assertTrue(text.matches("(?s).*<td>conflict</td>.*m1.*m2.*|(?s).*<td>conflict</td>.*m2.*m1.*"),
                "its checks do not find that nearly 95,000 and 96,000 conflict");
    }

    private static String firstPngBase64() {
        for (JsonNode o : outputs()) {
            JsonNode png = o.path("data").path("image/png");
            if (!png.isMissingNode()) {
                return joined(png);
            }
        }
        throw new AssertionError("no png");
    }

    /** Jupyter stores text either as one string or as a list of lines. */
    private static String joined(JsonNode text) {
        if (!text.isArray()) {
            return text.asText("");
        }
        StringBuilder sb = new StringBuilder();
        text.forEach(l -> sb.append(l.asText()));
        return sb.toString();
    }
}
