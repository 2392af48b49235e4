package fr.cmq.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.tracing.EventTracing;
import fr.cmq.events.EventContract;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads other services' topics and applies each event once: the handler runs in a transaction that
 * also records the {@code eventId} in {@code processed_event}, and offsets are committed only after.
 * An event already recorded is skipped, so replays and redeliveries change nothing. A handler that
 * fails is retried from the same offset after a pause: an event is never skipped silently.
 *
 * <p>Several replicas of one application subscribe under the same group: Kafka splits the topics' partitions between
 * them (a campus's events, keyed by campus, stay on one partition, so in order on one replica at a time), and a
 * replica that dies is replaced on its partitions after the session timeout (10 s). Each record is applied inside a
 * consumer span whose parent is its {@code traceparent} header ({@link EventTracing}), when tracing is on.
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
    private final Tracer tracer;
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
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                // a replica that died (SIGKILL) gives its partitions to the others after 10 s, not 45
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000,
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000),
                new StringDeserializer(), new StringDeserializer());
        this.topics = topics;
        this.objectMapper = EventContract.objectMapper();
        this.processedEvents = processedEvents;
        this.handler = handler;
        this.tracer = EventTracing.tracer();
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
        Span span = EventTracing.startProcess(tracer, record.topic(), record.partition(), record.offset(),
                header(record, EventTracing.TRACEPARENT));
        span.setAttribute("messaging.message.id", event.eventId().toString());
        span.setAttribute("cmq.event.type", String.valueOf(event.type()));
        span.setAttribute("cmq.campus.id", String.valueOf(event.campusId()));
        try (Scope ignored = span.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (processedEvents.markNew(event.eventId())) {
                    handler.apply(record.topic(), event);
                } else {
                    span.setAttribute("cmq.event.duplicate", true);
                }
            });
            return true;
        } catch (Exception e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            LOG.errorf("Event at %s-%d offset %d could not be applied (%s); retrying",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            pause(1_000);
            return false;
        } finally {
            span.end();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * How many records of each topic this replica still has to read on the partitions it holds (the Kafka consumer's
     * own {@code records-lag} per partition, summed; as of its last fetch). Summed over the replicas of a group it is
     * the group's lag. Safe to call from any thread.
     */
    public Map<String, Long> lagByTopic() {
        Map<String, Long> lag = new HashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> metric : consumer.metrics().entrySet()) {
            MetricName name = metric.getKey();
            String topic = name.tags().get("topic");
            if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
                    && topic != null && name.tags().containsKey("partition")
                    && metric.getValue().metricValue() instanceof Number value && !Double.isNaN(value.doubleValue())) {
                lag.merge(topic, value.longValue(), Long::sum);
            }
        }
        return lag;
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
