package fr.cmq.common.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON envelope of every event on the platform's topics (see shared conventions).
 *
 * @param eventId    unique id; a consumer that has applied it once ignores it afterwards
 * @param type       what happened, e.g. {@code CampusRegistered}
 * @param campusId   the campus concerned; also the Kafka record key, so one campus's events stay in order
 * @param occurredAt when the change was committed by its owner (UTC)
 * @param version    per-campus and per-service sequence number, starting at 1
 * @param actor      the token subject that made the change
 * @param data       the new state of what changed, enough for a consumer to update itself without calling back
 */
public record EventEnvelope(UUID eventId, String type, UUID campusId, Instant occurredAt, long version,
                            String actor, JsonNode data) {
}
