package org.claimstat.dataset;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs FastCSV on a second thread: it parses records into batches while the caller's thread
 * checks and builds the records of earlier batches, so parsing and validating a large file
 * overlap on two cores. Batches come out in file order; what the parsing thread throws (a
 * malformed quote, bytes that are not UTF-8) is thrown again by {@link #next()} after every
 * record parsed before it, so errors keep their true order and lines. Closing stops the parsing
 * thread and waits for it, so the reader can be closed safely after.
 */
final class RecordPipe implements AutoCloseable {
    /** Records per batch: large enough that handing over costs nothing, small enough to start soon. */
    static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 8;
    private static final Batch END = new Batch(List.of(), null);

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean cancelled;
    private boolean ended;

    /** One batch of records, or the end of the file with what stopped it (null at a normal end). */
    private record Batch(List<CsvFields.Record> records, Throwable failure) {
    }

    private RecordPipe(Iterator<CsvFields.Record> records, int batchSize) {
        thread = new Thread(() -> produce(records, batchSize), "claimstat-csv");
        thread.setDaemon(true);
    }

    /** Starts parsing the remaining records of {@code records} on a new thread. */
    static RecordPipe start(Iterator<CsvFields.Record> records) {
        return start(records, BATCH);
    }

    /** Starts parsing with a given batch size (tests use small ones to cross batch borders). */
    static RecordPipe start(Iterator<CsvFields.Record> records, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
        RecordPipe pipe = new RecordPipe(records, batchSize);
        pipe.thread.start();
        return pipe;
    }

    private void produce(Iterator<CsvFields.Record> records, int batchSize) {
        CsvFields.Record[] batch = new CsvFields.Record[batchSize];
        int size = 0;
        Batch end = END;
        try {
            try {
                while (!cancelled && records.hasNext()) {
                    batch[size++] = records.next();
                    if (size == batchSize) {
                        hand(new Batch(Arrays.asList(batch), null));
                        batch = new CsvFields.Record[batchSize];
                        size = 0;
                    }
                }
            } catch (RuntimeException | Error e) {
                end = new Batch(List.of(), e);
            }
            hand(new Batch(Arrays.asList(batch).subList(0, size), null));
            hand(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(Batch batch) throws InterruptedException {
        while (!cancelled) {
            if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /**
     * Returns the next batch of records in file order, empty at the end of the file.
     *
     * @throws RuntimeException what the parsing thread threw (an {@link Error} likewise), after every record before it
     */
    List<CsvFields.Record> next() {
        while (!ended) {
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a CSV file", e);
            }
            if (batch == END) {
                ended = true;
            } else if (batch.failure() != null) {
                ended = true;
                if (batch.failure() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) batch.failure();
            } else if (!batch.records().isEmpty()) {
                return batch.records();
            }
        }
        return List.of();
    }

    /** Stops the parsing thread and waits until it has ended. */
    @Override
    public void close() {
        cancelled = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(10);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
