package fr.cmq.common.idempotency;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Settings of the Idempotency-Key store (shared configuration, section "Idempotency"). */
@ConfigMapping(prefix = "cmq.idempotency")
public interface IdempotencyConfig {

    /** The shortest retention the public API promises (the conventions: keys kept at least 24 hours per caller). */
    Duration PROMISED_RETENTION = Duration.ofHours(24);

    /** How long a caller's key and its answer are kept; at least {@link #PROMISED_RETENTION}. */
    Duration retention();

    /** How often the keys older than the retention are deleted. */
    Duration purgeInterval();
}
