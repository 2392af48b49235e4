package fr.cmq.common.events;

import fr.cmq.events.CampusEvent;
import fr.cmq.events.EventContract;
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

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
