package fr.cmq.funding.domain;

import java.math.BigDecimal;

/**
 * One part of a split of amounts: what it is ({@code key}: a funder type, a modality, an Annexe 3 group),
 * its amount in euro cents and its share of the total in percent with one decimal (null when the total is
 * zero). The shares of one split add to exactly 100.0 ({@link Shares}).
 */
public record Share<K>(K key, long amountCents, BigDecimal percent) {
}
