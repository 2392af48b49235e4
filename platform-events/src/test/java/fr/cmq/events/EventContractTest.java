package fr.cmq.events;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.FundingEventTypes;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventContractTest {

    private static final List<Class<?>> CONSTANTS = List.of(LabellingEventTypes.class,
            fr.cmq.events.monitoring.MonitoringEventTypes.class, FundingEventTypes.class);

    @Test
    void everyTypeConstantIsRegisteredOnItsTopicAndNothingElseIs() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (int i = 0; i < CONSTANTS.size(); i++) {
            for (Field field : CONSTANTS.get(i).getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    String type = (String) field.get(null);
                    constants.add(type);
                    assertEquals(Topics.ALL.get(i), EventContract.find(type).orElseThrow().topic(), type);
                }
            }
        }
        assertEquals(constants.size(), EventContract.TYPES.size());
        assertEquals(23, constants.size()); // 7 labelling, 10 monitoring (5 of steering by results), 6 funding
    }

    @Test
    void everyPayloadFieldIsDescribed() {
        for (EventType type : EventContract.TYPES) {
            assertDescribed(type.payload());
        }
        assertDescribed(CampusEvent.class);
    }

    /**
     * Every field has a description, and a nested record is named after its enclosing one (e.g.
     * BudgetStateContribution), so that no schema name of the contract clashes with a service's API schemas
     * when a document shows both.
     */
    private static void assertDescribed(Class<?> record) {
        if (record.getEnclosingClass() != null) {
            assertEquals(JsonSchemas.name(record.getEnclosingClass()) + record.getSimpleName(), JsonSchemas.name(record));
        }
        for (RecordComponent component : record.getRecordComponents()) {
            var schema = JsonSchemas.annotation(component);
            assertTrue(schema != null && !schema.description().isBlank(),
                    record.getSimpleName() + "." + component.getName() + " has no @Schema description");
            if (component.getType().isRecord()) {
                assertDescribed(component.getType());
            }
            if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
                assertDescribed(item);
            }
        }
    }

    @Test
    void theTopicComesFromTheTypeAndItsRecord() {
        CampusState campus = new CampusState("Campus", "F", null, "76", null, List.of("TOULOUSE"), null, List.of(),
                List.of(), null);
        assertEquals(Topics.LABELLING, EventContract.topicOf(LabellingEventTypes.CAMPUS_UPDATED, campus));
        assertThrows(IllegalArgumentException.class, () -> EventContract.topicOf(FundingEventTypes.BUDGET_DECLARED,
                campus));
        assertThrows(IllegalArgumentException.class, () -> EventContract.topicOf("CampusRenamed", campus));
    }

    @Test
    void aRecordWrittenAsTheOutboxWritesItReadsBackEqual() {
        BudgetState budget = new BudgetState(2026, "FORECAST", "CAMPUS", null,
                List.of(new BudgetState.UseLine("ACTIONS", 100)),
                List.of(new BudgetState.Contribution("Région", "REGION", 100, "CASH", "EX_ANTE", "GRANTED")),
                100, 100, 0, new java.math.BigDecimal("100.0"),
                List.of(new BudgetState.FunderTypeShare("REGION", 100, new java.math.BigDecimal("100.0"))),
                List.of(new BudgetState.ModalityShare("EX_ANTE", 100, new java.math.BigDecimal("100.0"))),
                new java.math.BigDecimal("100.0"));
        JsonNode data = EventContract.toTree(budget);
        assertEquals(budget, EventContract.payload(data, BudgetState.class));
        assertEquals(budget, EventContract.payload(Topics.FUNDING, FundingEventTypes.BUDGET_UPDATED, data).orElseThrow());
    }

    @Test
    void cloudEventsHeadersNameTheProducerAndTheType() {
        UUID id = UUID.randomUUID();
        UUID campus = UUID.randomUUID();
        Map<String, String> headers = CloudEventHeaders.of(Topics.MONITORING, id, "PartnerAdded",
                Instant.parse("2026-03-07T08:00:00.120Z"), campus);
        assertEquals(Map.of("ce_specversion", "1.0", "ce_id", id.toString(), "ce_source", "/cmq/monitoring-service",
                "ce_type", "fr.cmq.monitoring.PartnerAdded", "ce_time", "2026-03-07T08:00:00.120Z",
                "ce_subject", campus.toString(), "content-type", "application/json"), headers);
        assertEquals("fr.cmq.labelling.CampusRegistered",
                EventContract.find(LabellingEventTypes.CAMPUS_REGISTERED).orElseThrow().cloudEventType());
        assertThrows(IllegalArgumentException.class, () -> CloudEventHeaders.source("another.topic"));
        assertFalse(EventContract.find(Topics.FUNDING, LabellingEventTypes.CAMPUS_REGISTERED).isPresent());
    }
}
