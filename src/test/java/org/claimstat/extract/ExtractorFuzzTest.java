package org.claimstat.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The extractor's fuzz target (Jazzer): any text, the promises of {@link ExtractorInvariants}. A plain test run replays
 * the seed corpus kept in {@code src/test/resources/org/claimstat/extract/ExtractorFuzzTestInputs/extract/} (hostile
 * texts of issue 19 and every input the fuzzer found failing); {@code bench/fuzz/run.sh} fuzzes it for a bounded time.
 */
class ExtractorFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void extract(FuzzedDataProvider data) {
        ExtractorInvariants.check(data.consumeRemainingAsString());
    }
}
