package fr.cmq.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * An event with its {@code data} read into its contract record: the JSON envelope of every record on the
 * platform's topics (the Kafka record's value), typed. platform-common's {@code EventEnvelope} is the same
 * envelope with {@code data} left as JSON; {@code EventEnvelope.typed(Class)} turns one into the other.
 *
 * @param <T> the payload record of the event's type (see {@link EventContract})
 */
@Schema(name = "EventEnvelope", description = "The JSON envelope of every event (the Kafka record's value). The "
        + "record key is the campusId; the CloudEvents 1.0 headers repeat eventId, type, occurredAt and campusId")
public record CampusEvent<T extends EventPayload>(
        @Schema(description = "Unique identifier of the event; a consumer that has applied it once ignores it "
                + "afterwards (a relay may publish an event twice)", required = true) UUID eventId,
        @Schema(description = "What happened, e.g. CampusRegistered: one of the types of the event's topic",
                required = true) String type,
        @Schema(description = "The campus concerned (its identifier for life in the national register); also the "
                + "Kafka record key, so that one campus's events stay in order", required = true) UUID campusId,
        @Schema(description = "When the change was committed by the producing service (UTC, RFC 3339, "
                + "milliseconds)", required = true) Instant occurredAt,
        @Schema(description = "Sequence number of the producing service's events about this campus, from 1, "
                + "increasing: a consumer keeps, per part of its state, the highest version applied and ignores "
                + "older ones", required = true) long version,
        @Schema(description = "Token subject of the writer that made the change", required = true) String actor,
        @Schema(description = "The source of the change, and so of the facts it states (issue 13). Events published "
                + "before the envelope carried it are read as DECLARED, except a CampusRegistered/CampusUpdated whose "
                + "data.source is set: REPORT_2017, \"Annexe 4\"", required = true) EventSource source,
        @Schema(description = "The new state of what changed, enough for a consumer to update itself without "
                + "calling back; its schema depends on the type", required = true) T data) {

    /** An event read without a source (published before the envelope carried one) gets the contract's legacy one. */
    public CampusEvent {
        if (source == null) {
            source = EventSource.legacy(type, data);
        }
    }

    /** An event without a source (as published before the envelope carried one): the legacy source. */
    public CampusEvent(UUID eventId, String type, UUID campusId, Instant occurredAt, long version, String actor,
                       T data) {
        this(eventId, type, campusId, occurredAt, version, actor, null, data);
    }
}
