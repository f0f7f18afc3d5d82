package org.claimstat.cli;

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
            s.append(shown(c));
        }
        return s.toString();
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
