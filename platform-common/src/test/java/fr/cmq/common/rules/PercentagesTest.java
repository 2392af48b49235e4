package fr.cmq.common.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one percentage rule: largest remainder for shares of a whole, half up for a single ratio, one decimal. */
class PercentagesTest {

    private static Map<String, Long> amounts(Object... keysAndAmounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndAmounts.length; i += 2) {
            map.put((String) keysAndAmounts[i], ((Number) keysAndAmounts[i + 1]).longValue());
        }
        return map;
    }

    private static List<String> texts(Map<?, BigDecimal> shares) {
        return shares.values().stream().map(BigDecimal::toPlainString).toList();
    }

    private static BigDecimal sum(Map<?, BigDecimal> shares) {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void thirdsAddUpToExactlyOneHundredTheFirstListedTakingTheLeftOverTenth() {
        Map<String, BigDecimal> shares = Percentages.shares(amounts("ASSOCIATION", 1, "GIP", 1, "SUPPORT_ESTABLISHMENT", 1));
        assertEquals(List.of("33.4", "33.3", "33.3"), texts(shares));
        assertEquals(new BigDecimal("100.0"), sum(shares));
        // the tie goes to the first in the list's order, whatever the keys are
        assertEquals(List.of("33.4", "33.3", "33.3"), texts(Percentages.shares(amounts("z", 1, "a", 1, "m", 1))));
    }

    @Test
    void tiesFollowTheOrderOfTheCodeListInAnEnumMap() {
        Map<java.time.DayOfWeek, Long> counts = new EnumMap<>(java.time.DayOfWeek.class);
        counts.put(java.time.DayOfWeek.FRIDAY, 1L);
        counts.put(java.time.DayOfWeek.MONDAY, 1L);
        counts.put(java.time.DayOfWeek.WEDNESDAY, 1L);
        Map<java.time.DayOfWeek, BigDecimal> shares = Percentages.shares(counts);
        assertEquals(new BigDecimal("33.4"), shares.get(java.time.DayOfWeek.MONDAY));
        assertEquals(new BigDecimal("33.3"), shares.get(java.time.DayOfWeek.WEDNESDAY));
        assertEquals(new BigDecimal("33.3"), shares.get(java.time.DayOfWeek.FRIDAY));
    }

    @Test
    void twoToOneReadsSixtySixPointSevenAndThirtyThreePointThree() {
        assertEquals(List.of("66.7", "33.3"), texts(Percentages.shares(amounts("a", 2, "b", 1))));
        assertEquals(List.of("33.3", "66.7"), texts(Percentages.shares(amounts("a", 1, "b", 2))));
    }

    @Test
    void theLargestRemainderWinsBeforeTheOrder() {
        // 5/6 = 83.33..., 1/6 = 16.66...: the missing tenth goes to the larger remainder, listed second
        assertEquals(List.of("83.3", "16.7"), texts(Percentages.shares(amounts("a", 5, "b", 1))));
        // 2/7, 2/7, 3/7 = 28.57.., 28.57.., 42.85..: floors 28.5 + 28.5 + 42.8 = 99.8; the two largest remainders
        // (5/7 each, against 4/7) get the two missing tenths
        assertEquals(List.of("28.6", "28.6", "42.8"), texts(Percentages.shares(amounts("a", 2, "b", 2, "c", 3))));
    }

    @Test
    void aerocampusAndToulouseFiguresOfTheFundingTests() {
        // Encadré 2: « une dotation du conseil régional de 2 M€ et [...] des ressources propres s'élevant à 8 M€ », in
        // cents: 2 000 000 EUR = 200 000 000 cents (the funding service's former SharesTest wrote them 100 times larger)
        assertEquals(List.of("20.0", "80.0"), texts(Percentages.shares(amounts("REGION", 200_000_000L,
                "OWN_RESOURCES", 800_000_000L))));
        // Toulouse's director: Airbus 30, rectorat 25, region 25, UIMM 20
        assertEquals(List.of("30.0", "25.0", "25.0", "20.0"), texts(Percentages.shares(amounts("airbus", 30,
                "rectorat", 25, "region", 25, "uimm", 20))));
    }

    @Test
    void manySmallPartsStillAddUpToOneHundred() {
        Map<String, Long> many = new LinkedHashMap<>();
        for (int i = 0; i < 77; i++) {
            many.put("campus" + i, 1L);
        }
        Map<String, BigDecimal> shares = Percentages.shares(many);
        assertEquals(new BigDecimal("100.0"), sum(shares));
        // 77 x 1.2 = 92.4; the 76 tenths left over go to the first 76 (equal remainders): the last one reads 1.2
        assertEquals(76, shares.values().stream().filter(s -> s.equals(new BigDecimal("1.3"))).count());
        assertEquals(new BigDecimal("1.2"), shares.get("campus76"));
    }

    @Test
    void largeAmountsInCentsStayExact() {
        long huge = Long.MAX_VALUE / 2;
        Map<String, BigDecimal> shares = Percentages.shares(amounts("a", huge, "b", huge, "c", 1));
        assertEquals(List.of("50.0", "50.0", "0.0"), texts(shares));
        assertEquals(List.of("100.0", "0.0"), texts(Percentages.shares(amounts("a", 100_000_000_000L * 500, "b", 1))));
        assertEquals(new BigDecimal("33.3"), Percentages.percentOf(Long.MAX_VALUE / 3, Long.MAX_VALUE));
        assertEquals(List.of(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2),
                Percentages.apportion(Long.MAX_VALUE, List.of(1L, 1L)));
    }

    @Test
    void aZeroTotalGivesNoPercentage() {
        Map<String, BigDecimal> shares = Percentages.shares(amounts("a", 0, "b", 0));
        assertTrue(shares.isEmpty());
        assertNull(shares.get("a"));
        assertTrue(Percentages.shares(Map.of()).isEmpty());
        assertNull(Percentages.percentOf(5, 0));
        assertNull(Percentages.percentOf(0, 0));
    }

    @Test
    void aZeroPartReadsZeroPointZero() {
        assertEquals(List.of("100.0", "0.0"), texts(Percentages.shares(amounts("a", 3, "b", 0))));
    }

    @Test
    void aSingleRatioRoundsHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("33.3"), Percentages.percentOf(1, 3));
        assertEquals(new BigDecimal("66.7"), Percentages.percentOf(2, 3));
        assertEquals(new BigDecimal("0.1"), Percentages.percentOf(1, 2000)); // 0.05 exactly: half up
        assertEquals(new BigDecimal("0.0"), Percentages.percentOf(1, 2001));
        assertEquals(new BigDecimal("99.9"), Percentages.percentOf(1_005_000_000, 1_006_000_000));
        assertEquals(new BigDecimal("125.0"), Percentages.percentOf(5, 4)); // a coverage above 100 % stays as it is
        assertEquals(1, Percentages.percentOf(1, 3).scale());
    }

    @Test
    void apportionSplitsAnAmountToTheCent() {
        assertEquals(List.of(34L, 33L, 33L), Percentages.apportion(100, List.of(1L, 1L, 1L)));
        assertEquals(List.of(2_400_001L, 2_000_000L, 2_000_000L, 1_600_000L),
                Percentages.apportion(8_000_001, List.of(300L, 250L, 250L, 200L)));
        assertEquals(List.of(0L, 0L), Percentages.apportion(0, List.of(1L, 1L)));
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentages.shares(amounts("a", -1, "b", 2)));
        assertThrows(IllegalArgumentException.class, () -> Percentages.apportion(10, List.of(0L, 0L)));
        assertThrows(IllegalArgumentException.class, () -> Percentages.apportion(-1, List.of(1L)));
        assertThrows(IllegalArgumentException.class, () -> Percentages.percentOf(1, -3));
    }

    @Test
    void theRuleIsDocumentedForTheApi() {
        assertTrue(Percentages.RULE.contains("largest-remainder"));
        assertTrue(Percentages.RULE.contains("half up"));
        assertTrue(Percentages.RULE.contains("100.0"));
    }
}
