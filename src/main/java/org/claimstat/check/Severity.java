package org.claimstat.check;

import java.util.Arrays;
import java.util.Locale;

/** How serious a finding is. Codes in JSON: {@code info, warning, conflict}. */
public enum Severity {
    /** Worth knowing (a syndicated copy, an implied value). */
    INFO,
    /** Likely a mistake or a misreport, but the claims could still all hold. */
    WARNING,
    /** The claims cannot all be true. */
    CONFLICT;

    /** Returns the code, such as {@code conflict}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code();
    }

    /**
     * Parses a code.
     *
     * @throws IllegalArgumentException naming the text and the codes allowed
     */
    public static Severity parse(String code) {
        for (Severity s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + code + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(Severity::code).toList()));
    }
}
