package org.claimstat.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.claimstat.Indicator;
import org.claimstat.Source;

/**
 * Reads and writes dataset folders ({@code datapackage.json} plus {@code claims.csv},
 * {@code sources.csv}, {@code indicators.csv} and optional {@code rates.csv} and
 * {@code relations.csv}; the format is described in {@code docs/dataset-format.md}), and loads
 * the datasets bundled with the library.
 *
 * <p>Reading validates everything and reports every problem of every file at once in a
 * {@link DatasetException}. Writing then reading gives back every field unchanged. Thread-safe:
 * each call works on its own.
 *
 * {@snippet class=org.claimstat.snippets.DatasetSnippets region=datasets}
 */
public final class ClaimDatasets {
    /** The contract columns of {@code claims.csv}, in file order: id, indicator, entity, ..., quote. */
    public static final List<String> CLAIM_COLUMNS = Schemas.CLAIMS.names();

    private static final String BUNDLED = "/org/claimstat/datasets/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private ClaimDatasets() {
    }

    /**
     * Reads and validates the dataset in a folder.
     *
     * @throws DatasetException listing every problem found in its files
     * @throws IllegalArgumentException where {@code dir} is not a folder
     * @throws UncheckedIOException where a file cannot be read
     */
    public static ClaimDataset read(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a dataset folder: " + dir + " (no such directory)");
        }
        return DatasetReader.read(DatasetFiles.folder(dir));
    }

    /**
     * Writes a dataset into a folder, creating it where needed: the CSV files and a generated
     * {@code datapackage.json}. Existing dataset files there are replaced; {@code rates.csv} and
     * {@code relations.csv} are written only where the dataset has rates or relations (an old one
     * is removed otherwise); other files in the folder are left alone.
     *
     * <p>Records whose {@code extra} maps differ are written with the union of their extra columns,
     * an absent one as an empty field.
     *
     * @throws UncheckedIOException where a file cannot be written
     */
    public static void write(ClaimDataset dataset, Path dir) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dir, "dir");
        DatasetWriter.write(dataset, dir);
    }

    /**
     * Reads and validates one {@code sources.csv} file on its own (any file name), as a drafter's list of
     * sources: {@code ClaimDatasets.readSources(Path.of("articles/sources.csv"))}.
     *
     * @throws DatasetException listing every problem, each naming {@code file}, its line and column
     * @throws UncheckedIOException where the file cannot be read
     */
    public static List<Source> readSources(Path file) {
        Objects.requireNonNull(file, "file");
        return DatasetReader.sources(DatasetFiles.single(file));
    }

    /**
     * Reads and validates one {@code indicators.csv} file on its own (any file name); extra columns such as
     * {@code keywords} are kept in each indicator's {@code extra}.
     *
     * @throws DatasetException listing every problem, each naming {@code file}, its line and column
     * @throws UncheckedIOException where the file cannot be read
     */
    public static List<Indicator> readIndicators(Path file) {
        Objects.requireNonNull(file, "file");
        return DatasetReader.indicators(DatasetFiles.single(file));
    }

    /**
     * Loads a dataset bundled with the library from the classpath (works from the jar and from a
     * notebook), such as {@code russia-ai}.
     *
     * @throws IllegalArgumentException naming the bundled datasets where there is none of that name
     * @throws DatasetException where the bundled files are bad
     */
    public static ClaimDataset load(String name) {
        Objects.requireNonNull(name, "name");
        if (!isBundled(name)) {
            throw new IllegalArgumentException("no bundled dataset '" + name + "'; expected one of " + names());
        }
        return DatasetReader.read(DatasetFiles.classpath(name));
    }

    /** Returns true where a dataset of this name is bundled on the classpath. */
    public static boolean isBundled(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            return false;
        }
        try (InputStream in = ClaimDatasets.class.getResourceAsStream(BUNDLED + name + "/" + DataPackage.FILE)) {
            return in != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the names of the bundled datasets, in the order of the index file
     * {@code datasets/index.txt} (one name a line), keeping only those present on the classpath.
     */
    public static List<String> names() {
        InputStream in = ClaimDatasets.class.getResourceAsStream(BUNDLED + "index.txt");
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .filter(ClaimDatasets::isBundled).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
