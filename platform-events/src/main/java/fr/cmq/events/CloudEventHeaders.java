package fr.cmq.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The CloudEvents 1.0 attributes of an event, as headers of the Kafka binding in binary content mode, which the
 * outbox relay puts on every record it publishes (UTF-8 values). The record's value stays the platform's JSON
 * envelope: for CloudEvents it is the event's data, of content type {@code application/json}; the record key is the
 * campus id.
 * <ul>
 * <li>{@code ce_specversion}: {@code 1.0}</li>
 * <li>{@code ce_id}: the envelope's {@code eventId}</li>
 * <li>{@code ce_source}: the producing service as a URI reference, {@code /cmq/<service>}, derived from the topic
 *     ({@link Topics#producer}): {@code /cmq/labelling-service}, {@code /cmq/monitoring-service},
 *     {@code /cmq/funding-service}</li>
 * <li>{@code ce_type}: {@code fr.cmq.<domain>.<type>}, e.g. {@code fr.cmq.labelling.CampusRegistered}
 *     ({@link EventType#cloudEventType})</li>
 * <li>{@code ce_time}: the envelope's {@code occurredAt}, RFC 3339 in UTC</li>
 * <li>{@code ce_subject}: the envelope's {@code campusId}</li>
 * <li>{@code content-type}: {@code application/json}</li>
 * </ul>
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** The CloudEvents {@code source} of the events of a topic: {@code /cmq/<producing service>}. */
    public static String source(String topic) {
        return "/cmq/" + Topics.producer(topic);
    }

    /** The CloudEvents {@code type} of an event type of a topic: {@code fr.cmq.<domain>.<type>}. */
    public static String type(String topic, String type) {
        return "fr.cmq." + Topics.domain(topic) + "." + type;
    }

    /** The headers of one event, in the order above, as text. */
    public static Map<String, String> of(String topic, UUID eventId, String type, Instant occurredAt, UUID campusId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, eventId.toString());
        headers.put(SOURCE, source(topic));
        headers.put(TYPE, type(topic, type));
        headers.put(TIME, occurredAt.toString());
        headers.put(SUBJECT, campusId.toString());
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }

    /** The same headers as UTF-8 bytes, as Kafka carries them. */
    public static Map<String, byte[]> bytes(String topic, UUID eventId, String type, Instant occurredAt,
                                            UUID campusId) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        of(topic, eventId, type, occurredAt, campusId)
                .forEach((name, value) -> headers.put(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
