package org.claimstat.dataset;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;

/**
 * The FastCSV callback handler of the dataset reader: builds each record as its starting line and
 * its fields, taking the texts of repeating columns from a {@link SharedTexts} per column so that
 * a repeated text costs neither an allocation nor a hash. Keeps the limits of FastCSV's own
 * handlers on fields per record and characters per record, with their messages.
 */
final class CsvFields extends AbstractBaseCsvCallbackHandler<CsvFields.Record> {
    private static final int MAX_FIELDS = 16_384;
    private static final int MAX_RECORD_SIZE = 64 * 1024 * 1024;

    /**
     * One record of a CSV file.
     *
     * @param line the line the record starts on (1-based; a quoted field may span lines)
     * @param fields the field texts in file order
     * @param codes per field, the {@link SharedTexts#code()} of a repeating column's text, -1 otherwise
     */
    record Record(long line, String[] fields, int[] codes) {
    }

    private SharedTexts[] shared = new SharedTexts[0];
    private String[] fields = new String[32];
    private int[] codes = new int[32];
    private int count;
    private long recordSize;
    private long line;

    /** Marks the column at {@code position} (0-based, in file order) as one whose texts repeat. */
    void share(int position) {
        if (position >= shared.length) {
            shared = Arrays.copyOf(shared, position + 1);
        }
        shared[position] = new SharedTexts();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        count = 0;
        recordSize = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (index == fields.length) {
            if (index == MAX_FIELDS) {
                throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
                        .formatted(line, MAX_FIELDS));
            }
            fields = Arrays.copyOf(fields, Math.min(MAX_FIELDS, index * 2));
            codes = Arrays.copyOf(codes, fields.length);
        }
        recordSize += length;
        if (recordSize > MAX_RECORD_SIZE) {
            throw new CsvParseException(("Field at index %d in record starting at line %d exceeds the max record size"
                    + " of %d characters").formatted(index, line, MAX_RECORD_SIZE));
        }
        SharedTexts texts = index < shared.length ? shared[index] : null;
        if (texts != null) {
            fields[index] = texts.get(buf, offset, length);
            codes[index] = texts.code();
        } else {
            fields[index] = length == 0 ? "" : new String(buf, offset, length);
            codes[index] = -1;
        }
        count = index + 1;
    }

    @Override
    protected Record buildRecord() {
        return new Record(line, Arrays.copyOf(fields, count), Arrays.copyOf(codes, count));
    }
}
