package org.claimstat.dataset;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;

/**
 * The FastCSV callback handler of the dataset reader: builds each record as its starting line and
 * its fields. The texts of repeating columns are shared strings, looked up in a
 * {@link SharedTexts} per column; the lookups of some columns are done here, on the parsing thread,
 * and those of the others are left to {@link Row#load} on the reading thread (their characters
 * copied into a chunk, the record keeping where they are), which balances the work of a file
 * between the two threads. Keeps the limits of FastCSV's own handlers on fields per record and
 * characters per record, with their messages.
 */
final class CsvFields extends AbstractBaseCsvCallbackHandler<CsvFields.Record> {
    private static final int MAX_FIELDS = 16_384;
    private static final int MAX_RECORD_SIZE = 64 * 1024 * 1024;
    /** Characters per chunk of repeating-column texts. */
    private static final int CHUNK = 1 << 15;

    /**
     * One record of a CSV file.
     *
     * @param line the line the record starts on (1-based; a quoted field may span lines)
     * @param fields the field texts in file order; null for a column whose characters go to the reading thread
     * @param chars the chunk holding those characters (never written again)
     * @param spans two ints per field: for a column whose characters go to the reading thread, their start and
     *     length in {@code chars}; for one shared here, its {@link SharedTexts#code()} first; unused otherwise
     * @param firstLine where ids are checked: the line an earlier record of the same id starts on, 0 for none
     * @param keptChars the chunk holding the characters of the columns kept as characters (their spans as
     *     above); such chunks are never written again where a record points, and the reader may keep them
     */
    record Record(long line, String[] fields, char[] chars, int[] spans, long firstLine, char[] keptChars) {
    }

    /** The first chunk of kept characters; each next one is twice as long, up to {@link #LARGEST_KEPT}. */
    private static final int FIRST_KEPT = 1 << 12;
    /** The longest chunk of kept characters (few large chunks: see {@link TextColumn}). */
    private static final int LARGEST_KEPT = 1 << 23;

    private SharedTexts[] shared = new SharedTexts[0];
    private boolean[] raw = new boolean[0];
    private boolean[] keep = new boolean[0];
    private char[] keptChars = new char[0];
    private int keptUsed;
    private int keptStart;
    private String[] fields = new String[32];
    private int[] spans = new int[64];
    private char[] chars = new char[CHUNK];
    private int used;
    private int recordStart;
    private int count;
    private long recordSize;
    private long line;
    private IdLines ids;
    private int idPosition;
    private int width;

    /** Marks the column at {@code position} (0-based, in file order) as one whose texts repeat, looked up here. */
    void share(int position) {
        if (position >= shared.length) {
            shared = Arrays.copyOf(shared, position + 1);
        }
        shared[position] = new SharedTexts();
    }

    /**
     * Marks the column at {@code position} as one whose characters go to the reading thread as they
     * are: a repeating column it looks up, or a column it reads as characters.
     */
    void shareLater(int position) {
        if (position >= raw.length) {
            raw = Arrays.copyOf(raw, position + 1);
        }
        raw[position] = true;
    }

    /**
     * Checks, from now on, the ids in the column at {@code position} of every record of
     * {@code width} fields (others are rejected whole by the reader) against {@code ids}, so that
     * the duplicate check runs on the parsing thread; a record tells the line its id was first on.
     */
    void checkIds(int position, int width, IdLines ids) {
        this.idPosition = position;
        this.width = width;
        this.ids = ids;
    }

    /**
     * Marks the column at {@code position} as one whose characters the reader keeps as they are:
     * they go into chunks that the reader may hold on to instead of copying them.
     */
    void keep(int position) {
        if (position >= keep.length) {
            keep = Arrays.copyOf(keep, position + 1);
        }
        keep[position] = true;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        count = 0;
        recordSize = 0;
        recordStart = used;
        keptStart = keptUsed;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (index == fields.length) {
            if (index == MAX_FIELDS) {
                throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
                        .formatted(line, MAX_FIELDS));
            }
            fields = Arrays.copyOf(fields, Math.min(MAX_FIELDS, index * 2));
            spans = Arrays.copyOf(spans, 2 * fields.length);
        }
        recordSize += length;
        if (recordSize > MAX_RECORD_SIZE) {
            throw new CsvParseException(("Field at index %d in record starting at line %d exceeds the max record size"
                    + " of %d characters").formatted(index, line, MAX_RECORD_SIZE));
        }
        if (index < keep.length && keep[index]) {
            if (keptUsed + length > keptChars.length) {
                newKeptChunk(length);
            }
            System.arraycopy(buf, offset, keptChars, keptUsed, length);
            fields[index] = null;
            spans[2 * index] = keptUsed;
            spans[2 * index + 1] = length;
            keptUsed += length;
        } else if (index < raw.length && raw[index]) {
            if (used + length > chars.length) {
                newChunk(length);
            }
            System.arraycopy(buf, offset, chars, used, length);
            fields[index] = null;
            spans[2 * index] = used;
            spans[2 * index + 1] = length;
            used += length;
        } else if (index < shared.length && shared[index] != null) {
            fields[index] = shared[index].get(buf, offset, length);
            spans[2 * index] = shared[index].code();
        } else {
            fields[index] = length == 0 ? "" : new String(buf, offset, length);
        }
        count = index + 1;
    }

    /** Starts a new chunk with room for {@code length} more characters, moving the current record's texts into it. */
    private void newChunk(int length) {
        int kept = used - recordStart;
        char[] next = new char[Math.max(CHUNK, kept + length)];
        System.arraycopy(chars, recordStart, next, 0, kept);
        for (int i = 0; i < count; i++) {
            if (fields[i] == null && !isKept(i)) {
                spans[2 * i] -= recordStart;
            }
        }
        chars = next;
        used = kept;
        recordStart = 0;
    }

    /** Starts a new chunk of kept characters, moving the current record's kept texts into it. */
    private void newKeptChunk(int length) {
        int kept = keptUsed - keptStart;
        int size = keptChars.length == 0 ? FIRST_KEPT : Math.min(LARGEST_KEPT, keptChars.length * 2);
        char[] next = new char[Math.max(size, kept + length)];
        System.arraycopy(keptChars, keptStart, next, 0, kept);
        for (int i = 0; i < count; i++) {
            if (fields[i] == null && isKept(i)) {
                spans[2 * i] -= keptStart;
            }
        }
        keptChars = next;
        keptUsed = kept;
        keptStart = 0;
    }

    private boolean isKept(int index) {
        return index < keep.length && keep[index];
    }

    @Override
    protected Record buildRecord() {
        long firstLine = 0;
        if (ids != null && count == width && !fields[idPosition].isEmpty()) {
            firstLine = ids.putIfAbsent(fields[idPosition], line);
        }
        return new Record(line, Arrays.copyOf(fields, count), chars, Arrays.copyOf(spans, 2 * count), firstLine,
                keptChars);
    }
}
