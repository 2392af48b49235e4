package fr.cmq.testing;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventSource;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Campuses made known to a service the way production does it: the register's {@code CampusRegistered} event on
 * {@link Topics#LABELLING}, then a wait until the service's {@link CampusDirectory} has applied it.
 */
public final class KnownCampuses {

    private KnownCampuses() {
    }

    /** A new campus of that region, known to the service once this returns. */
    public static UUID register(CampusDirectory directory, String designation, String regionCode)
            throws InterruptedException {
        return register(directory, designation, regionCode, 1).get(0);
    }

    /** {@code count} new campuses of that region, designated "designation 1", "designation 2"... when more than one. */
    public static List<UUID> register(CampusDirectory directory, String designation, String regionCode, int count)
            throws InterruptedException {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            events.add(registered(UUID.randomUUID(), count == 1 ? designation : designation + " " + i, regionCode));
        }
        KafkaEvents.publish(Topics.LABELLING, events);
        for (EventEnvelope event : events) {
            Eventually.get("campus " + event.campusId() + " known to the service",
                    () -> directory.find(event.campusId()));
        }
        return events.stream().map(EventEnvelope::campusId).toList();
    }

    /**
     * A new campus of that region registered with that kind of source (e.g. EXAMPLE: a demonstration campus, issue
     * 13), known to the service once this returns.
     */
    public static UUID register(CampusDirectory directory, String designation, String regionCode, SourceKind kind)
            throws InterruptedException {
        EventEnvelope plain = registered(UUID.randomUUID(), designation, regionCode);
        EventEnvelope event = new EventEnvelope(plain.eventId(), plain.type(), plain.campusId(), plain.occurredAt(),
                plain.version(), plain.actor(), new EventSource(kind.name(), null, "NATIONAL", null, null, null),
                plain.data());
        KafkaEvents.publish(Topics.LABELLING, List.of(event));
        Eventually.get("campus " + event.campusId() + " known to the service as " + kind,
                () -> directory.find(event.campusId()).filter(c -> c.sourceKind() == kind));
        return event.campusId();
    }

    /** The register's first event about a campus (version 1), as its relay would publish it. */
    public static EventEnvelope registered(UUID campusId, String designation, String regionCode) {
        return event(LabellingEventTypes.CAMPUS_REGISTERED, campusId, 1, designation, regionCode);
    }

    /** An event of the register carrying a campus of the MATERIALS family with that designation and region. */
    public static EventEnvelope event(String type, UUID campusId, long version, String designation, String regionCode) {
        CampusState campus = new CampusState(designation, "MATERIALS", null, regionCode, null, List.of(), null,
                List.of(), List.of(), null);
        return new EventEnvelope(UUID.randomUUID(), type, campusId, Instant.now(), version, "test-register",
                EventContract.toTree(campus));
    }
}
