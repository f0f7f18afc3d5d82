package org.claimstat.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.claimstat.draft.DatasetMerge;
import org.claimstat.draft.DraftResult;
import org.claimstat.draft.Drafter;

/**
 * Speed of drafting on one thread, HTML in, dataset out: saved pages are read (jsoup, page furniture left out,
 * metadata read), extracted, drafted into whole claims and written as a dataset folder. The pages wrap the
 * articles of the evaluation corpus ({@code src/test/resources/draft/*}/articles) in the markup of a news page: a
 * head with meta tags, JSON-LD and a 20 KB inline script, a menu, a cookie banner, a share bar, an author box, a
 * related-links list and a footer, so that about 3% of each page is article text, as on news sites.
 *
 * <p>Reports the median of five timed runs (after two warm-up runs) of the drafting thread's CPU time, in MB of
 * HTML per second; the goal is at least 5 MB/s.
 *
 * <p>Run: {@code bench/run DraftBench [MB]} (default 10 MB of pages).
 */
public final class DraftBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DraftBench() {
    }

    /** Writes the pages, times the drafting and prints the figures. */
    public static void main(String[] args) throws IOException {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Path dir = Files.createTempDirectory("draftbench");
        List<Path> pages = pages(dir.resolve("pages"), (long) (megabytes * 1_000_000));
        long bytes = 0;
        for (Path p : pages) {
            bytes += Files.size(p);
        }
        double[] cpu = new double[5];
        int claims = 0;
        long text = 0;
        for (int run = -2; run < cpu.length; run++) {
            Path out = dir.resolve("dataset" + run);
            long start = THREADS.getCurrentThreadCpuTime();
            DraftResult draft = Drafter.standard().draft(pages);
            DatasetMerge.write(draft.dataset(), out);
            long spent = THREADS.getCurrentThreadCpuTime() - start;
            claims = draft.dataset().claims().size();
            text = draft.extractions().stream().mapToLong(x -> x.text().length()).sum();
            if (run >= 0) {
                cpu[run] = spent / 1e9;
            }
            delete(out);
        }
        Arrays.sort(cpu);
        System.out.printf("DraftBench: %d pages, %.2f MB of HTML (article text %.1f%% of it), %d claims drafted%n",
                pages.size(), bytes / 1e6, 100.0 * text / bytes, claims);
        System.out.printf("HTML in, dataset out, one thread: %.2f MB/s (median of 5 runs' CPU time, %.3f s; best"
                + " %.2f MB/s); goal 5 MB/s%n", bytes / 1e6 / cpu[2], cpu[2], bytes / 1e6 / cpu[0]);
        delete(dir);
    }

    private static List<Path> pages(Path dir, long total) throws IOException {
        Files.createDirectories(dir);
        List<String> articles = new ArrayList<>();
        try (Stream<Path> sets = Files.list(Path.of("src/test/resources/draft"))) {
            for (Path set : sets.sorted().toList()) {
                try (Stream<Path> files = Files.list(set.resolve("articles"))) {
                    for (Path f : files.sorted().toList()) {
                        articles.add(Files.readString(f));
                    }
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no corpus articles under src/test/resources/draft/*/articles");
        }
        String script = "<script>var config = " + "{\"slot\": \"ad-top\", \"sizes\": [[300, 250], [728, 90]]}, "
                .repeat(340) + "{};</script>\n";
        List<Path> pages = new ArrayList<>();
        long written = 0;
        for (int n = 0; written < total; n++) {
            String page = page(articles.get(n % articles.size()), n, script);
            Path file = dir.resolve("page-" + n + ".html");
            Files.writeString(file, page, StandardCharsets.UTF_8);
            written += page.getBytes(StandardCharsets.UTF_8).length;
            pages.add(file);
        }
        return pages;
    }

    private static String page(String article, int n, String script) {
        String[] paragraphs = article.split("\n\\s*\n");
        String title = html(paragraphs[0].strip());
        StringBuilder s = new StringBuilder(64_000);
        s.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append(" | The Daily Example</title>\n<meta property=\"og:site_name\" content=\"The Daily Example\">")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">")
                .append("<meta property=\"article:published_time\" content=\"2024-10-26T09:05:00+01:00\">")
                .append("<link rel=\"canonical\" href=\"https://example.org/news/").append(n).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{")
                .append("\"@type\":\"NewsArticle\",\"headline\":\"").append(title.replace("\"", "'"))
                .append("\",\"datePublished\":\"2024-10-26\",\"author\":[{\"@type\":\"Person\",\"name\":\"A. Reporter\"}]}]}")
                .append("</script>\n").append(script).append("<style>")
                .append(".nav a{color:#333;padding:4px 8px}\n".repeat(120)).append("</style></head><body>\n")
                .append("<div class=\"cookie-banner\">We and our 842 partners use cookies. <button>Accept all</button>")
                .append("</div>\n<header><nav><ul>");
        for (int k = 0; k < 60; k++) {
            s.append("<li><a href=\"/section/").append(k).append("\">Section ").append(k).append("</a></li>");
        }
        s.append("</ul></nav></header>\n<main><article><h1>").append(title).append("</h1>")
                .append("<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Post</a></div>\n");
        for (int k = 1; k < paragraphs.length; k++) {
            s.append("<p>").append(html(paragraphs[k].strip())).append("</p>\n");
        }
        s.append("<div class=\"author-box\"><p>A. Reporter has covered home affairs for 12 years.</p></div>")
                .append("<section class=\"related\"><h2>Related</h2><ul>");
        for (int k = 0; k < 20; k++) {
            s.append("<li><a href=\"/news/").append(k).append("\">").append(k + 3).append(" things to know</a></li>");
        }
        s.append("</ul></section></article></main><footer>");
        for (int k = 0; k < 40; k++) {
            s.append("<a href=\"/about/").append(k).append("\">About ").append(k).append("</a> ");
        }
        return s.append("</footer></body></html>\n").toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
