package org.claimstat.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimstat.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a saved web page says of itself: title, publisher, publication date, author, canonical URL and
 * language, from {@code og:*} and {@code article:*} meta tags, JSON-LD {@code NewsArticle} (also inside
 * {@code @graph}), {@code <time datetime>}, {@code <html lang>} and {@code <link rel=canonical>}. Each field records
 * where it came from; a field no tag gives stays empty, and a date is never made up.
 */
final class PageMeta {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\d])");

    /** A field's value and where it was read, such as {@code og:title}. */
    record Found(String value, String from) {
    }

    private final Document page;
    private final List<JsonNode> articles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> metas = new HashMap<>();

    private PageMeta(Document page) {
        this.page = page;
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                if (meta.hasAttr(attribute) && !meta.attr("content").isBlank()) {
                    metas.putIfAbsent(attribute + "=" + meta.attr(attribute).toLowerCase(Locale.ROOT),
                            meta.attr("content"));
                }
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()));
            } catch (JsonProcessingException e) {
                problems.add("JSON-LD: a script block is not valid JSON ("
                        + e.getOriginalMessage() + "); its fields were not read");
            }
        }
    }

    /** Returns the metadata reader of {@code page}. */
    static PageMeta of(Document page) {
        return new PageMeta(page);
    }

    /** Returns what could not be read at all, such as a JSON-LD block that is not JSON. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    Optional<Found> title() {
        return first(ld("headline"), meta("property", "og:title"), meta("name", "twitter:title"),
                text(page.title(), "<title>"), text(page.selectFirst("h1"), "<h1>"));
    }

    Optional<Found> publisher() {
        return first(meta("property", "og:site_name"), ld("publisher", "name"), ld("publisher"),
                meta("name", "publisher"), meta("name", "application-name"));
    }

    Optional<Found> url() {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        Optional<Found> link = canonical == null ? Optional.empty()
                : nonBlank(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"),
                        "link rel=canonical");
        return first(link, meta("property", "og:url"), ld("url"), ld("mainEntityOfPage", "@id"),
                ld("mainEntityOfPage"));
    }

    Optional<Found> author() {
        Optional<Found> tag = meta("property", "article:author").filter(f -> !f.value().startsWith("http"));
        return first(ldNames("author"), meta("name", "author"), tag, meta("name", "byl"));
    }

    Optional<Found> language() {
        Element html = page.selectFirst("html[lang]");
        Optional<Found> lang = html == null ? Optional.empty() : nonBlank(html.attr("lang"), "<html lang>");
        Optional<Found> locale = meta("property", "og:locale")
                .map(f -> new Found(f.value().replace('_', '-'), f.from()));
        return first(lang, meta("http-equiv", "content-language"), ld("inLanguage"), locale)
                .map(f -> new Found(f.value().strip(), f.from()));
    }

    /** Returns the raw publication date as written and where; see {@link #date(String)} to read it. */
    Optional<Found> published() {
        Element time = page.selectFirst("time[datetime][itemprop=datePublished], time[datetime][pubdate],"
                + " article time[datetime], time[datetime]");
        Optional<Found> tag = time == null ? Optional.empty() : nonBlank(time.attr("datetime"), "<time datetime>");
        return first(meta("property", "article:published_time"), ld("datePublished"),
                meta("itemprop", "datePublished"), meta("name", "pubdate"), meta("name", "publishdate"),
                meta("name", "date"), meta("name", "dc.date"), meta("name", "DC.date.issued"),
                meta("name", "parsely-pub-date"), tag);
    }

    /** Reads an ISO date or date-time ({@code 2023-08-30T10:15:00+01:00}) to the day as written; empty otherwise. */
    static Optional<PartialDate> date(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return Optional.of(m.group(3) == null ? PartialDate.ofMonth(year, month)
                    : new PartialDate(year, month, Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private void collect(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::collect);
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                collect(node.get("@graph"));
            }
            if (isArticle(node.get("@type"))) {
                articles.add(node);
            }
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
    }

    private Optional<Found> ld(String... path) {
        for (JsonNode article : articles) {
            JsonNode node = article;
            for (String step : path) {
                node = node == null ? null : node.isArray() && !node.isEmpty() ? node.get(0).get(step) : node.get(step);
            }
            if (node != null && node.isArray() && !node.isEmpty()) {
                node = node.get(0);
            }
            if (node != null && node.isValueNode() && !node.asText().isBlank()) {
                return Optional.of(new Found(node.asText().strip(), "JSON-LD " + String.join(".", path)));
            }
        }
        return Optional.empty();
    }

    /** Reads JSON-LD people: a name, an object with a name, or a list of either, joined with commas. */
    private Optional<Found> ldNames(String field) {
        for (JsonNode article : articles) {
            JsonNode node = article.get(field);
            if (node == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode one : node.isArray() ? node : List.of(node)) {
                JsonNode name = one.isObject() ? one.get("name") : one;
                if (name != null && name.isValueNode() && !name.asText().isBlank()) {
                    names.add(name.asText().strip());
                }
            }
            if (!names.isEmpty()) {
                return Optional.of(new Found(String.join(", ", names), "JSON-LD " + field));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> meta(String attribute, String name) {
        return nonBlank(metas.get(attribute + "=" + name.toLowerCase(Locale.ROOT)),
                name.contains(":") ? name : "meta " + name);
    }

    private static Optional<Found> text(Element element, String from) {
        return element == null ? Optional.empty() : nonBlank(element.text(), from);
    }

    private static Optional<Found> text(String value, String from) {
        return nonBlank(value, from);
    }

    private static Optional<Found> nonBlank(String value, String from) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        return v.isEmpty() ? Optional.empty() : Optional.of(new Found(v, from));
    }

    @SafeVarargs
    private static Optional<Found> first(Optional<Found>... candidates) {
        for (Optional<Found> c : candidates) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
