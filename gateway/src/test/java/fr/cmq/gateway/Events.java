package fr.cmq.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventPayload;
import fr.cmq.events.EventSource;
import fr.cmq.testing.Eventually;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The read model's test support: publishes events as the services do (same envelope, same topics), either a contract
 * record or JSON shaped as the payloads published before the contract (which the read model still reads), and waits
 * until the gateway shows their effect.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Events() {
    }

    /** Publishes a payload written as JSON. */
    public static EventEnvelope publish(String topic, UUID campusId, String type, long version, String json)
            throws Exception {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test",
                (ObjectNode) JSON.readTree(json));
        publish(topic, event);
        return event;
    }

    /** Publishes a payload written as JSON with the source of its envelope (null: none, as before issue 13). */
    public static EventEnvelope publish(String topic, UUID campusId, String type, long version, String json,
                                        EventSource source) throws Exception {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test",
                source, (ObjectNode) JSON.readTree(json));
        publish(topic, event);
        return event;
    }

    /**
     * Publishes an envelope written as JSON as it is, e.g. without {@code source} as the services published before
     * issue 13 (an {@link EventEnvelope} always has one); keyed by its campus.
     */
    public static void publishRaw(String topic, UUID campusId, String envelopeJson) {
        Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.get().kafka().bootstrapServers(),
                "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, campusId.toString(), envelopeJson));
            producer.flush();
        }
    }

    /** Publishes a payload record of the contract, as the services' outboxes write it. */
    public static EventEnvelope publish(String topic, UUID campusId, String type, long version, EventPayload data)
            throws Exception {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test",
                EventContract.toTree(data));
        publish(topic, event);
        return event;
    }

    /** Publishes an envelope as it is (a replay, an older version, a type this gateway does not know). */
    public static void publish(String topic, EventEnvelope event) {
        KafkaEvents.publish(topic, List.of(event));
    }

    /** Reads until {@code done} accepts what was read (platform-testing's {@link Eventually}); the read accepted. */
    public static <T> T await(String what, Supplier<T> read, Predicate<? super T> done) throws InterruptedException {
        return Eventually.get(what, () -> Optional.ofNullable(read.get()).filter(done));
    }

    /** Waits until the JSON that {@code read} gives holds {@code expected} (as text) at {@code path}. */
    public static void awaitValue(Supplier<JsonPath> read, String path, String expected) throws InterruptedException {
        await(path + " = " + expected, () -> read.get().get(path),
                value -> value != null && expected.equals(value.toString()));
    }
}
