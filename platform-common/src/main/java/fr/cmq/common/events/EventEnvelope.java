package fr.cmq.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.events.CampusEvent;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventPayload;
import fr.cmq.events.EventSource;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON envelope of every event on the platform's topics (see shared conventions), with {@code data} as JSON.
 * The event contract (platform-events) describes it as {@link CampusEvent}, whose {@code data} is the payload record
 * registered for the type; {@link #payload(Class)} and {@link #typed(Class)} read it so.
 *
 * @param eventId    unique id; a consumer that has applied it once ignores it afterwards
 * @param type       what happened, e.g. {@code CampusRegistered}
 * @param campusId   the campus concerned; also the Kafka record key, so one campus's events stay in order
 * @param occurredAt when the change was committed by its owner (UTC)
 * @param version    per-campus and per-service sequence number, starting at 1
 * @param actor      the token subject that made the change
 * @param source     the source of the change and of the facts it states (issue 13); an event published before the
 *                   envelope carried it is read with the contract's legacy rule ({@link EventSource#legacy}): DECLARED,
 *                   or REPORT_2017 "Annexe 4" for a register campus event whose data.source is set
 * @param data       the new state of what changed, enough for a consumer to update itself without calling back
 */
public record EventEnvelope(UUID eventId, String type, UUID campusId, Instant occurredAt, long version,
                            String actor, EventSource source, JsonNode data) {

    public EventEnvelope {
        if (source == null) {
            source = EventSource.legacy(type, data);
        }
    }

    /** An event without a source (as published before issue 13): its source is the contract's legacy one. */
    public EventEnvelope(UUID eventId, String type, UUID campusId, Instant occurredAt, long version, String actor,
                         JsonNode data) {
        this(eventId, type, campusId, occurredAt, version, actor, null, data);
    }

    /**
     * The data read into its contract record, e.g. {@code event.payload(CampusState.class)} for a
     * {@code CampusRegistered}; tolerant of unknown fields.
     *
     * @throws IllegalArgumentException when the data cannot be read into that record
     */
    public <T extends EventPayload> T payload(Class<T> record) {
        return EventContract.payload(data, record);
    }

    /** The same event with its data read into its contract record. */
    public <T extends EventPayload> CampusEvent<T> typed(Class<T> record) {
        return new CampusEvent<>(eventId, type, campusId, occurredAt, version, actor, source, payload(record));
    }
}
