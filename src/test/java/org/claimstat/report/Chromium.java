package org.claimstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Headless Chromium for the report tests: finds the binary on the PATH and runs it with a profile of its own. */
final class Chromium {
    /** The flags every run takes: headless, sandbox-free, and quiet (no network of its own, no updates). */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    /** Returns the first of {@code chromium}, {@code chromium-browser}, {@code google-chrome} on the PATH. */
    static Optional<String> find() {
        return List.of("chromium", "chromium-browser", "google-chrome").stream()
                .flatMap(name -> List.of(System.getenv("PATH").split(File.pathSeparator)).stream()
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }

    /**
     * Runs {@code chromium} with {@link #FLAGS}, the profile folder {@code out/profile} and {@code args};
     * writes {@code out/profile.out} and {@code .err} and returns what it printed. Fails on a timeout or an
     * exit code other than 0.
     */
    static String run(String chromium, Path out, String profile, int timeoutSeconds, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + out.resolve(profile).toAbsolutePath());
        command.addAll(args);
        Path stdout = out.resolve(profile + ".out");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(out.resolve(profile + ".err").toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + timeoutSeconds + " s: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium exit code; see " + out.resolve(profile + ".err"));
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
