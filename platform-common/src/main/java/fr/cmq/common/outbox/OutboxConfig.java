package fr.cmq.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of a service's outbox and of the relay that publishes it to Kafka. */
@ConfigMapping(prefix = "cmq.outbox")
public interface OutboxConfig {

    /**
     * The Kafka topic of the events appended with the deprecated {@code Outbox.append(..., Object)}.
     *
     * @deprecated the topic now comes from the event contract (each payload record's registered type); remove
     * {@code cmq.outbox.topic} from a service once it appends only contract records.
     */
    @Deprecated(forRemoval = true)
    Optional<String> topic();

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
