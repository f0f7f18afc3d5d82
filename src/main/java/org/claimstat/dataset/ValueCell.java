package org.claimstat.dataset;

import java.math.BigDecimal;
import java.util.Optional;
import org.claimstat.PartialDate;
import org.claimstat.Value;

/**
 * One value cell of {@code claims.csv} ({@code value}, {@code lower} or {@code upper}) held
 * without objects: empty, a decimal of at most 18 digits as its unscaled digits and scale, a date
 * packed into a long, or (rarely: longer decimals) the {@link Value} itself. The same encoding is
 * kept by {@link ValueColumn}. Mutable scratch: one instance per column, reused for every row.
 */
final class ValueCell {
    /** The tag of an empty cell. */
    static final byte EMPTY = 0;
    /** The tag of a decimal of scale 0; scale s is {@code DECIMAL + s}. */
    static final byte DECIMAL = 1;
    /** The largest scale (and digit count) held as a long. */
    static final int MAX_DIGITS = 18;
    /** The tag of a date packed as {@code year << 16 | month << 8 | day}. */
    static final byte DATE = DECIMAL + MAX_DIGITS + 1;
    /** The tag of a value held as an object. */
    static final byte OTHER = DATE + 1;

    byte tag;
    long bits;
    Value other;

    void clear() {
        tag = EMPTY;
        other = null;
    }

    boolean isEmpty() {
        return tag == EMPTY;
    }

    boolean isDate() {
        return tag == DATE || tag == OTHER && other instanceof Value.Date;
    }

    void setDate(PartialDate date) {
        tag = DATE;
        bits = (long) date.year() << 16 | date.month() << 8 | date.day();
    }

    void setOther(Value value) {
        tag = OTHER;
        other = value;
    }

    /** Returns the value of this cell, building its objects. */
    Optional<Value> toValue() {
        return tag == EMPTY ? Optional.empty() : Optional.of(decode(tag, bits, other));
    }

    /** Returns the value of an encoded cell that is not empty. */
    static Value decode(byte tag, long bits, Value other) {
        if (tag == OTHER) {
            return other;
        }
        if (tag == DATE) {
            return Value.of(new PartialDate((int) (bits >>> 16), (int) (bits >>> 8) & 0xFF, (int) bits & 0xFF));
        }
        return Value.of(BigDecimal.valueOf(bits, tag - DECIMAL));
    }

    /**
     * Reads a text of the form {@code -?[0-9]+(\.[0-9]+)?} into this cell, as {@code new
     * BigDecimal(text)} would read it (scale and the sign of zero included), and returns true; for
     * any other text returns false and leaves the cell as it was. Reads the digits once. A text longer than
     * {@link Value#MAX_LENGTH} or a number a double cannot hold is no such text here: {@link Value#parse} says why.
     */
    boolean scanDecimal(String s) {
        return scanDecimal(s.toCharArray(), 0, s.length());
    }

    /** Reads {@code length} characters of {@code chars} from {@code start} as {@link #scanDecimal(String)} reads a text. */
    boolean scanDecimal(char[] chars, int start, int length) {
        if (length > Value.MAX_LENGTH) {
            return false;
        }
        int end = start + length;
        boolean negative = length > 0 && chars[start] == '-';
        int i = negative ? start + 1 : start;
        int first = i;
        long unscaled = 0;
        while (i < end && isDigit(chars[i])) {
            unscaled = unscaled * 10 + (chars[i] - '0');
            i++;
        }
        int integerDigits = i - first;
        if (integerDigits == 0) {
            return false;
        }
        int scale = 0;
        if (i < end) {
            if (chars[i] != '.' || i == end - 1) {
                return false;
            }
            for (i++; i < end; i++) {
                if (!isDigit(chars[i])) {
                    return false;
                }
                unscaled = unscaled * 10 + (chars[i] - '0');
                scale++;
            }
        }
        if (negative && unscaled == 0 && integerDigits + scale <= MAX_DIGITS) {
            return false;  // "-0": Value.parse says why it is refused
        }
        if (integerDigits + scale > MAX_DIGITS) {
            try {
                setOther(Value.of(new BigDecimal(chars, start, length)));
            } catch (IllegalArgumentException e) {
                return false;
            }
        } else {
            tag = (byte) (DECIMAL + scale);
            bits = negative ? -unscaled : unscaled;
            other = null;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
