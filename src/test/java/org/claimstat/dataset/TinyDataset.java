package org.claimstat.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small valid dataset folder as text, with single files replaced for the bad-input tests. */
final class TinyDataset {
    static final String CLAIMS_HEADER =
            "id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,kind,claimant,source,quote";
    static final String CLAIM = "c1,emigrants,RU,2022,2022,100000,,,person,approximately,statement,Someone,s1,about 100000";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private TinyDataset() {
        text("datapackage.json", "{\n  \"name\": \"tiny\",\n  \"title\": \"Tiny\",\n"
                + "  \"licenses\": [{\"name\": \"CC0-1.0\"}]\n}\n");
        text("sources.csv", "id,publisher,title,url,published,author,language,derived_from,document\n"
                + "s1,Reuters,A title,,2024-02,,en,,\n");
        text("indicators.csv", "id,label,unit,aggregation,description\n"
                + "emigrants,IT workers who left,person,flow,\n");
        text("claims.csv", CLAIMS_HEADER + "\n" + CLAIM + "\n");
    }

    static TinyDataset valid() {
        return new TinyDataset();
    }

    /** Replaces (or adds) a file. */
    TinyDataset text(String file, String content) {
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Replaces claims.csv with the header and these lines. */
    TinyDataset claims(String... lines) {
        return text("claims.csv", CLAIMS_HEADER + "\n" + String.join("\n", lines) + "\n");
    }

    TinyDataset bytes(String file, byte[] content) {
        files.put(file, content);
        return this;
    }

    TinyDataset without(String file) {
        files.remove(file);
        return this;
    }

    /** Writes the files into {@code dir} and returns it. */
    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the files' names, for tests that copy them elsewhere. */
    List<String> names() {
        return List.copyOf(files.keySet());
    }
}
