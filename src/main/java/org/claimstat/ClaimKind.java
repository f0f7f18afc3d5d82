package org.claimstat;

import java.util.Arrays;
import java.util.Locale;

/**
 * What sort of statement a claim is. File codes: {@code statement, estimate, forecast,
 * observation, official_statement, event}.
 */
public enum ClaimKind {
    /** A figure stated as fact by a claimant. */
    STATEMENT,
    /** A figure its claimant presents as an estimate. */
    ESTIMATE,
    /** A figure about the future ("by 2030"). */
    FORECAST,
    /** A figure measured or counted by the claimant. */
    OBSERVATION,
    /** A figure stated by an official body or office-holder. */
    OFFICIAL_STATEMENT,
    /** A dated event; its quantity has unit {@code date}. */
    EVENT;

    /** Returns the file code, such as {@code official_statement}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the file code. */
    @Override
    public String toString() {
        return code();
    }

    /**
     * Parses a file code.
     *
     * @throws IllegalArgumentException naming the text and the codes allowed
     */
    public static ClaimKind parse(String code) {
        for (ClaimKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + code + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(ClaimKind::code).toList()));
    }
}
