package org.claimstat.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON for a terminal: Jackson escapes the C0 controls but writes DEL, the C1 controls (such as the CSI U+009B) and
 * the bidirectional overrides as they are, which a terminal acts on. Here they are written as {@code \u009B}
 * escapes instead: the same JSON value, read back unchanged, inert on the screen.
 */
final class JsonText {
    /** Jackson's escapes with the characters of {@link #acted} added, for streamed JSON. */
    static final CharacterEscapes ESCAPES = new Escapes();

    private JsonText() {
    }

    /** Returns {@code json} with every character a terminal would act on written as a {@code \\uXXXX} escape. */
    static String inert(String json) {
        int i = 0;
        while (i < json.length() && !acted(json.charAt(i))) {
            i++;
        }
        if (i == json.length()) {
            return json;
        }
        StringBuilder s = new StringBuilder(json.length() + 16).append(json, 0, i);
        for (; i < json.length(); i++) {
            char c = json.charAt(i);
            if (acted(c)) {
                s.append(String.format("\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** True for DEL, a C1 control or a bidirectional override or isolate: characters JSON may hold raw. */
    static boolean acted(int c) {
        return c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return acted(c) ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }
}
