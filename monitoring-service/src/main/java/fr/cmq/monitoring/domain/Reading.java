package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.Trend;
import fr.cmq.common.reference.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value of an indicator for a year and a breakdown, declared or computed, read against the target of the same
 * year and breakdown and against the previous value of the same breakdown.
 *
 * @param version     the declared value's version (its ETag), null for a computed value
 * @param declaredBy  who declared it (token subject), null for a computed value
 * @param gapToTarget value - target, null without a target
 * @param trend       against the latest earlier year's value of the same breakdown, null without one
 */
public record Reading(int year, Breakdown breakdown, BigDecimal value, Long numerator, Long denominator,
                      ValueSource source, String sourceReference, Instant declaredAt, String declaredBy, Long version,
                      BigDecimal target, BigDecimal gapToTarget, Trend trend) {
}
