package org.claimstat.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimstat.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns input files into {@link Article}s: saved web pages ({@code .html}, {@code .htm}) through {@link PageText} and
 * {@link PageMeta}, other files as UTF-8 text with their row of the given {@code sources.csv}. A file that cannot
 * be drafted gives a problem naming it instead of an article; the others are not affected.
 */
final class ArticleReader {
    /** An article read, or why the file could not be. */
    record Read(Optional<Article> article, List<ReviewNote> problems) {
    }

    private final Map<String, Source> rows;
    private final boolean rowsGiven;
    private final Set<String> ids = new HashSet<>();

    /**
     * Returns a reader giving text files the rows of {@code rows} (by file name); where {@code rowsGiven} is false,
     * a text file without a row gets a source of its own, else it is a problem.
     */
    ArticleReader(Map<String, Source> rows, boolean rowsGiven) {
        this.rows = rows;
        this.rowsGiven = rowsGiven;
        rows.values().forEach(s -> ids.add(s.id()));
    }

    Read read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return problem(name, "file", "cannot read " + file + ": " + why(e));
        }
        return isPage(name) ? page(name, bytes) : text(name, bytes);
    }

    /** Returns the article of a saved page's {@code html} named {@code name}. */
    Read page(String name, byte[] html) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), null, "");
            if (page.charset().name().startsWith("UTF-16") || page.charset().name().startsWith("UTF-32")) {
                if (!(html.length >= 2 && (html[0] == (byte) 0xFE && html[1] == (byte) 0xFF
                        || html[0] == (byte) 0xFF && html[1] == (byte) 0xFE))) {
                    // As the HTML standard says: a page without a byte order mark that declares UTF-16 in its markup
                    // is UTF-8 (its markup could not be read to find the declaration otherwise); read as UTF-16,
                    // its text became CJK letters and its numbers vanished without a word.
                    page = Jsoup.parse(new ByteArrayInputStream(html), "UTF-8", "");
                }
            }
        } catch (IOException e) {
            return problem(name, "file", "cannot read " + name + " as HTML: " + why(e));
        }
        PageMeta meta = PageMeta.of(page);
        List<String> notes = new ArrayList<>(meta.problems());
        String title = field(meta.title(), "title", notes);
        String text = PageText.of(page, title);
        Source row = rows.get(name);
        if (row != null) {
            return new Read(Optional.of(new Article(name, text, row, List.of())), List.of());
        }
        Optional<PageMeta.Found> published = meta.published();
        Optional<org.claimstat.PartialDate> date = published.flatMap(f -> PageMeta.date(f.value()));
        if (published.isEmpty()) {
            notes.add("published: no publication date in the page's metadata; left empty");
        } else if (date.isEmpty()) {
            notes.add("published: '" + published.get().value() + "' (" + published.get().from()
                    + ") is no ISO date; left empty");
        } else {
            notes.add("published: from " + published.get().from());
        }
        String publisher = field(meta.publisher(), "publisher", notes);
        Source source = new Source(newId(name), publisher, title, optional(meta.url(), "url", notes), date,
                optional(meta.author(), "author", notes), optional(meta.language(), "language", notes),
                Optional.empty(), Optional.of(name), Map.of());
        return new Read(Optional.of(new Article(name, text, source, notes)), List.of());
    }

    private Read text(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // UTF-16 without a byte order mark decodes as "valid" UTF-8 full of NULs, and its digits become claims.
                return problem(name, "file", name + ": a binary file, not text (a NUL byte at byte offset " + i
                        + "); expected a UTF-8 text file (convert it, e.g. with iconv)");
            }
        }
        Optional<String> decoded = utf8(bytes);
        if (decoded.isEmpty()) {
            return problem(name, "file", name + ": byte " + firstBadByte(bytes)
                    + " is not UTF-8; expected a UTF-8 text file (convert it, e.g. with iconv)");
        }
        String text = decoded.get();
        Source row = rows.get(name);
        if (row != null) {
            return new Read(Optional.of(new Article(name, text, row, List.of())), List.of());
        }
        if (rowsGiven) {
            return problem(name, "source", "no row of the sources file names '" + name
                    + "' in its document column; add one to draft this file");
        }
        String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.length() > 200 ? l.substring(0, 200) : l).orElse("");
        Source source = new Source(newId(name), "", title, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(name), Map.of());
        return new Read(Optional.of(new Article(name, text, source, List.of("title: from the first line of the file",
                "source: no sources file given; publisher, url, published, author and language left empty"))),
                List.of());
    }

    /** Returns the extraction's document name of a file: its name without extension, as {@code extract} prints. */
    static String docName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static boolean isPage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private String newId(String name) {
        String base = docName(name).replaceAll("[\\s,]+", "-");
        if (base.isBlank()) {
            base = "doc";
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String field(Optional<PageMeta.Found> found, String field, List<String> notes) {
        if (found.isEmpty()) {
            notes.add(field + ": not in the page's metadata; left empty");
            return "";
        }
        return found.get().value();
    }

    private static Optional<String> optional(Optional<PageMeta.Found> found, String field, List<String> notes) {
        String value = field(found, field, notes);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static Optional<String> utf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Returns the offset (from 0) of the first byte that is not part of valid UTF-8. */
    static long firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static Read problem(String doc, String field, String message) {
        return new Read(Optional.empty(), List.of(new ReviewNote(doc, "", field, message)));
    }

    private static String why(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
