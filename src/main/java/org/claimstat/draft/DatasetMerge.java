package org.claimstat.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.claimstat.Claim;
import org.claimstat.Indicator;
import org.claimstat.Source;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import org.claimstat.dataset.DatasetException;

/**
 * Writes a draft dataset to a folder without ever losing a reviewed one. {@link #write} refuses a folder that
 * already holds a dataset; {@link #merge} adds to one only the claims and sources it does not have yet (same
 * document and span, or same source, quote and quantity) and keeps every byte of what is there: existing rows,
 * edits, relations, extra columns and other files. Both keep the draft log {@code drafted.csv} (every claim ever
 * drafted into the folder, with its source and span), and {@link #merge} leaves out what it lists, so a claim a
 * reviewer deleted from {@code claims.csv} is not drafted back; a merge that adds rows brings {@code datapackage.json}
 * up to date with them (added sources, the log's resource, columns its schemas lack) and one that adds nothing
 * writes nothing. Both write beside the folder first and then move each file in, sources and indicators before
 * claims and claims before the log, so an interrupted run leaves the old dataset as it was.
 *
 * {@snippet class=org.claimstat.snippets.DraftSnippets region=merge}
 */
public final class DatasetMerge {
    private static final List<String> DATASET_FILES = List.of("datapackage.json", "claims.csv", "sources.csv",
            "indicators.csv");
    /** The draft log goes after the claims: an interrupted run never logs a claim claims.csv does not hold. */
    private static final List<String> MOVE_ORDER = List.of("sources.csv", "indicators.csv", "rates.csv",
            "relations.csv", "claims.csv", DraftLog.FILE, "datapackage.json");

    private DatasetMerge() {
    }

    /** Returns true where {@code dir} is a folder holding a dataset file ({@code claims.csv}, ...). */
    public static boolean holdsDataset(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return Files.isDirectory(dir) && DATASET_FILES.stream().anyMatch(f -> Files.exists(dir.resolve(f)));
    }

