package fr.cmq.funding;

import fr.cmq.funding.domain.Shares;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rounding rule (largest remainder, one decimal), without the application. */
class SharesTest {

    private static Map<String, Long> amounts(Object... keysAndAmounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndAmounts.length; i += 2) {
            map.put((String) keysAndAmounts[i], ((Number) keysAndAmounts[i + 1]).longValue());
        }
        return map;
    }

    private static BigDecimal sum(Map<String, BigDecimal> shares) {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void thirdsAddToExactlyOneHundredTheFirstListedGettingTheLeftOver() {
        Map<String, BigDecimal> shares = Shares.percentages(amounts("a", 1, "b", 1, "c", 1));
        assertEquals(List.of("33.4", "33.3", "33.3"), shares.values().stream().map(BigDecimal::toPlainString).toList());
        assertEquals(new BigDecimal("100.0"), sum(shares));
    }

    @Test
    void aerocampusAndToulouseFigures() {
        assertEquals(List.of("20.0", "80.0"), Shares.percentages(amounts("region", 200_000_000_00L,
                "own", 800_000_000_00L)).values().stream().map(BigDecimal::toPlainString).toList());
        assertEquals(List.of("30.0", "25.0", "25.0", "20.0"), Shares.percentages(amounts("airbus", 30, "rectorat", 25,
                "region", 25, "uimm", 20)).values().stream().map(BigDecimal::toPlainString).toList());
    }

    @Test
    void manySmallPartsAndHugeAmountsStayExact() {
        Map<String, Long> many = new LinkedHashMap<>();
        for (int i = 0; i < 77; i++) {
            many.put("f" + i, 1L);
        }
        Map<String, BigDecimal> shares = Shares.percentages(many);
        assertEquals(new BigDecimal("100.0"), sum(shares));
        assertTrue(shares.values().stream().allMatch(s -> s.compareTo(new BigDecimal("1.2")) >= 0
                && s.compareTo(new BigDecimal("1.4")) <= 0));
        Map<String, BigDecimal> huge = Shares.percentages(amounts("a", 100_000_000_000L * 500, "b", 1));
        assertEquals(List.of("100.0", "0.0"), huge.values().stream().map(BigDecimal::toPlainString).toList());
    }

    @Test
    void splitsAmountsToTheCent() {
        assertEquals(List.of(34L, 33L, 33L), Shares.apportion(100, List.of(1L, 1L, 1L)));
        assertEquals(List.of(2_400_001L, 2_000_000L, 2_000_000L, 1_600_000L),
                Shares.apportion(8_000_001, List.of(300L, 250L, 250L, 200L)));
        assertEquals(List.of(0L, 0L), Shares.apportion(0, List.of(1L, 1L)));
    }

    @Test
    void zeroTotalsGiveNoShares() {
        assertTrue(Shares.percentages(amounts("a", 0, "b", 0)).isEmpty());
        assertNull(Shares.percentOf(5, 0));
        assertEquals(new BigDecimal("99.9"), Shares.percentOf(1_005_000_000, 1_006_000_000));
    }
}
