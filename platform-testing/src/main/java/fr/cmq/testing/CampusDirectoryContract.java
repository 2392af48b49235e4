package fr.cmq.testing;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.LabellingEventTypes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service with a campus directory must do with the register's events, against the real
 * broker and database: learn a campus, ignore an event seen twice, ignore an older version, take a newer one.
 * A service's test extends it with {@code @QuarkusTest @QuarkusTestResource(RealInfrastructureResource.class)}.
 */
public abstract class CampusDirectoryContract {

    @Inject
    protected CampusDirectory directory;

    @Test
    void learnsCampusesFromTheRegisterEventsOnceAndInVersionOrder() throws Exception {
        UUID campusId = UUID.randomUUID();
        EventEnvelope registered = KnownCampuses.registered(campusId, "Aéronautique", "76");
        publish(registered);
        KnownCampus known = Eventually.get("the registered campus", () -> directory.find(campusId));
        assertEquals(new KnownCampus(campusId, "Aéronautique", "76"), known);

        // The same event again with other content (a replay) changes nothing.
        EventEnvelope replayed = KnownCampuses.registered(campusId, "Replayed", "11");
        publish(new EventEnvelope(registered.eventId(), registered.type(), campusId, registered.occurredAt(), 1,
                "replay", replayed.data()));
        // A newer version is taken even if an older one arrives after it.
        publish(KnownCampuses.event(LabellingEventTypes.CAMPUS_UPDATED, campusId, 3, "Aéronautique et spatial", "76"));
        publish(KnownCampuses.event(LabellingEventTypes.CAMPUS_UPDATED, campusId, 2, "Stale name", "76"));
        UUID marker = UUID.randomUUID();
        publish(KnownCampuses.registered(marker, "Marker", "84"));
        Eventually.get("the marker campus, registered after the others", () -> directory.find(marker));

        assertEquals("Aéronautique et spatial", directory.find(campusId).orElseThrow().designation());
        assertTrue(directory.find(UUID.randomUUID()).isEmpty());
    }

    private static void publish(EventEnvelope event) {
        KafkaEvents.publish(Topics.LABELLING, List.of(event));
    }
}
