package fr.cmq.funding.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rounding rule of the funding service, applied to every share in percent and every split of
 * an amount: the <b>largest remainder method</b> (Hamilton). Each part first gets the floor of its exact
 * value in the smallest unit (a tenth of a percent, or a euro cent); the units left over go one each to
 * the parts with the largest remainders, ties going to the part listed first. So shares in percent have
 * one decimal and always add to exactly 100.0, and split amounts always add to exactly the total.
 * Everything is computed with integers and {@link BigDecimal}; never with floating point.
 */
public final class Shares {

    /** Tenths of a percent in 100 %. */
    private static final long PERCENT_UNITS = 1000;

    private Shares() {
    }

    /**
     * Shares in percent (one decimal, adding to exactly 100.0) of amounts given in an order that breaks
     * ties; an empty map when the amounts add to zero.
     */
    public static <K> Map<K, BigDecimal> percentages(Map<K, Long> amounts) {
        Map<K, BigDecimal> result = new LinkedHashMap<>();
        List<K> keys = new ArrayList<>(amounts.keySet());
        List<Long> weights = keys.stream().map(amounts::get).toList();
        long total = weights.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return result;
        }
        List<Long> units = apportion(PERCENT_UNITS, weights);
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), BigDecimal.valueOf(units.get(i), 1));
        }
        return result;
    }

    /** The amounts with their shares in percent, in the order given (the order that breaks ties). */
    public static <K> List<Share<K>> split(Map<K, Long> amounts) {
        Map<K, BigDecimal> percents = percentages(amounts);
        List<Share<K>> shares = new ArrayList<>();
        amounts.forEach((key, amount) -> shares.add(new Share<>(key, amount, percents.get(key))));
        return shares;
    }

    /** One amount as a percentage of a total, to one decimal, half up; null when the total is zero. */
    public static BigDecimal percentOf(long amount, long total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /**
     * Splits {@code total} units between parts in proportion to {@code weights} (non-negative, not all
     * zero) by the largest remainder method; the parts add to exactly {@code total}.
     */
    public static List<Long> apportion(long total, List<Long> weights) {
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            sum = sum.add(BigInteger.valueOf(w));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights add to zero");
        }
        long[] parts = new long[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        // Largest remainder first; List.sort is stable, so ties keep the order in which parts were given.
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; given < total; k++, given++) {
            parts[order.get(k)]++;
        }
        List<Long> result = new ArrayList<>();
        for (long p : parts) {
            result.add(p);
        }
        return result;
    }
}
