package org.claimstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the text files of {@code claimstat extract}: UTF-8 unless {@code --charset} names another encoding. A file
 * that is missing, unreadable, binary or not valid UTF-8 is refused with one line naming it (and for bad bytes the
 * byte offset, line and column), so that no text is read as something it is not; with {@code --charset} the bytes
 * that are not of that encoding become U+FFFD and a warning says how many.
 */
final class TextInput {
    private final Optional<Charset> charset;
    private final PrintWriter err;

    TextInput(Optional<Charset> charset, PrintWriter err) {
        this.charset = charset;
        this.err = err;
    }

    /** Returns the text of {@code file}, or empty where it was refused (the reason printed). */
    Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            err.println("cannot read " + file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
        if (charset.isEmpty()) {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                err.println(file + ": a binary file, not text (a NUL byte at byte offset " + nul + ")"
                        + "; give --charset NAME to read it as text anyway");
                return Optional.empty();
            }
        }
        Charset cs = charset.orElse(StandardCharsets.UTF_8);
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length + 16));
        int bad = 0;
        long firstBad = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isOverflow()) {
                throw new IllegalStateException("decoding overflowed a buffer of " + out.capacity() + " chars");
            }
            if (r.isError()) {
                if (charset.isEmpty()) {
                    int at = in.position();
                    err.println(file + ": not valid UTF-8: byte 0x" + String.format("%02X", bytes[at] & 0xFF)
                            + " at byte offset " + at + " (" + place(bytes, at) + ")"
                            + "; give --charset NAME (such as windows-1252 or ISO-8859-1) to read another encoding");
                    return Optional.empty();
                }
                if (firstBad < 0) {
                    firstBad = in.position();
                }
                bad += r.length();
                in.position(in.position() + r.length());
                out.put('\uFFFD');
            }
        }
        if (bad > 0) {
            err.println(file + ": warning: " + bad + " bytes are not " + cs.name() + " and read as U+FFFD, the first at"
                    + " byte offset " + firstBad + " (" + place(bytes, (int) firstBad) + ")");
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** Returns the line and column of a byte offset, both from 1, counting bytes of the line before it. */
    private static String place(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", byte " + (offset - lineStart + 1) + " of the line";
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
