package fr.cmq.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of a service's outbox and of the relay that publishes it to Kafka. */
@ConfigMapping(prefix = "cmq.outbox")
public interface OutboxConfig {

    /** Whether the relay runs in this process. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for unsent events when it has nothing to do. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** How long the relay waits before trying again after the broker failed to acknowledge. */
    @WithDefault("2s")
    Duration retryDelay();

    /** The most events published in one relay transaction. */
    @WithDefault("200")
    int batchSize();
}
