package fr.cmq.common.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one percentage rule of the platform ({@link #RULE}). Every percentage is in percent with one decimal
 * ({@link BigDecimal} of scale 1, never a 0..1 fraction). Computed with integers only, never floating point, so
 * amounts in cents up to {@link Long#MAX_VALUE} stay exact.
 */
public final class Percentages {

    /** The rule as the API documentation states it. */
    public static final String RULE = "Percentages are in percent with one decimal (33.3 means 33.3 %). Shares that "
            + "make up a whole (a distribution over legal forms, funder types, modalities, regions...) always add up "
            + "to exactly 100.0: they are computed by the largest-remainder method, each share first rounded down to "
            + "a tenth of a percent, then the tenths still missing given one each to the shares with the largest "
            + "remainders, a tie going to the share listed first (the order of the list, i.e. of the code list). A "
            + "single ratio (a coverage rate, the share of one part in a total) is rounded half up to one decimal. "
            + "When the total is zero there is no percentage: the field is null.";

    private static final long TENTHS_OF_PERCENT = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /**
     * The shares in percent of amounts (non-negative) that make up a whole: one decimal each, adding up to exactly
     * 100.0, by the largest-remainder method; ties go to the key met first in the map's iteration order (pass a
     * {@link LinkedHashMap} or an {@link java.util.EnumMap} so that this order is the list's). When the amounts add
     * up to zero, an empty map: {@code get} gives null for every key.
     *
     * @throws IllegalArgumentException if an amount is negative or null
     */
    public static <K> Map<K, BigDecimal> shares(Map<K, Long> amounts) {
        List<K> keys = new ArrayList<>(amounts.keySet());
        List<Long> weights = new ArrayList<>(keys.size());
        for (K key : keys) {
            weights.add(amounts.get(key));
        }
        if (total(weights).signum() == 0) {
            return Collections.emptyMap();
        }
        List<Long> tenths = apportion(TENTHS_OF_PERCENT, weights);
        Map<K, BigDecimal> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), BigDecimal.valueOf(tenths.get(i), 1));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * A single ratio in percent: {@code part / total * 100}, rounded half up to one decimal; null when the total is
     * zero.
     *
     * @throws IllegalArgumentException if the total is negative
     */
    public static BigDecimal percentOf(long part, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total: " + total);
        }
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /**
     * Splits {@code total} units (cents, tenths...) between parts in proportion to {@code weights} by the same
     * largest-remainder method: the parts add up to exactly {@code total}; ties go to the part listed first.
     *
     * @throws IllegalArgumentException if the total or a weight is negative, or the weights add up to zero
     */
    public static List<Long> apportion(long total, List<Long> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total: " + total);
        }
        BigInteger sum = total(weights);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights add up to zero");
        }
        int n = weights.size();
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        // Largest remainder first; List.sort is stable, so equal remainders keep the order of the parts.
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; given < total; k++, given++) {
            parts[order.get(k)]++;
        }
        List<Long> result = new ArrayList<>(n);
        for (long part : parts) {
            result.add(part);
        }
        return List.copyOf(result);
    }

    private static BigInteger total(List<Long> weights) {
        BigInteger sum = BigInteger.ZERO;
        for (Long weight : weights) {
            if (weight == null || weight < 0) {
                throw new IllegalArgumentException("amounts must be zero or positive: " + weight);
            }
            sum = sum.add(BigInteger.valueOf(weight));
        }
        return sum;
    }
}
