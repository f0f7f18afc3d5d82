package org.claimstat.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimstat.Claim;
import org.claimstat.Hedge;
import org.claimstat.PartialDate;
import org.claimstat.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's column store: claims built on access equal the claims that were written. */
class ClaimColumnsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 77, 2025})
    void claimsBuiltOnAccess_equalTheEagerClaims(long seed) {
        ClaimDataset original = RandomDatasets.of(seed, 1500);
        ClaimDatasets.write(original, dir);
        List<Claim> read = ClaimDatasets.read(dir).claims();
        assertInstanceOf(ClaimColumns.class, read);
        assertEquals(original.claims().size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(original.claims().get(i), read.get(i), "claim " + i);
            assertEquals(original.claims().get(i).hashCode(), read.get(i).hashCode(), "claim " + i);
        }
    }

    @Test
    void get_buildsEqualClaimsOnEveryCallFromManyThreads() throws Exception {
        ClaimDatasets.write(RandomDatasets.of(9, 800), dir);
        List<Claim> claims = ClaimDatasets.read(dir).claims();
        List<Claim> first = new ArrayList<>(claims);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Claim>>> copies = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                copies.add(pool.submit(() -> new ArrayList<>(claims)));
            }
            for (Future<List<Claim>> copy : copies) {
                assertEquals(first, copy.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void claims_areUnmodifiableAndCheckTheirIndex() {
        ClaimDatasets.write(RandomDatasets.of(3, 10), dir);
        List<Claim> claims = ClaimDatasets.read(dir).claims();
        Claim any = claims.get(0);
        assertThrows(UnsupportedOperationException.class, () -> claims.add(any));
        assertThrows(UnsupportedOperationException.class, () -> claims.set(0, any));
        assertThrows(UnsupportedOperationException.class, () -> claims.remove(0));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> claims.get(10));
        assertEquals("claim index 10 is outside 0..9", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> claims.get(-1));
    }

    @Test
    void valuesKeepTheirWrittenForm_longDecimalsDatesAndBounds() {
        String c = ",emigrants,RU,2022,2022,";
        ClaimDataset dataset = ClaimDatasets.read(TinyDataset.valid()
                .text("indicators.csv", "id,label,unit,aggregation,description\n"
                        + "emigrants,IT workers who left,person,flow,\nlaw_signed,Law signed,date,date,\n")
                .claims(
                "c1" + c + "0.00,,,person,exact,statement,X,s1,q",
                "c2" + c + "-0.50,,,person,approximately,statement,X,s1,q",
                "c3" + c + "12345678901234567890.123,,,person,exact,statement,X,s1,q",
                "c4" + c + ",6,9.5,person,range,statement,X,s1,q",
                "c5" + c + "95000,,95000,person,nearly,statement,X,s1,q",
                "c6,law_signed,RU,2022,2022,2024-02-29,2024,,date,at_most,event,X,s1,q",
                "c7,emigrants,RU,,,100,,,person,exact,statement,X,s1,").writeTo(dir));
        List<String> values = dataset.claims().stream()
                .map(claim -> ClaimRows.value(claim.quantity().value()) + "|" + ClaimRows.value(claim.quantity().lower())
                        + "|" + ClaimRows.value(claim.quantity().upper())).toList();
        assertEquals(List.of("0.00||", "-0.50||", "12345678901234567890.123||", "|6|9.5", "95000||95000",
                "2024-02-29|2024|", "100||"), values);
        assertEquals(Optional.of(Value.of(PartialDate.parse("2024-02-29"))), dataset.claims().get(5).quantity().value());
        assertEquals(Optional.of(new BigDecimal("-0.50")), dataset.claims().get(1).quantity().number());
        assertEquals(Hedge.RANGE, dataset.claims().get(3).quantity().hedge());
        assertEquals("", dataset.claims().get(6).quote());
    }

    @Test
    void longTexts_crossTheReadersCharacterChunksWhole() {
        String quote = "q".repeat(100_000) + "ü";
        String[] lines = new String[3000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "c" + i + ",emigrants,RU,2022,2022," + i + ",,,person,exact,statement,Someone " + i % 7 + ",s1,"
                    + (i % 1000 == 999 ? quote : "q" + i);
        }
        List<Claim> claims = ClaimDatasets.read(TinyDataset.valid().claims(lines).writeTo(dir)).claims();
        for (int i = 0; i < lines.length; i++) {
            assertEquals(i % 1000 == 999 ? quote : "q" + i, claims.get(i).quote());
            assertEquals("Someone " + i % 7, claims.get(i).claimant());
            assertEquals(Optional.of(new BigDecimal(i)), claims.get(i).quantity().number());
        }
    }

    @Test
    void extraColumns_areKeptPerClaim() {
        ClaimDataset dataset = ClaimDatasets.read(TinyDataset.valid().text("claims.csv", TinyDataset.CLAIMS_HEADER
                + ",note\n" + TinyDataset.CLAIM + ",first\nc2" + TinyDataset.CLAIM.substring(2) + ",\n").writeTo(dir));
        assertEquals(Map.of("note", "first"), dataset.claims().get(0).extra());
        assertEquals(Map.of("note", ""), dataset.claims().get(1).extra());
    }

    @Test
    void filter_worksOnTheColumns() {
        ClaimDataset original = RandomDatasets.of(12, 500);
        ClaimDatasets.write(original, dir);
        ClaimDataset read = ClaimDatasets.read(dir);
        String indicator = original.claims().get(0).indicator();
        assertEquals(original.claimsOf(indicator), read.claimsOf(indicator));
        assertEquals(original.withEntity("RU").claims(), read.withEntity("RU").claims());
    }
}
