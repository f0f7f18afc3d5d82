package org.claimstat.draft;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The body of a saved web page as plain text, paragraphs separated by blank lines: the article element (or the
 * page's main content) without navigation, headers and footers, cookie and newsletter banners, author boxes,
 * share bars, related-links lists, figures, forms and scripts.
 */
final class PageText {
    private static final Set<String> FURNITURE = Set.of("script", "style", "noscript", "template", "nav", "header",
            "footer", "aside", "form", "button", "iframe", "svg", "figure", "select", "input", "textarea", "dialog",
            "menu", "object", "video", "audio", "canvas", "link", "meta");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "menu", "menubar", "search");
    /** A part of a class or id (split at {@code -}, {@code _} and spaces) that names page furniture. */
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)cookies?|consent|gdpr|banner|newsletters?"
            + "|subscribe|subscription|signup|related|recommended|recommendations|more|share|sharing|social"
            + "|author|authors|byline|bio|promo|advert|advertisement|ads?|sponsored|breadcrumbs?|comments?|menu|nav"
            + "|navbar|navigation|footer|sidebar|popup|modal|paywall|tags|outbrain|taboola|newsletter");
    private static final Pattern NAME_PARTS = Pattern.compile("[-_\\s]+");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");

    private final StringBuilder out = new StringBuilder();
    private final String title;
    private boolean breakPending;
    private boolean titleSkipped;

    private PageText(String title) {
        this.title = title;
    }

    /** Returns the text of {@code page}: {@code title}, a blank line, then the body's paragraphs. */
    static String of(Document page, String title) {
        PageText text = new PageText(title);
        text.out.append(title);
        text.breakPending = !title.isEmpty();
        Element root = root(page);
        int rootLength = root.text().length();
        root.filter(text.filter(root, rootLength));
        return text.out.toString();
    }

    /** Returns the element holding the article: its {@code articleBody}, the longest {@code <article>}, main, body. */
    static Element root(Document page) {
        Element body = page.selectFirst("[itemprop=articleBody]");
        if (body != null) {
            return body;
        }
        Element best = null;
        int bestLength = 0;
        for (Element article : page.select("article")) {
            int length = article.select("p").text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private NodeFilter filter(Element root, int rootLength) {
        return new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e != root && isFurniture(e, rootLength)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!titleSkipped && e.normalName().equals("h1") && e.text().strip().equals(title.strip())) {
                    titleSkipped = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("br") || e.isBlock()) {
                    breakPending = true;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    breakPending = true;
                }
                return FilterResult.CONTINUE;
            }
        };
    }

    private void append(String raw) {
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
            if (space) {
                if (!breakPending && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (breakPending) {
                trimTrailingSpace();
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                breakPending = false;
            }
            out.append(c);
        }
    }

    private void trimTrailingSpace() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    /** Returns whether {@code e} is page furniture; an element holding most of the article's text never is. */
    private static boolean isFurniture(Element e, int rootLength) {
        String tag = e.normalName();
        if (FURNITURE.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || ROLES.contains(e.attr("role"))) {
            return true;
        }
        boolean named = namesFurniture(e.className()) || namesFurniture(e.id());
        if (!named && !LISTS.contains(tag)) {
            return false;
        }
        String text = e.text();
        if (named) {
            return text.length() * 2 < rootLength;
        }
        return LISTS.contains(tag) && !text.isEmpty() && linkShare(e, text.length()) > 0.6;
    }

    private static boolean namesFurniture(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String part : NAME_PARTS.split(name)) {
            if (!part.isEmpty() && FURNITURE_NAME.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    private static double linkShare(Element e, int textLength) {
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / textLength;
    }
}
