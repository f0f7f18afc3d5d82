package org.claimstat.check;

import java.util.Locale;
import java.util.Objects;

/**
 * Makes a string from data inert in Markdown (CommonMark and GitHub's flavour, as notebooks and
 * GitHub render it): the one escaping that {@link CheckReport#toMarkdown()}, the Markdown report and
 * the notebook tables use. The result reads as the same text and renders as plain text on one line:
 * <ul>
 *   <li>raw HTML cannot start ({@code <} and {@code >} become {@code &lt;} and {@code &gt;}, and
 *       {@code &} becomes {@code &amp;}, so no entity or tag survives);</li>
 *   <li>links, images, footnotes, code, emphasis, strikethrough, maths and table cells cannot start
 *       (their punctuation is backslash-escaped);</li>
 *   <li>nothing is turned into a link: the colon of {@code scheme://} and of {@code javascript:},
 *       {@code data:}, {@code vbscript:} and {@code file:}, and the first letter of {@code www.}, are
 *       written as character references, which GitHub's autolinker does not read;</li>
 *   <li>headings, lists, quotes and rules cannot start, and line breaks fold into spaces.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * {@snippet class=org.claimstat.snippets.CheckSnippets region=markdown}
 */
public final class MarkdownText {
    private static final String[] SCRIPT_SCHEMES = {"javascript:", "vbscript:", "data:", "file:"};

    private MarkdownText() {
    }

    /**
     * Returns {@code text} escaped so it renders as itself, inert, on one line of Markdown.
     *
     * @param text any string from data
     * @return the escaped text
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean blankSoFar = true;
        boolean digitsSoFar = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r', '\t', '\u2028', '\u2029' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '!', '|', '~', '$' -> out.append('\\').append(c);
                case ':' -> out.append(linkColon(text, i) ? "&#58;" : ":");
                case 'w', 'W' -> out.append(startsWww(text, i) ? "&#" + (int) c + ";" : String.valueOf(c));
                case '#', '+', '-', '=' -> out.append(blankSoFar ? "\\" : "").append(c);
                case '.', ')' -> out.append(digitsSoFar ? "\\" : "").append(c);
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
            digitsSoFar = (blankSoFar || digitsSoFar) && Character.isDigit(c);
            blankSoFar = blankSoFar && c == ' ';
        }
        return out.toString();
    }

    /** The colon of {@code scheme://} or of a script scheme such as {@code javascript:}. */
    private static boolean linkColon(String text, int i) {
        if (text.startsWith("//", i + 1)) {
            return true;
        }
        String before = text.substring(Math.max(0, i - 10), i + 1).toLowerCase(Locale.ROOT);
        for (String scheme : SCRIPT_SCHEMES) {
            if (before.endsWith(scheme)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWww(String text, int i) {
        return text.regionMatches(true, i, "www.", 0, 4) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
