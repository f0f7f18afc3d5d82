package org.claimstat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimstat.check.Checks;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;

/**
 * Writes the full findings ({@code check --format json}) of every dataset in the project (the bundled ones and the
 * test fixtures: each folder with a {@code claims.csv}) and of CheckBench's generated claims at the sizes given, one
 * JSON file each, so a change meant to keep every finding can be diffed against the files written before it.
 *
 * <p>Run: {@code bench/run FindingsDump OUT_DIR [N[:one] ...]}, such as {@code bench/run FindingsDump /tmp/before
 * 100000 1000000:one}; {@code :one} puts all N claims under one indicator.
 */
public final class FindingsDump {
    private FindingsDump() {
    }

    /** Writes the files. */
    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        List<Path> dirs;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("datasets")), Files.walk(Path.of("src/test/resources")))) {
            dirs = s.filter(p -> p.getFileName().toString().equals("claims.csv")).map(Path::getParent).sorted()
                    .toList();
        }
        for (Path dir : dirs) {
            String name = dir.toString().replace('/', '_') + ".json";
            String json;
            try {
                json = Checks.defaults().run(ClaimDatasets.read(dir)).toJson();
            } catch (RuntimeException e) {
                json = "error: " + e;
            }
            write(out.resolve(name), json);
        }
        for (int k = 1; k < args.length; k++) {
            String[] size = args[k].split(":");
            int n = Integer.parseInt(size[0]);
            ClaimDataset ds = CheckBench.generate(n, size.length > 1 ? n : 200);
            write(out.resolve("generated-" + args[k].replace(':', '-') + ".json"), Checks.defaults().run(ds).toJson());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
            System.out.println(file + " " + text.length() + " chars");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
