package fr.cmq.common.outbox;

import fr.cmq.events.CloudEventHeaders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka, oldest first, with {@code acks=all} and idempotence on.
 * A row is marked sent only once the broker acknowledged it; while the broker is away the rows stay
 * unsent and the relay keeps trying, so nothing is lost. A row published twice (a crash between the
 * acknowledgement and the commit) carries the same {@code eventId}, which consumers ignore. Each record carries
 * the CloudEvents 1.0 Kafka headers ({@code ce_id}, {@code ce_type}, ...); its value is the envelope unchanged.
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
                BatchResult result = QuarkusTransaction.requiringNew().call(this::publishBatch);
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

    /**
     * Publishes one batch of unsent rows and marks sent those the broker acknowledged, in order,
     * stopping at the first row it did not acknowledge (that row and the next ones are tried again).
     */
    BatchResult publishBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, topic, campus_id, payload, event_id, type, cast(payload as jsonb) ->> 'occurredAt'
                        from outbox_event where sent_at is null order by id limit :limit for update skip locked""")
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return new BatchResult(0, null);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            acks.add(producer.send(record(row)));
        }
        List<Long> acknowledged = new ArrayList<>(rows.size());
        Exception failure = null;
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(15, TimeUnit.SECONDS);
                acknowledged.add(((Number) rows.get(i)[0]).longValue());
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            entityManager.createNativeQuery("update outbox_event set sent_at = now() where id in (:ids)")
                    .setParameter("ids", acknowledged)
                    .executeUpdate();
        }
        return new BatchResult(acknowledged.size(), failure);
    }

    /**
     * The Kafka record of an outbox row: key = campus id, value = the JSON envelope as stored, and the CloudEvents
     * 1.0 headers of the Kafka binding ({@link CloudEventHeaders}), whose ce_time is the envelope's occurredAt (not
     * the row's creation: events written by a data migration keep the date the report gives them).
     */
    static ProducerRecord<String, String> record(Object[] row) {
        String topic = (String) row[1];
        UUID campusId = UUID.fromString(row[2].toString());
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, campusId.toString(), (String) row[3]);
        CloudEventHeaders.bytes(topic, UUID.fromString(row[4].toString()), (String) row[5], Instant.parse((String) row[6]), campusId)
                .forEach((name, value) -> record.headers().add(name, value));
        return record;
    }

    record BatchResult(int published, Exception failure) {
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
