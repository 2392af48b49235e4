package fr.cmq.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventPayload;
import fr.cmq.testing.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes events as the services do (same envelope, same topics), for the read model's tests: either a contract
 * record, or JSON shaped as the payloads published before the contract (which the read model still reads).
 */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Events() {
    }

    static EventEnvelope publish(String topic, UUID campusId, String type, long version, String json) throws Exception {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test",
                (ObjectNode) JSON.readTree(json));
        publish(topic, event);
        return event;
    }

    /** Publishes a payload record of the contract, as the services' outboxes write it. */
    static EventEnvelope publish(String topic, UUID campusId, String type, long version, EventPayload data)
            throws Exception {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test",
                EventContract.toTree(data));
        publish(topic, event);
        return event;
    }

    static void publish(String topic, EventEnvelope event) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.get().kafka().bootstrapServers(),
                "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, event.campusId().toString(), JSON.writeValueAsString(event))).get();
        }
    }
}
