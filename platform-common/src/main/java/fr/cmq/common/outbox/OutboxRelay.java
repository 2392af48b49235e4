package fr.cmq.common.outbox;

import fr.cmq.common.tracing.EventTracing;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Publishes committed outbox rows to Kafka, oldest first, with {@code acks=all} and idempotence on.
 * A row is marked sent only once the broker acknowledged it; while the broker is away the rows stay
 * unsent and the relay keeps trying, so nothing is lost. A row published twice (a crash between the
 * acknowledgement and the commit) carries the same {@code eventId}, which consumers ignore. Each record carries
 * the CloudEvents 1.0 Kafka headers ({@code ce_id}, {@code ce_type}, ...); its value is the envelope unchanged.
 *
 * <p>Every replica of a service runs this relay, but only one publishes at a time: each batch runs under the
 * service's advisory lock, taken in the batch's transaction ({@link OutboxPublisher}), so one campus's events reach
 * Kafka in their order with any number of replicas, and a replica takes over from a dead one at its next poll.
 */
@ApplicationScoped
@IfBuildProperty(name = "cmq.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private OutboxPublisher publisher;

    public OutboxRelay(EntityManager entityManager, OutboxConfig config,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
        publisher = new OutboxPublisher(producer, config.batchSize(), EventTracing.tracer());
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }

    private void loop() {
        while (running) {
            long pause = config.pollInterval().toMillis();
            try {
                OutboxPublisher.BatchResult result = QuarkusTransaction.requiringNew().call(() ->
                        entityManager.unwrap(Session.class).doReturningWork(publisher::publishBatch));
                if (result.failure() != null) {
                    LOG.warnf("Outbox relay could not publish to Kafka (%s); retrying",
                            rootMessage(result.failure()));
                    pause = config.retryDelay().toMillis();
                } else if (result.published() > 0) {
                    pause = 0;
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox relay could not publish to Kafka (%s); retrying", rootMessage(e));
                pause = config.retryDelay().toMillis();
            }
            sleep(pause);
        }
    }

    private void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
