package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimstat.dataset.ClaimDatasets;
import org.junit.jupiter.api.Test;

/**
 * Every indicator a Javadoc example of the library names (in a call such as {@code forest(data, "id")}) is in a bundled
 * dataset: in the Javadoc itself and in the snippet files ({@code *Snippets.java}) its examples are taken from.
 */
class JavadocIndicatorsTest {
    private static final Pattern NAMED = Pattern.compile(
            "^\\s*\\*?.*(?:forest|timeline|claimsOf|withIndicator|indicator|compare)\\((?:[a-z]+, )?\"([a-z0-9_]+)\"");

    @Test
    void everyIndicatorAJavadocExampleNames_isInABundledDataset() throws IOException {
        Set<String> known = new HashSet<>();
        for (String name : List.of("russia-ai", "ai-nations")) {
            ClaimDatasets.load(name).indicators().forEach(i -> known.add(i.id()));
        }
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            for (Path f : files.filter(JavadocIndicatorsTest::holdsExamples).toList()) {
                boolean snippets = f.toString().endsWith("Snippets.java");
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = NAMED.matcher(lines.get(i));
                    boolean javadoc = lines.get(i).trim().startsWith("*");
                    if ((javadoc || snippets) && m.find() && !known.contains(m.group(1))) {
                        unknown.add(f + ":" + (i + 1) + " " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    private static boolean holdsExamples(Path file) {
        String name = file.toString();
        return name.startsWith("src/main/java") ? name.endsWith(".java") : name.endsWith("Snippets.java");
    }
}
