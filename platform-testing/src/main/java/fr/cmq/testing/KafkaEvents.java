package fr.cmq.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.EventContract;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platform's topics on the test broker ({@link RealInfrastructure}), as a test sees them: events published the
 * way a producer's relay does (JSON envelope as the value, keyed by campus), and one campus's records read back in
 * order.
 */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** Publishes envelopes on a topic, each keyed by its campus id, and waits until the broker has them all. */
    public static void publish(String topic, List<EventEnvelope> events) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (EventEnvelope event : events) {
                producer.send(new ProducerRecord<>(topic, event.campusId().toString(), EventContract.toJson(event)));
            }
            producer.flush();
        }
    }

    /**
     * The records of one campus on a topic, oldest first, as soon as at least {@code count} are there (read from the
     * beginning by a new consumer group); fails after 30 s with fewer.
     */
    public static List<ConsumerRecord<String, String>> records(String topic, UUID campusId, int count) {
        return read(topic, campusId, count, Duration.ZERO);
    }

    /**
     * The same, and also the records of the campus that arrive within one more second: for a test that checks that
     * nothing more than expected was published.
     */
    public static List<ConsumerRecord<String, String>> recordsAndAnyMore(String topic, UUID campusId, int count) {
        return read(topic, campusId, count, Duration.ofSeconds(1));
    }

    /** The values of {@link #records} as JSON envelopes, read with the contract's mapper (exact decimals). */
    public static List<JsonNode> events(String topic, UUID campusId, int count) {
        return records(topic, campusId, count).stream().map(KafkaEvents::value).toList();
    }

    /** A record's value as a JSON tree, read with the contract's mapper (exact decimals: 75.0 stays 75.0). */
    public static JsonNode value(ConsumerRecord<String, String> record) {
        try {
            return EventContract.objectMapper().readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record's headers as text (UTF-8), in their order; the last value of a repeated header. */
    public static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** One header of a record as text, null when absent. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        return headers(record).get(name);
    }

    private static List<ConsumerRecord<String, String>> read(String topic, UUID campusId, int count, Duration more) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers(),
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        String key = campusId.toString();
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + Eventually.TIMEOUT_MILLIS;
            while (found.size() < count && System.currentTimeMillis() < deadline) {
                collect(consumer, key, found);
            }
            long quietUntil = System.currentTimeMillis() + more.toMillis();
            while (found.size() >= count && System.currentTimeMillis() < quietUntil) {
                collect(consumer, key, found);
            }
        }
        if (found.size() < count) {
            throw new AssertionError("Only " + found.size() + " of " + count + " records of campus " + campusId
                    + " on " + topic + " within " + Eventually.TIMEOUT_MILLIS / 1000 + " s");
        }
        return found;
    }

    private static void collect(KafkaConsumer<String, String> consumer, String key,
                                List<ConsumerRecord<String, String>> found) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
            if (key.equals(record.key())) {
                found.add(record);
            }
        }
    }

    private static String bootstrapServers() {
        return RealInfrastructure.get().kafka().bootstrapServers();
    }
}
