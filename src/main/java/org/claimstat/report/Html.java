package org.claimstat.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Escaping for HTML text and attributes, and links that can only lead to web pages. */
final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so the text is inert in element content and in quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Returns the URL when it is an absolute {@code http} or {@code https} address with a host, so
     * {@code javascript:}, {@code data:} and relative URLs never become links.
     */
    static Optional<String> webUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.toASCIIString());
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Returns an escaped link to a web URL, or the escaped text alone where the URL is not a web address. */
    static String link(String text, Optional<String> url) {
        Optional<String> href = url.flatMap(Html::webUrl);
        return href.map(h -> "<a href=\"" + escape(h) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>")
                .orElse(escape(text));
    }
}
