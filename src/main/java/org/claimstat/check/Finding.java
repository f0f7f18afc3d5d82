package org.claimstat.check;

import java.util.List;
import java.util.Objects;

/**
 * What a check found: its check id, how serious it is, the claims involved, and one sentence
 * with the numbers that a person can verify by hand.
 *
 * <p>Immutable and thread-safe.
 *
 * @param check the stable id of the check that found it, such as {@code conflict}
 * @param severity how serious it is
 * @param claims the ids of the claims involved, in a stable order
 * @param message one sentence with the numbers
 */
public record Finding(String check, Severity severity, List<String> claims, String message) {

    /** Rejects nulls and a blank message; copies the claim ids. */
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        claims = List.copyOf(claims);
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message");
        }
    }

    /**
     * Returns the message as a reader reads it, for reports and terminals: interval notation outside quotes in words
     * and large numbers with scale words ({@code (0, 1000000]} is "above 0, at most 1 million", {@code [47.5, 48.5]}
     * is "47.5 to 48.5", {@code (-∞, 45]} is "at most 45"). {@link #message()} keeps the raw values, as JSON does.
     */
    public String readableMessage() {
        return ReadableMessage.of(message);
    }
}