    /**
     * Writes {@code draft} as a new dataset into {@code dir}, creating the folder where needed.
     *
     * @throws IllegalStateException where {@code dir} is a file or already holds a dataset
     * @throws UncheckedIOException where a file cannot be written; the folder is then left as it was
     */
    public static MergeResult write(ClaimDataset draft, Path dir) {
        Objects.requireNonNull(draft, "draft");
        refuseFile(dir);
        if (holdsDataset(dir)) {
            throw new IllegalStateException(dir + " already holds a dataset (" + String.join(", ", present(dir))
                    + "); merge into it to add only what it does not have, or choose another folder");
        }
        Path staging = staging(dir);
        try {
            ClaimDatasets.write(draft, staging);
            DraftLog.write(draft.claims(), staging.resolve(DraftLog.FILE));
            Path descriptor = staging.resolve("datapackage.json");
            Files.write(descriptor, PackageDescriptor.refreshed(Files.readAllBytes(descriptor), List.of(),
                    Map.of(DraftLog.FILE, DraftLog.COLUMNS)));
            if (Files.exists(dir)) {
                moveAll(staging, dir);
            } else {
                Files.createDirectories(dir.toAbsolutePath().getParent());
                move(staging, dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the dataset to " + dir, e);
        } finally {
            deleteStaging(staging);
        }
        return new MergeResult(dir, draft.claims().stream().map(Claim::id).toList(),
                draft.sources().stream().map(Source::id).toList(),
                draft.indicators().stream().map(Indicator::id).toList(), List.of(), List.of());
    }

    /**
     * Adds to the dataset in {@code dir} what of {@code draft} it does not have yet; where {@code dir} holds no
     * dataset, writes {@code draft} as {@link #write} does. Existing files keep every byte; new rows are appended.
     *
     * @throws IllegalStateException where {@code dir} is a file, or where the merged dataset would not read back
     * @throws DatasetException where the dataset in {@code dir} does not read (nothing is written then)
     * @throws UncheckedIOException where a file cannot be written; the folder is then left as it was
     */
    public static MergeResult merge(ClaimDataset draft, Path dir) {
        Objects.requireNonNull(draft, "draft");
        refuseFile(dir);
        if (!holdsDataset(dir)) {
            return write(draft, dir);
        }
        ClaimDataset old = ClaimDatasets.read(dir);
        boolean logged = Files.exists(dir.resolve(DraftLog.FILE));
        MergePlan plan = MergePlan.of(old, draft, logged ? DraftLog.read(dir) : DraftLog.of(old.claims()));
        Path staging = staging(dir);
        try {
            List<String> dropped = stage(old, plan, dir, staging, logged);
            try {
                ClaimDatasets.read(staging);
            } catch (DatasetException e) {
                throw new IllegalStateException("the merged dataset would not read back, so " + dir
                        + " was left as it was: " + e.getMessage(), e);
            }
            for (String file : MOVE_ORDER) {
                if (plan.changes(file) || file.equals("datapackage.json") && !Arrays.equals(
                        Files.readAllBytes(staging.resolve(file)), Files.readAllBytes(dir.resolve(file)))) {
                    move(staging.resolve(file), dir.resolve(file));
                }
            }
            return new MergeResult(dir, plan.claims.stream().map(Claim::id).toList(),
                    plan.sources.stream().map(Source::id).toList(),
                    plan.indicators.stream().map(Indicator::id).toList(), plan.skipped, dropped);
        } catch (IOException e) {
            throw new UncheckedIOException("could not merge into " + dir, e);
        } finally {
            deleteStaging(staging);
        }
    }

    /**
     * Writes into {@code staging} every file of the merged dataset, the draft log and the descriptor brought up to
     * date with what was added; returns the columns the old files lack.
     */
    private static List<String> stage(ClaimDataset old, MergePlan plan, Path dir, Path staging, boolean logged)
            throws IOException {
        List<Source> sources = new ArrayList<>(old.sources());
        sources.addAll(plan.sources);
        List<Indicator> indicators = new ArrayList<>(old.indicators());
        indicators.addAll(plan.indicators);
        Path rendered = staging.resolve("rendered");
        ClaimDatasets.write(ClaimDataset.of(old.info(), sources, indicators, plan.claims, List.of(), List.of()),
                rendered);
        List<String> dropped = new ArrayList<>();
        append(dir, rendered, staging, "sources.csv", ids(plan.sources.stream().map(Source::id)), dropped);
        append(dir, rendered, staging, "indicators.csv", ids(plan.indicators.stream().map(Indicator::id)), dropped);
        append(dir, rendered, staging, "claims.csv", null, dropped);
        if (!plan.claims.isEmpty()) {
            Path log = staging.resolve(DraftLog.FILE);
            if (logged) {
                DraftLog.write(plan.claims, rendered.resolve(DraftLog.FILE));
                Files.write(log, CsvAppend.append(dir.resolve(DraftLog.FILE), rendered.resolve(DraftLog.FILE), null,
                        "claim").content());
            } else {
                List<Claim> all = new ArrayList<>(old.claims().stream()
                        .filter(c -> c.extra().containsKey(DraftAssembly.DOC_START)).toList());
                all.addAll(plan.claims);
                DraftLog.write(all, log);
            }
        }
        if (plan.changes("claims.csv") || plan.changes("sources.csv") || plan.changes("indicators.csv")) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String file : List.of("sources.csv", "indicators.csv", "claims.csv", DraftLog.FILE)) {
                Path csv = Files.exists(staging.resolve(file)) ? staging.resolve(file) : dir.resolve(file);
                if (Files.exists(csv)) {
                    headers.put(file, CsvAppend.header(Files.readAllBytes(csv)));
                }
            }
            Files.write(staging.resolve("datapackage.json"), PackageDescriptor.refreshed(
                    Files.readAllBytes(dir.resolve("datapackage.json")), plan.sources, headers));
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = staging.resolve(file.getFileName().toString());
                if (!Files.exists(copy)) {
                    Files.copy(file, copy);
                }
            }
        }
        return dropped;
    }

    private static void append(Path dir, Path rendered, Path staging, String file, Set<String> ids,
                               List<String> dropped) throws IOException {
        CsvAppend.Appended appended = CsvAppend.append(dir.resolve(file), rendered.resolve(file), ids, "id");
        Files.write(staging.resolve(file), appended.content());
        appended.droppedColumns().forEach(c -> dropped.add(file + ":" + c));
    }

    private static Set<String> ids(Stream<String> ids) {
        return Set.copyOf(ids.toList());
    }

    private static void refuseFile(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is a file, not a folder; expected a folder for the dataset");
        }
    }

    private static List<String> present(Path dir) {
        return DATASET_FILES.stream().filter(f -> Files.exists(dir.resolve(f))).toList();
    }

    /** Returns a new folder beside {@code dir}, on the same file system so files move into place atomically. */
    private static Path staging(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            return Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".claimstat-"
                    + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a folder beside " + dir + " to write into", e);
        }
    }

    private static void moveAll(Path from, Path to) throws IOException {
        for (String file : MOVE_ORDER) {
            if (Files.exists(from.resolve(file))) {
                move(from.resolve(file), to.resolve(file));
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the staging folder, which holds only files this run wrote. */
    private static void deleteStaging(Path staging) {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the folder " + staging + " this run wrote into", e);
        }
    }
}
