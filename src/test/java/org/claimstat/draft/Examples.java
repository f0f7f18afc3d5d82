package org.claimstat.draft;

import java.nio.file.Path;

/** The articles of {@code examples/drafting}, which the README's drafting walk-through uses. */
final class Examples {
    static final Path DIR = Path.of("examples/drafting");
    static final Path SOURCES = DIR.resolve("sources.csv");
    /** A saved page with full metadata (JSON-LD in {@code @graph}) and every kind of page furniture. */
    static final Path SONGWRITER = DIR.resolve("americansongwriter-eras-fed.html");
    /** A saved page with no publication date and dates written without a year. */
    static final Path HINDU = DIR.resolve("thehindu-eras-explained.html");
    /** A text excerpt whose source row is in {@link #SOURCES}. */
    static final Path WEALTHIEST = DIR.resolve("wealthiest-eras-economy.txt");

    private Examples() {
    }
}
