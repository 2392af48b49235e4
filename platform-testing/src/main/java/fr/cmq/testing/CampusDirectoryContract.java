package fr.cmq.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.EventContract;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service with a campus directory must do with the register's events, against the real
 * broker and database: learn a campus, ignore an event seen twice, ignore an older version, take a newer one.
 * A service's test extends it with {@code @QuarkusTest @QuarkusTestResource(RealInfrastructureResource.class)}.
 */
public abstract class CampusDirectoryContract {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    protected CampusDirectory directory;

    @Test
    void learnsCampusesFromTheRegisterEventsOnceAndInVersionOrder() throws Exception {
        UUID campusId = UUID.randomUUID();
        EventEnvelope registered = event(campusId, LabellingEventTypes.CAMPUS_REGISTERED, 1, "Aéronautique", "76");
        publish(registered);
        KnownCampus known = await(() -> directory.find(campusId));
        assertEquals(new KnownCampus(campusId, "Aéronautique", "76"), known);

        // The same event again with other content (a replay) changes nothing.
        publish(new EventEnvelope(registered.eventId(), registered.type(), campusId, registered.occurredAt(), 1,
                "replay", campus("Replayed", "11")));
        // A newer version is taken even if an older one arrives after it.
        publish(event(campusId, LabellingEventTypes.CAMPUS_UPDATED, 3, "Aéronautique et spatial", "76"));
        publish(event(campusId, LabellingEventTypes.CAMPUS_UPDATED, 2, "Stale name", "76"));
        UUID marker = UUID.randomUUID();
        publish(event(marker, LabellingEventTypes.CAMPUS_REGISTERED, 1, "Marker", "84"));
        await(() -> directory.find(marker));

        assertEquals("Aéronautique et spatial", directory.find(campusId).orElseThrow().designation());
        assertTrue(directory.find(UUID.randomUUID()).isEmpty());
    }

    private static EventEnvelope event(UUID campusId, String type, long version, String designation, String region) {
        return new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test",
                campus(designation, region));
    }

    private static JsonNode campus(String designation, String region) {
        return EventContract.toTree(new CampusState(designation, "MATERIALS", null, region, null, List.of(), null,
                List.of(), List.of(), null));
    }

    private static void publish(EventEnvelope event) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.get().kafka().bootstrapServers(),
                "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.LABELLING, event.campusId().toString(),
                    JSON.writeValueAsString(event))).get();
        }
    }

    private static <T> T await(Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not seen within 30 s");
    }
}
