package org.claimstat.dataset;

import java.util.List;
import java.util.Objects;

/**
 * The descriptive part of a dataset's {@code datapackage.json}: its name, title, description and
 * licences.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the package name, lower case with dashes ({@code russia-ai})
 * @param title a human title
 * @param description what the dataset holds, and what was left out and why
 * @param licenses licence names or SPDX ids ({@code CC-BY-4.0})
 */
public record DatasetInfo(String name, String title, String description, List<String> licenses) {

    /** Rejects nulls; copies the licences. */
    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        licenses = List.copyOf(licenses);
    }
}
