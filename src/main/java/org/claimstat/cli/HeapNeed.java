package org.claimstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How much Java heap an input needs, measured: a command that reads a dataset holds about {@link #DATASET_FACTOR}
 * bytes of heap per byte of its {@code claims.csv} at its peak (check of 2M claims, 142 MB of claims.csv, ran in
 * -Xmx3g with up to 2.5 GB live after a collection); extract
 * reads a file in parts and needs about {@link #TEXT_FACTOR} bytes per byte of its largest file. Used to refuse up
 * front, with a message, an input that cannot fit, rather than thrash for minutes and die of {@link OutOfMemoryError}.
 */
final class HeapNeed {
    /** Heap bytes per byte of claims.csv that check, compare, show and report need at their peak. */
    static final long DATASET_FACTOR = 16;
    /** Heap bytes per byte of the largest text file that extract needs. */
    static final long TEXT_FACTOR = 4;
    /** Heap bytes that drafting ({@code extract --to-dataset}) holds per number of its files, measured: 1 MB of
     * text dense with numbers (90,000 numbers, 72,000 claims drafted) left 97 MB live after a collection. */
    static final long DRAFT_PER_NUMBER = 1024;
    /** Heap every command needs whatever its input (classes, picocli, the JDK). */
    static final long BASE = 64L << 20;

    private HeapNeed() {
    }

    /** Returns the heap bytes per input byte of the command in {@code args}. */
    static long perInputByte(String... args) {
        return args.length > 0 && args[0].equals("extract") ? TEXT_FACTOR : DATASET_FACTOR;
    }

    /** Returns the heap a dataset folder needs, from the size of its claims.csv. */
    static long ofDataset(Path folder) {
        try {
            Path claims = folder.resolve("claims.csv");
            return Files.isRegularFile(claims) ? BASE + DATASET_FACTOR * Files.size(claims) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Returns the heap that drafting the files needs: each file is read whole (two bytes per character, kept with its
     * mentions), and each number in it (a run of digits, commas and points) becomes a mention, a claim and its notes. Files that cannot
     * be read count nothing (the drafter reports them).
     */
    static long ofDrafting(List<Path> files) {
        long need = BASE;
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                long numbers = 0;
                long bytes = 0;
                boolean inDigits = false;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        boolean digit = buffer[i] >= '0' && buffer[i] <= '9';
                        numbers += digit && !inDigits ? 1 : 0;
                        inDigits = digit || inDigits && (buffer[i] == ',' || buffer[i] == '.');
                    }
                }
                need += TEXT_FACTOR * bytes + DRAFT_PER_NUMBER * numbers;
            } catch (IOException | RuntimeException e) {
                continue; // unreadable: the drafter says so
            }
        }
        return need;
    }

    /** Returns a size in MiB or GiB, such as {@code 512 MiB} or {@code 1.5 GiB}. */
    static String mebibytes(long bytes) {
        double mib = bytes / (double) (1 << 20);
        return mib < 1024 ? String.format(Locale.ROOT, "%.0f MiB", Math.ceil(mib))
                : String.format(Locale.ROOT, "%.1f GiB", mib / 1024);
    }

    /** Returns an {@code -Xmx} value of at least {@code bytes}, rounded up to a whole GiB (or 256 MiB steps below 1 GiB). */
    static String xmx(long bytes) {
        long mib = (((bytes + (1 << 20) - 1) >> 20) + 255) / 256 * 256;
        return mib < 1024 ? mib + "m" : (mib + 1023) / 1024 + "g";
    }
}
