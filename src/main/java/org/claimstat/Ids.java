package org.claimstat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the model's records. */
final class Ids {
    private Ids() {
    }

    static String require(String id, String what) {
        Objects.requireNonNull(id, what);
        if (id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return id;
    }

    static Map<String, String> copyOrdered(Map<String, String> map) {
        Objects.requireNonNull(map, "extra");
        if (map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
