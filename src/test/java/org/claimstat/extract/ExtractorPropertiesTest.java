package org.claimstat.extract;

import org.junit.jupiter.api.Test;

/**
 * The extractor on generated adversarial text ({@link HostileTexts}): never an exception, never a failure inside it,
 * never a 0 that was not written ({@link ExtractorInvariants}). Seeds are fixed and tries bounded, so a run is the same
 * everywhere and stays short on CI's two cores; {@code bench/fuzz} runs the same checks under Jazzer for longer.
 */
class ExtractorPropertiesTest {

    @Test
    void extract_ofHostilePieces_neverFailsNorInventsAZero() {
        HostileTexts.forEach(19_000, 1500, r -> HostileTexts.text(r, 40), ExtractorInvariants::check);
    }

    @Test
    void extract_ofAHostileNumberInASentence_neverFailsNorInventsAZero() {
        HostileTexts.forEach(19_100_000, 800, r -> {
            String n = HostileTexts.text(r, 6);
            return "The firm hired " + n + " workers, nearly " + n + " people, and $" + n + " bn in " + n + ".";
        }, ExtractorInvariants::check);
    }

    @Test
    void extract_ofAnyCharacters_neverFails() {
        HostileTexts.forEach(19_200_000, 400, r -> HostileTexts.anyChars(r, 200), ExtractorInvariants::check);
    }
}
