package fr.cmq.funding.domain;

import fr.cmq.common.rules.Percentages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One part of a split of amounts: what it is ({@code key}: a funder type, a modality, an Annexe 3 group),
 * its amount in euro cents and its share of the total in percent by the platform's one rule ({@link Percentages}:
 * one decimal, the shares of one split adding to exactly 100.0; null when the total is zero).
 */
public record Share<K>(K key, long amountCents, BigDecimal percent) {

    /** The amounts with their shares, in the map's order (the order that breaks ties: pass an EnumMap). */
    public static <K> List<Share<K>> split(Map<K, Long> amounts) {
        Map<K, BigDecimal> percents = Percentages.shares(amounts);
        List<Share<K>> shares = new ArrayList<>();
        amounts.forEach((key, amount) -> shares.add(new Share<>(key, amount, percents.get(key))));
        return shares;
    }
}
