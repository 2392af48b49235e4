package fr.cmq.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.events.EventContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Reads other services' topics and applies each event once: the handler runs in a transaction that
 * also records the {@code eventId} in {@code processed_event}, and offsets are committed only after.
 * An event already recorded is skipped, so replays and redeliveries change nothing. A handler that
 * fails is retried from the same offset after a pause: an event is never skipped silently.
 */
public final class EventSubscription implements AutoCloseable {

    /** What a consumer does with one event, inside the transaction. */
    @FunctionalInterface
    public interface Handler {
        void apply(String topic, EventEnvelope event);
    }

    private static final Logger LOG = Logger.getLogger(EventSubscription.class);

    private final KafkaConsumer<String, String> consumer;
    private final Collection<String> topics;
    private final ObjectMapper objectMapper;
    private final ProcessedEvents processedEvents;
    private final Handler handler;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Subscribes {@code groupId} to {@code topics}. Envelopes are read with the event contract's mapper
     * ({@link EventContract#objectMapper()}): unknown fields are ignored, decimals stay exact.
     */
    public EventSubscription(String bootstrapServers, String groupId, Collection<String> topics,
                             ProcessedEvents processedEvents, Handler handler) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                new StringDeserializer(), new StringDeserializer());
        this.topics = topics;
        this.objectMapper = EventContract.objectMapper();
        this.processedEvents = processedEvents;
        this.handler = handler;
        this.thread = new Thread(this::loop, "events-" + groupId);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        try {
            consumer.subscribe(topics);
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, String> record : records.records(partition)) {
                        if (!applyOnce(record)) {
                            // Go back to the failed record; the partition resumes from there after a pause.
                            consumer.seek(partition, record.offset());
                            break;
                        }
                    }
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private boolean applyOnce(ConsumerRecord<String, String> record) {
        EventEnvelope event;
        try {
            event = objectMapper.readValue(record.value(), EventEnvelope.class);
        } catch (Exception e) {
            // Not an event of this platform: nothing can ever apply it, so it is logged and passed over.
            LOG.errorf("Record at %s-%d offset %d is not an event envelope (%s); skipped",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return true;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (processedEvents.markNew(event.eventId())) {
                    handler.apply(record.topic(), event);
                }
            });
            return true;
        } catch (Exception e) {
            LOG.errorf("Event at %s-%d offset %d could not be applied (%s); retrying",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            pause(1_000);
            return false;
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
