package org.claimstat.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one sanitiser of text from data on its way to a terminal (tables and Markdown of show, check, compare and
 * extract, and messages on standard error): control characters (C0 but the line break, DEL, C1 such as the CSI
 * U+009B) and the bidirectional overrides become {@code �}, a tab a space, so that no quote or title can recolour the
 * terminal, set its title, plant a hyperlink, clear the screen or reorder what is shown.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** Returns {@code text} with every character a terminal would act on replaced; line breaks are kept. */
    static String safe(String text) {
        int i = 0;
        while (i < text.length() && shown(text.charAt(i)) == text.charAt(i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            s.append((char) shown(c));
        }
        return s.toString();
    }

    /**
     * Returns a writer that passes text on to {@code target} as {@link #safe} would, char by char: what the commands
     * write to standard error (file names, arguments and data named in messages) cannot act on the terminal either.
     */
    static Writer writer(Writer target) {
        return new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                if (c != '\r') {
                    out.write(shown(c));
                }
            }

            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                for (int k = off; k < off + len; k++) {
                    write(chars[k]);
                }
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                for (int k = off; k < off + len; k++) {
                    write(str.charAt(k));
                }
            }
        };
    }

    /** Returns how a character shows: itself, or {@code �} for one a terminal would act on, a space for a tab. */
    static int shown(int c) {
        if (c == '\n') {
            return c;
        }
        if (c == '\t') {
            return ' ';
        }
        boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
        return Character.isISOControl(c) || bidi ? '\uFFFD' : c;
    }
}
