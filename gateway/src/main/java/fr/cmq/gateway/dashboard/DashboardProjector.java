package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.events.EventSubscription;
import fr.cmq.common.events.ProcessedEvents;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the national table from the services' events: each event is applied once (its {@code eventId}
 * is remembered), and only when it is newer than what the row already holds from that service, so
 * replays, redeliveries and one service's events arriving before another's leave the row right.
 */
@ApplicationScoped
public class DashboardProjector {

    static final String LABELLING_TOPIC = "cmq.labelling.events";

    private final ObjectMapper objectMapper;
    private final ProcessedEvents processedEvents;
    private final String bootstrapServers;
    private final String groupId;
    private final List<String> topics;
    private EventSubscription subscription;

    public DashboardProjector(ObjectMapper objectMapper, ProcessedEvents processedEvents,
                              @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                              @ConfigProperty(name = "cmq.dashboard.group-id") String groupId,
                              @ConfigProperty(name = "cmq.dashboard.topics") List<String> topics) {
        this.objectMapper = objectMapper;
        this.processedEvents = processedEvents;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.topics = topics;
    }

    void start(@Observes StartupEvent event) {
        subscription = new EventSubscription(bootstrapServers, groupId, topics, objectMapper, processedEvents,
                this::apply);
        subscription.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Applies one event to its campus's row (runs inside the subscription's transaction). */
    void apply(String topic, EventEnvelope event) {
        CampusRow row = CampusRow.findById(event.campusId(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new CampusRow();
            row.campusId = event.campusId();
            row.updatedAt = event.occurredAt();
            row.persist();
        }
        if (LABELLING_TOPIC.equals(topic) && event.version() > row.labellingVersion) {
            applyLabelling(row, event);
            row.labellingVersion = event.version();
        }
        if (event.occurredAt().isAfter(row.updatedAt)) {
            row.updatedAt = event.occurredAt();
        }
    }

    private static void applyLabelling(CampusRow row, EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "CampusRegistered", "CampusUpdated" -> {
                row.designation = data.path("designation").asText(null);
                row.familyCode = data.path("familyCode").asText(null);
                row.regionCode = data.path("regionCode").asText(null);
                List<String> academies = new ArrayList<>();
                data.path("academyCodes").forEach(a -> academies.add(a.asText()));
                row.academyCodes = academies;
            }
            default -> {
                // other labelling events (applications, labels) are projected by the dashboard issue
            }
        }
    }
}
