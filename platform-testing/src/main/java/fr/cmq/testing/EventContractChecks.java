package fr.cmq.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cmq.events.AsyncApiDocument;
import fr.cmq.events.CampusEvent;
import fr.cmq.events.CloudEventHeaders;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventPayload;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every record a producer publishes must be, by the event contract (platform-events): its value validates
 * against the JSON Schema of its type's envelope (the AsyncAPI document's), reads into the type's record, and the
 * record carries the CloudEvents 1.0 headers of that value, keyed by its campus.
 */
public final class EventContractChecks {

    private EventContractChecks() {
    }

    /** Asserts all of the above of one record read from Kafka; returns the event, its data read into its record. */
    public static CampusEvent<EventPayload> assertFollowsTheContract(ConsumerRecord<String, String> record) {
        JsonNode value = KafkaEvents.value(record);
        String type = value.path("type").asText();
        assertTrue(EventContract.find(record.topic(), type).isPresent(), type + " is a type of " + record.topic());
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(AsyncApiDocument.envelopeSchema(type)).validate(value);
        assertTrue(errors.isEmpty(), type + " does not match its schema: " + errors);
        CampusEvent<EventPayload> event = EventContract.parse(record.value());
        assertEquals(event.campusId().toString(), record.key(), "the record key is the campus id");

        Map<String, String> headers = KafkaEvents.headers(record);
        assertEquals("1.0", headers.get(CloudEventHeaders.SPEC_VERSION), CloudEventHeaders.SPEC_VERSION);
        assertEquals(event.eventId().toString(), headers.get(CloudEventHeaders.ID), CloudEventHeaders.ID);
        assertEquals(CloudEventHeaders.source(record.topic()), headers.get(CloudEventHeaders.SOURCE),
                CloudEventHeaders.SOURCE);
        assertEquals(CloudEventHeaders.type(record.topic(), type), headers.get(CloudEventHeaders.TYPE),
                CloudEventHeaders.TYPE);
        assertNotNull(headers.get(CloudEventHeaders.TIME), CloudEventHeaders.TIME);
        assertEquals(event.occurredAt(), Instant.parse(headers.get(CloudEventHeaders.TIME)), CloudEventHeaders.TIME);
        assertEquals(event.campusId().toString(), headers.get(CloudEventHeaders.SUBJECT), CloudEventHeaders.SUBJECT);
        assertEquals("application/json", headers.get(CloudEventHeaders.CONTENT_TYPE), CloudEventHeaders.CONTENT_TYPE);
        return event;
    }
}
