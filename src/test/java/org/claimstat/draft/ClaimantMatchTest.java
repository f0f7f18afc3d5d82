package org.claimstat.draft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The scorer's comparison of claimant names, on gold and drafted names of the corpus sets. */
class ClaimantMatchTest {
    @Test
    void spellingsOfOneNameAreTheSameClaimant() {
        assertSameClaimant(
                "Nicolás Maduro", "Nicolas Maduro",
                "UN", "the U.N.",
                "Home Office", "home office");
    }

    @Test
    void aNameAndTheAliasInItsBracketsAreOne() {
        assertSameClaimant(
                "Turkish Catastrophe Insurance Pool (TCIP)", "TCIP",
                "Turkish Enterprise and Business Confederation (TURKONFED)",
                "Turkish Enterprise and Business Confederation",
                "Ferid Belhaj (World Bank)", "Ferid Belhaj",
                "RMS (Moody's RMS)", "RMS");
    }

    @Test
    void aNameAndTheAcronymOfItsInitialsAreOne() {
        assertSameClaimant(
                "International Organisation for Migration", "IOM",
                "United Nations", "UN",
                "UNDP", "United Nations Development Programme",
                "RSF", "Reporters Sans Frontières",
                "UUSC", "Unitarian Universalist Service Committee");
    }

    @Test
    void aPersonNamedBySurnameIsThePerson() {
        assertSameClaimant(
                "Nicolás Maduro", "Maduro",
                "Denys Shmygal", "Shmygal",
                "Ursula von der Leyen", "Leyen");
    }

    @Test
    void anAcronymWithAQualifierIsTheBodyItNames() {
        assertSameClaimant(
                "OCHA", "UN OCHA",
                "UNHCR", "UNHCR Egypt");
    }

    @Test
    void differentBodiesAndListsNeverMeet() {
        assertDifferentClaimants(
                "IOM and UNHCR", "UNHCR",
                "UN", "UNHCR",
                "UN", "UN OCHA",
                "Egyptian government", "Egyptian foreign ministry",
                "RSF", "Reporters Without Borders",
                "PA Media", "Prime Minister",
                "World Bank", "World Bank entitled",
                "Home Office", "Ministry of Defence",
                "Reuters", "");
    }

    /** Asserts that each pair of names (gold, then drafted) names one claimant. */
    private static void assertSameClaimant(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            assertTrue(ClaimantMatch.same(pairs[i], pairs[i + 1]), pairs[i] + " ~ " + pairs[i + 1]);
        }
    }

    /** Asserts that each pair of names (gold, then drafted) names different claimants. */
    private static void assertDifferentClaimants(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            assertFalse(ClaimantMatch.same(pairs[i], pairs[i + 1]), pairs[i] + " !~ " + pairs[i + 1]);
        }
    }
}
