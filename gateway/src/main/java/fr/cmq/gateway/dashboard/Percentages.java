package fr.cmq.gateway.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares in percent with one decimal that add up to exactly 100.0: each share is rounded down to a
 * tenth, then the missing tenths go to the largest remainders (ties: first in order).
 */
final class Percentages {

    private Percentages() {
    }

    static <K> Map<K, BigDecimal> of(Map<K, Long> amounts) {
        long total = amounts.values().stream().mapToLong(Long::longValue).sum();
        Map<K, BigDecimal> result = new LinkedHashMap<>();
        if (total <= 0) {
            amounts.keySet().forEach(k -> result.put(k, null));
            return result;
        }
        List<K> keys = new ArrayList<>(amounts.keySet());
        long[] tenths = new long[keys.size()];
        long[] remainders = new long[keys.size()];
        long given = 0;
        for (int i = 0; i < keys.size(); i++) {
            long scaled = amounts.get(keys.get(i)) * 1000;
            tenths[i] = scaled / total;
            remainders[i] = scaled % total;
            given += tenths[i];
        }
        for (long left = 1000 - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < keys.size(); i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            tenths[best]++;
            remainders[best] = -1;
        }
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), BigDecimal.valueOf(tenths[i], 1));
        }
        return result;
    }
}
