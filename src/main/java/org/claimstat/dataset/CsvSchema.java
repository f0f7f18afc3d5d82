package org.claimstat.dataset;

import java.util.List;
import java.util.Set;

/**
 * The contract columns of one dataset CSV file, in file order, with their Frictionless types and
 * descriptions, and the keys written to {@code datapackage.json}.
 *
 * @param resource the resource name ({@code claims})
 * @param required whether a dataset folder must hold the file
 * @param fields the contract columns
 * @param primaryKey the column that identifies a row, empty where none
 * @param foreignKeys columns that name rows of other files
 * @param repeating columns whose texts repeat from row to row (references, codes, names, dates),
 *     read as one shared string per distinct text
 * @param characters columns read as characters and made strings only when asked (numbers the
 *     reader scans itself)
 * @param kept free-text columns whose characters the reader keeps as they were read (a claim's
 *     quote), made strings only when asked
 */
record CsvSchema(String resource, boolean required, List<Field> fields, String primaryKey,
                 List<ForeignKey> foreignKeys, Set<String> repeating, Set<String> characters, Set<String> kept) {

    /** Returns a schema with no columns read as characters. */
    CsvSchema(String resource, boolean required, List<Field> fields, String primaryKey, List<ForeignKey> foreignKeys,
              Set<String> repeating) {
        this(resource, required, fields, primaryKey, foreignKeys, repeating, Set.of(), Set.of());
    }

    /**
     * One contract column.
     *
     * @param name the column name
     * @param type the Frictionless field type ({@code string}, {@code number}, {@code integer}, {@code date})
     * @param description what the column holds
     * @param pattern the Frictionless {@code pattern} constraint a non-empty cell matches (the reader's grammar),
     *     empty where none
     */
    record Field(String name, String type, String description, String pattern) {
        /** Returns a column with no pattern constraint. */
        Field(String name, String type, String description) {
            this(name, type, description, "");
        }
    }

    /**
     * A column whose values are ids of another resource.
     *
     * @param field the column
     * @param resource the resource it refers to
     * @param referenceField the column of that resource
     */
    record ForeignKey(String field, String resource, String referenceField) {
    }

    /** Returns the file name, such as {@code claims.csv}. */
    String file() {
        return resource + ".csv";
    }

    /** Returns the column names in order. */
    List<String> names() {
        return fields.stream().map(Field::name).toList();
    }
}
