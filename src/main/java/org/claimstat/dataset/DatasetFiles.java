package org.claimstat.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of one dataset are read from: a folder on disk or a folder on the classpath. */
interface DatasetFiles {

    /** Returns the place, for messages: the folder path or {@code classpath:russia-ai}. */
    String where();

    /** Opens a file of the dataset, empty where the dataset has no such file. */
    Optional<InputStream> open(String file);

    /** Returns the files of a folder on disk. */
    static DatasetFiles folder(Path dir) {
        return new DatasetFiles() {
            @Override
            public String where() {
                return dir.toString();
            }

            @Override
            public Optional<InputStream> open(String file) {
                Path path = dir.resolve(file);
                if (!Files.isRegularFile(path)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.newInputStream(path));
                } catch (IOException e) {
                    throw new UncheckedIOException("could not open " + path, e);
                }
            }
        };
    }

    /** Returns one file on disk that stands for the dataset file of any name asked for, such as a lone sources.csv. */
    static DatasetFiles single(Path file) {
        return new DatasetFiles() {
            @Override
            public String where() {
                return file.toString();
            }

            @Override
            public Optional<InputStream> open(String name) {
                return folder(file.toAbsolutePath().getParent()).open(file.getFileName().toString());
            }
        };
    }

    /** Returns the files of a bundled dataset, under {@code org/claimstat/datasets/NAME/} on the classpath. */
    static DatasetFiles classpath(String name) {
        return new DatasetFiles() {
            @Override
            public String where() {
                return "classpath:" + name;
            }

            @Override
            public Optional<InputStream> open(String file) {
                return Optional.ofNullable(DatasetFiles.class.getResourceAsStream(
                        "/org/claimstat/datasets/" + name + "/" + file));
            }
        };
    }
}
