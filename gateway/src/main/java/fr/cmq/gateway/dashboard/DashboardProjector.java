package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.events.EventSubscription;
import fr.cmq.common.events.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the national table from the services' events only. Each event is applied once (its
 * {@code eventId} is remembered), and each part of a row (register, label, profile, partners, each
 * budget, each director funding) only takes an event newer than the last one it applied, so replays,
 * redeliveries and one service's events arriving before another's leave the table right. The table
 * can be rebuilt from the topics: {@link #rebuild()} empties it and reads every topic again.
 */
@ApplicationScoped
public class DashboardProjector {

    private static final Logger LOG = Logger.getLogger(DashboardProjector.class);
    static final String LABELLING_TOPIC = "cmq.labelling.events";
    static final String MONITORING_TOPIC = "cmq.monitoring.events";
    static final String FUNDING_TOPIC = "cmq.funding.events";

    private final ObjectMapper objectMapper;
    private final ProcessedEvents processedEvents;
    private final EntityManager entityManager;
    private final DashboardChanges changes;
    private final String bootstrapServers;
    private final String groupId;
    private final List<String> topics;
    private EventSubscription subscription;

    public DashboardProjector(ObjectMapper objectMapper, ProcessedEvents processedEvents, EntityManager entityManager,
                              DashboardChanges changes,
                              @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                              @ConfigProperty(name = "cmq.dashboard.group-id") String groupId,
                              @ConfigProperty(name = "cmq.dashboard.topics") List<String> topics) {
        this.objectMapper = objectMapper;
        this.processedEvents = processedEvents;
        this.entityManager = entityManager;
        this.changes = changes;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.topics = topics;
    }

    void start(@Observes StartupEvent event) {
        subscribe(QuarkusTransaction.requiringNew().call(this::currentGeneration));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /**
     * Empties the read model and reads every topic again from the beginning, under a new consumer
     * group (the generation is kept, so a restart goes on from where the rebuild got to).
     */
    public synchronized long rebuild() {
        if (subscription != null) {
            subscription.close();
        }
        long generation = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("truncate campus_row, partner_row, budget_row, director_funding_row, "
                    + "processed_event").executeUpdate();
            return ((Number) entityManager.createNativeQuery(
                    "update projection_state set generation = generation + 1 returning generation")
                    .getSingleResult()).longValue();
        });
        LOG.infof("Dashboard read model emptied; rebuilding from the topics (generation %d)", generation);
        subscribe(generation);
        changes.changed();
        return generation;
    }

    private long currentGeneration() {
        return ((Number) entityManager.createNativeQuery("select generation from projection_state").getSingleResult())
                .longValue();
    }

    private synchronized void subscribe(long generation) {
        String group = generation == 0 ? groupId : groupId + "-g" + generation;
        subscription = new EventSubscription(bootstrapServers, group, topics, objectMapper, processedEvents,
                this::apply);
        subscription.start();
    }

    /** Applies one event (runs inside the subscription's transaction). */
    void apply(String topic, EventEnvelope event) {
        CampusRow row = CampusRow.findById(event.campusId(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new CampusRow();
            row.campusId = event.campusId();
            row.updatedAt = event.occurredAt();
            row.persist();
        }
        boolean changed = switch (topic) {
            case LABELLING_TOPIC -> applyLabelling(row, event);
            case MONITORING_TOPIC -> applyMonitoring(row, event);
            case FUNDING_TOPIC -> applyFunding(event);
            default -> false;
        };
        if (changed) {
            if (event.occurredAt().isAfter(row.updatedAt)) {
                row.updatedAt = event.occurredAt();
            }
            row.changeSeq = ((Number) entityManager.createNativeQuery("select nextval('campus_row_change_seq')")
                    .getSingleResult()).longValue();
            changes.changedAfterCommit();
        }
    }

    private boolean applyLabelling(CampusRow row, EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "CampusRegistered", "CampusUpdated" -> {
                if (event.version() <= row.campusEventVersion) {
                    return false;
                }
                row.designation = data.path("designation").asText(null);
                row.familyCode = data.path("familyCode").asText(null);
                row.regionCode = data.path("regionCode").asText(null);
                row.academyCodes = strings(data.path("academyCodes"));
                row.communicationNames = strings(data.path("communicationNames"));
                row.campusEventVersion = event.version();
                return true;
            }
            case "ApplicationSubmitted", "OpinionIssued", "LabelGranted", "LabelRefused", "LabelWithdrawn" -> {
                if (event.version() <= row.labelEventVersion) {
                    return false;
                }
                JsonNode label = data.path("label");
                row.label = label;
                row.labelState = label.path("status").asText(null);
                row.labelStart = date(label.path("startDate"));
                row.labelExpiry = date(label.path("expiryDate"));
                row.labelWithdrawnOn = date(label.path("withdrawnOn"));
                row.labelEventVersion = event.version();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean applyMonitoring(CampusRow row, EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "ProfileChanged" -> {
                if (event.version() <= row.profileEventVersion) {
                    return false;
                }
                row.profile = data;
                row.legalForm = data.path("legalForm").asText(null);
                row.supportType = data.path("supportEstablishment").path("type").asText(null);
                row.directorPost = data.path("directorPost").path("exists").isBoolean()
                        ? data.path("directorPost").path("exists").asBoolean() : null;
                row.profileEventVersion = event.version();
                return true;
            }
            case "PartnerAdded", "PartnerUpdated", "PartnerLeft" -> {
                JsonNode partner = data.path("partner");
                entityManager.createNativeQuery("""
                                insert into partner_row (partner_id, campus_id, view, event_version)
                                values (:id, :campus, cast(:view as jsonb), :version)
                                on conflict (partner_id) do update set view = excluded.view,
                                    event_version = excluded.event_version
                                where partner_row.event_version < excluded.event_version""")
                        .setParameter("id", UUID.fromString(partner.path("id").asText()))
                        .setParameter("campus", event.campusId())
                        .setParameter("view", partner.toString())
                        .setParameter("version", event.version())
                        .executeUpdate();
                if (event.version() <= row.partnersEventVersion) {
                    return true; // the partner itself may have changed; the summary is older than ours
                }
                row.partnerSummary = data.path("summary");
                row.activePartners = data.path("summary").path("totalActive").asInt();
                row.partnersEventVersion = event.version();
                return true;
            }
            default -> {
                return false; // LegalFormChanged: the profile event of the same change carries the new form
            }
        }
    }

    private boolean applyFunding(EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "BudgetDeclared", "BudgetUpdated" -> {
                return entityManager.createNativeQuery("""
                                insert into budget_row (campus_id, year, kind, view, total_resources_cents, event_version)
                                values (:campus, :year, :kind, cast(:view as jsonb), :total, :version)
                                on conflict (campus_id, year, kind) do update set view = excluded.view,
                                    total_resources_cents = excluded.total_resources_cents,
                                    event_version = excluded.event_version
                                where budget_row.event_version < excluded.event_version""")
                        .setParameter("campus", event.campusId())
                        .setParameter("year", data.path("year").asInt())
                        .setParameter("kind", data.path("kind").asText())
                        .setParameter("view", data.toString())
                        .setParameter("total", data.path("totalResourcesCents").asLong())
                        .setParameter("version", event.version())
                        .executeUpdate() > 0;
            }
            case "DirectorFundingDeclared", "DirectorFundingUpdated" -> {
                return entityManager.createNativeQuery("""
                                insert into director_funding_row (campus_id, year, view, event_version)
                                values (:campus, :year, cast(:view as jsonb), :version)
                                on conflict (campus_id, year) do update set view = excluded.view,
                                    event_version = excluded.event_version
                                where director_funding_row.event_version < excluded.event_version""")
                        .setParameter("campus", event.campusId())
                        .setParameter("year", data.path("year").asInt())
                        .setParameter("view", data.toString())
                        .setParameter("version", event.version())
                        .executeUpdate() > 0;
            }
            default -> {
                return false; // envelopes are not columns of the national table
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }
}
