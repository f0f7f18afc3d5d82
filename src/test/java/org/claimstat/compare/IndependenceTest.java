package org.claimstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndependenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            About 650,000 people left Russia, according to The Bell.            | The Bell
            Some 700,000 left, citing Forbes Russia.                            | Forbes Russia
            Home Office figures show 29,437 people crossed in 2023.             | Home Office
            According to estimates by Forbes, about 700,000 people left.        | Forbes
            Around 650,000 people had left, The Bell estimated.                 | The Bell
            data from the Interior Ministry of Kazakhstan show 400,000 arrivals | Interior Ministry of Kazakhstan
            Some 73,500 people arrived in Georgia.                              |
            More than 100,000 people said they left.                            |
            """)
    void attribution_findsTheOriginTheQuoteNames(String quote, String origin) {
        assertEquals(Optional.ofNullable(origin), Attributions.of(quote));
    }
}
