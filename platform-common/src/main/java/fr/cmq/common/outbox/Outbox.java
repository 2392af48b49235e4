package fr.cmq.common.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.tracing.EventTracing;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventPayload;
import fr.cmq.events.EventSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes an event into the outbox table, in the caller's transaction: the event exists if and only
 * if the change it describes was committed. {@link OutboxRelay} publishes it afterwards. The event's
 * data is a record of the event contract (platform-events), which also names the topic.
 */
@ApplicationScoped
@IfBuildProperty(name = "cmq.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final OutboxConfig config;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, OutboxConfig config) {
        this.entityManager = entityManager;
        // Exact decimals: 75.0 stays 75.0 in the event (the default node factory would write 75 or 2E+1).
        this.objectMapper = objectMapper.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.config = config;
    }

    /**
     * Appends an event of the contract: {@code type} is one of the constants of {@code fr.cmq.events} (e.g.
     * {@code LabellingEventTypes.CAMPUS_REGISTERED}) and {@code data} the payload record registered for it; the
     * topic is the contract's ({@link EventContract#topicOf}). {@code source} is the source of the change (issue 13),
     * the one its facts were stored with ({@code FactSources}); the envelope carries it.
     *
     * @throws IllegalArgumentException when the type is not in the contract or {@code data} is not its record
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String type, UUID campusId, String actor, FactSource source, EventPayload data) {
        String topic = EventContract.topicOf(type, data);
        return write(topic, type, campusId, actor, Objects.requireNonNull(source, "source").event(),
                EventContract.toTree(data));
    }

    private EventEnvelope write(String topic, String type, UUID campusId, String actor, EventSource source,
                                JsonNode payload) {
        long version = nextVersion(campusId);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, campusId,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), version, actor, source, payload);
        entityManager.createNativeQuery("""
                        insert into outbox_event (event_id, topic, campus_id, type, version, payload, created_at,
                            traceparent)
                        values (:eventId, :topic, :campusId, :type, :version, :payload, :createdAt, :traceparent)""")
                .setParameter("eventId", event.eventId())
                .setParameter("topic", topic)
                .setParameter("campusId", campusId)
                .setParameter("type", type)
                .setParameter("version", version)
                .setParameter("payload", toJson(event))
                .setParameter("createdAt", event.occurredAt())
                // the writing request's trace (null with tracing off), sent by the relay as the record's traceparent
                .setParameter("traceparent", EventTracing.currentTraceparent())
                .executeUpdate();
        return event;
    }

    /** Every event this service wrote about a campus, oldest first: the campus's trail of accepted writes. */
    public List<RecordedEvent> trail(UUID campusId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select version, type, created_at, payload::jsonb ->> 'actor' from outbox_event
                        where campus_id = :campusId order by version""")
                .setParameter("campusId", campusId)
                .getResultList();
        return rows.stream().map(r -> new RecordedEvent(((Number) r[0]).longValue(), (String) r[1],
                RecordedEvent.instant(r[2]), (String) r[3])).toList();
    }

    /** The next per-campus version; the row lock it takes orders concurrent writers of one campus. */
    private long nextVersion(UUID campusId) {
        Object next = entityManager.createNativeQuery("""
                        insert into campus_event_sequence (campus_id, last_version) values (:campusId, 1)
                        on conflict (campus_id) do update set last_version = campus_event_sequence.last_version + 1
                        returning last_version""")
                .setParameter("campusId", campusId)
                .getSingleResult();
        return ((Number) next).longValue();
    }

    private String toJson(EventEnvelope event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be serialised", e);
        }
    }
}
