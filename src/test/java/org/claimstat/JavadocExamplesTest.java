package org.claimstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code example in the library's Javadoc is a {@code {@snippet class=... region=...}} whose code is a region of a
 * method of the same name in the test sources: compiled with the tests and run here (each method also checks what
 * its example's comments say). A {@code <pre>{@code ...}} block of code in the Javadoc fails, as does a snippet whose
 * class, region or method is missing, or whose method throws.
 */
class JavadocExamplesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path SNIPPETS = Path.of("src/test/java");
    private static final Pattern SNIPPET = Pattern.compile("\\{@snippet class=\"?([\\w.]+)\"? region=\"?(\\w+)\"?}");
    private static final Pattern METHOD = Pattern.compile("\\bvoid (\\w+)\\(");

    /** One Javadoc example: the file and line naming it, the snippet class and region. */
    record Example(String where, String className, String region) {
    }

    static List<Example> examples(List<String> failures) throws IOException {
        List<Example> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String where = f + ":" + (i + 1);
                    if (lines.get(i).contains("<pre>{@code")) {
                        failures.add(where + ": a code example in <pre>{@code}: make it a {@snippet class=... region=...}");
                    }
                    Matcher m = SNIPPET.matcher(lines.get(i));
                    while (m.find()) {
                        found.add(new Example(where, m.group(1), m.group(2)));
                    }
                }
            }
        }
        return found;
    }

    /** Returns why the snippet file does not hold the region inside a method of the same name, or an empty string. */
    static String regionProblem(Example e) throws IOException {
        Path file = SNIPPETS.resolve(e.className().replace('.', '/') + ".java");
        if (!Files.exists(file)) {
            return "no snippet file " + file;
        }
        String text = Files.readString(file);
        int start = text.indexOf("// @start region=\"" + e.region() + "\"");
        if (start < 0) {
            return "no region '" + e.region() + "' in " + file;
        }
        if (text.indexOf("// @end", start) < 0) {
            return "region '" + e.region() + "' of " + file + " has no // @end";
        }
        Matcher m = METHOD.matcher(text.substring(0, start));
        String method = null;
        while (m.find()) {
            method = m.group(1);
        }
        return e.region().equals(method) ? "" : "region '" + e.region() + "' of " + file + " is in method " + method
                + ", not in a method of its name";
    }

    @Test
    void everyJavadocExample_isASnippetThatCompilesAndRuns() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Example> examples = examples(failures);
        for (Example e : examples) {
            String problem = regionProblem(e);
            if (!problem.isEmpty()) {
                failures.add(e.where() + ": " + problem);
                continue;
            }
            try {
                Method m = Class.forName(e.className()).getDeclaredMethod(e.region());
                m.setAccessible(true);
                m.invoke(null);
            } catch (InvocationTargetException thrown) {
                failures.add(e.where() + ": example " + e.className() + "." + e.region() + " failed: " + thrown.getCause());
            } catch (ReflectiveOperationException missing) {
                failures.add(e.where() + ": example " + e.className() + "." + e.region() + " cannot run: " + missing);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(examples.size() >= 34, "examples found: " + examples.size());
    }
}
