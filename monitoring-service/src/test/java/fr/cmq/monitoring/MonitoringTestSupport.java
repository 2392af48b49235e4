package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.LabellingEventTypes;
import fr.cmq.testing.RealInfrastructure;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Makes campuses known to the service as the register does (events), and reads back what the service published. */
final class MonitoringTestSupport {

    static final String MONITORING_TOPIC = Topics.MONITORING;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private MonitoringTestSupport() {
    }

    /** Publishes CampusRegistered for a new campus of {@code regionCode} and waits until the service knows it. */
    static UUID knownCampus(CampusDirectory directory, String designation, String regionCode) throws Exception {
        return knownCampuses(directory, designation, regionCode, 1).get(0);
    }

    static List<UUID> knownCampuses(CampusDirectory directory, String designation, String regionCode, int count)
            throws Exception {
        List<UUID> ids = new ArrayList<>();
        Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.get().kafka().bootstrapServers(),
                "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ObjectNode data = JSON.createObjectNode();
                data.put("designation", count == 1 ? designation : designation + " " + (i + 1));
                data.put("regionCode", regionCode);
                EventEnvelope event = new EventEnvelope(UUID.randomUUID(), LabellingEventTypes.CAMPUS_REGISTERED, id, Instant.now(), 1,
                        "test-register", data);
                producer.send(new ProducerRecord<>(Topics.LABELLING, id.toString(),
                        JSON.writeValueAsString(event)));
                ids.add(id);
            }
            producer.flush();
        }
        awaitKnown(directory, ids);
        return ids;
    }

    private static void awaitKnown(CampusDirectory directory, Collection<UUID> ids) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        List<UUID> waiting = new ArrayList<>(ids);
        while (System.currentTimeMillis() < deadline) {
            waiting.removeIf(id -> directory.find(id).isPresent());
            if (waiting.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(waiting.size() + " campus(es) not learnt within 30 s");
    }

    /** The events the service published for one campus, in order, once at least {@code expected} have arrived. */
    static List<JsonNode> events(UUID campusId, int expected) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers",
                RealInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<JsonNode> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(MONITORING_TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && found.size() < expected) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (campusId.toString().equals(record.key())) {
                        found.add(JSON.readTree(record.value()));
                    }
                }
            }
            // Anything published beyond what was expected is returned too, so a test sees extra events.
            for (var record : consumer.poll(Duration.ofMillis(1_000))) {
                if (campusId.toString().equals(record.key())) {
                    found.add(JSON.readTree(record.value()));
                }
            }
        }
        if (found.size() < expected) {
            throw new AssertionError("Only " + found.size() + " of " + expected + " events for campus " + campusId
                    + " on " + MONITORING_TOPIC + ": " + found);
        }
        return found;
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }
}
