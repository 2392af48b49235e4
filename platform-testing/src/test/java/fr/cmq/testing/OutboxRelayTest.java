package fr.cmq.testing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.outbox.RecordedEvent;
import fr.cmq.common.source.FactSource;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The shared outbox and relay against the real PostgreSQL and Kafka: an event appended as a contract record goes to
 * the contract's topic, keyed by campus, with its JSON envelope unchanged as the value and the CloudEvents 1.0 Kafka
 * headers; the value conforms to the contract's JSON Schema.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Test
    void theRelayPublishesTheEnvelopeWithCloudEventsHeaders() throws Exception {
        UUID campusId = UUID.randomUUID();
        CampusState campus = new CampusState("Campus des métiers de l'aéronautique", "MOBILITY_AERONAUTICS_TRANSPORT",
                "Mobilité, aéronautique, transports", "76", "Occitanie", List.of("TOULOUSE"),
                Map.of("TOULOUSE", "Toulouse"), List.of(), List.of(), null);
        EventEnvelope appended = QuarkusTransaction.requiringNew().call(() ->
                outbox.append(LabellingEventTypes.CAMPUS_REGISTERED, campusId, "test-relay",
                        FactSource.declared("NATIONAL", null), campus));

        ConsumerRecord<String, String> record = KafkaEvents.records(Topics.LABELLING, campusId, 1).get(0);

        assertEquals(Map.of(
                "ce_specversion", "1.0",
                "ce_id", appended.eventId().toString(),
                "ce_source", "/cmq/labelling-service",
                "ce_type", "fr.cmq.labelling.CampusRegistered",
                "ce_time", appended.occurredAt().toString(),
                "ce_subject", campusId.toString(),
                "content-type", "application/json"), KafkaEvents.headers(record));

        JsonNode value = KafkaEvents.value(record);
        List<String> fields = new ArrayList<>();
        value.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("eventId", "type", "campusId", "occurredAt", "version", "actor", "source", "data"), fields);
        assertEquals("DECLARED", value.path("source").path("kind").asText()); // issue 13: the source of the change
        assertEquals("NATIONAL", value.path("source").path("role").asText());
        assertEquals(appended.eventId().toString(), value.path("eventId").asText());
        assertEquals(appended.occurredAt().toString(), value.path("occurredAt").asText());
        assertEquals(1, value.path("version").asLong());
        assertEquals(campus, EventContractChecks.assertFollowsTheContract(record).data());

        assertEquals(List.of(new RecordedEvent(1, LabellingEventTypes.CAMPUS_REGISTERED, appended.occurredAt(),
                "test-relay")), QuarkusTransaction.requiringNew().call(() -> outbox.trail(campusId)));
    }

    @Test
    void aPayloadThatIsNotTheTypesRecordIsRefusedAndNothingIsWritten() {
        CampusState campus = new CampusState("X", "F", null, "76", null, List.of("TOULOUSE"), null, List.of(),
                List.of(), null);
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                outbox.append("BudgetDeclared", UUID.randomUUID(), "test-relay", FactSource.declared("NATIONAL", null), campus)));
    }
}
