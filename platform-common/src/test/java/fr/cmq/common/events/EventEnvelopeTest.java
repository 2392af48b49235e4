package fr.cmq.common.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.events.CampusEvent;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventSource;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The envelope read by the services is the one the contract describes (and the AsyncAPI document publishes). */
class EventEnvelopeTest {

    @Test
    void theEnvelopeHasTheContractsFieldsInItsOrder() {
        assertEquals(names(CampusEvent.class), names(EventEnvelope.class));
    }

    @Test
    void itsDataReadsIntoTheRecordOfItsType() throws Exception {
        CampusState campus = new CampusState("Campus", "MATERIALS", "Matériaux", "76", "Occitanie",
                List.of("TOULOUSE"), null, List.of(), List.of(), null);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), LabellingEventTypes.CAMPUS_REGISTERED,
                UUID.randomUUID(), Instant.parse("2026-03-02T09:15:30.123Z"), 1, "test", EventContract.toTree(campus));
        assertEquals(campus, event.payload(CampusState.class));
        assertEquals(campus, event.typed(CampusState.class).data());

        String json = EventContract.toJson(event);
        EventEnvelope read = EventContract.objectMapper().readValue(json, EventEnvelope.class);
        assertEquals(event, read);
        assertEquals(event.typed(CampusState.class), EventContract.parse(json));
        assertThrows(IllegalArgumentException.class, () -> new EventEnvelope(event.eventId(), "X", event.campusId(),
                event.occurredAt(), 1, "test", null).payload(CampusState.class));
    }

    @Test
    void anEventWithoutSourceIsReadAsTheContractSays() throws Exception {
        CampusState entered = new CampusState("Campus", "MATERIALS", null, "76", null, List.of("TOULOUSE"), null,
                List.of(), List.of(), null);
        CampusState annex4 = new CampusState("Campus", "MATERIALS", null, "76", null, List.of("TOULOUSE"), null,
                List.of(), List.of(), "Annexe 4, rapport IGAS/IGEN/IGAENR 2017");
        assertEquals(EventSource.LEGACY_DECLARED, legacy(LabellingEventTypes.CAMPUS_REGISTERED, entered).source());
        EventSource report = legacy(LabellingEventTypes.CAMPUS_UPDATED, annex4).source();
        assertEquals("REPORT_2017", report.kind());
        assertEquals("Annexe 4", report.reference());
        assertEquals("DECLARED", legacy(LabellingEventTypes.LABEL_GRANTED, annex4).source().kind(),
                "only the register's campus events carried the old data.source");

        EventSource example = new EventSource("EXAMPLE", "examples/toulouse-example.sh", null, null, null, null);
        EventEnvelope sourced = new EventEnvelope(UUID.randomUUID(), LabellingEventTypes.CAMPUS_REGISTERED,
                UUID.randomUUID(), Instant.parse("2026-03-02T09:15:30.123Z"), 1, "test", example,
                EventContract.toTree(entered));
        String json = EventContract.toJson(sourced);
        assertEquals(example, EventContract.objectMapper().readValue(json, EventEnvelope.class).source());
        assertEquals(example, EventContract.parse(json).source());
    }

    /** The JSON of an event published before the envelope carried a source, read back. */
    private static EventEnvelope legacy(String type, CampusState data) throws Exception {
        ObjectNode json = (ObjectNode) EventContract.objectMapper().valueToTree(new EventEnvelope(UUID.randomUUID(),
                type, UUID.randomUUID(), Instant.parse("2026-03-02T09:15:30.123Z"), 1, "test",
                EventContract.toTree(data)));
        json.remove("source");
        return EventContract.objectMapper().treeToValue(json, EventEnvelope.class);
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
