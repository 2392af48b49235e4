package fr.cmq.labelling.events;

import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.events.EventSubscription;
import fr.cmq.common.events.ProcessedEvents;
import fr.cmq.events.Topics;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.events.monitoring.SelfAssessmentState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.UUID;

/**
 * The years each campus submitted a self-assessment for (recommendation 15), learnt from the monitoring service's
 * {@code SelfAssessmentSubmitted} events (table {@code campus_self_assessment}), never by calling it: what the
 * renewal rule of a call that requires {@code SELF_ASSESSMENT} needs. The same pattern as platform-common's
 * {@code CampusDirectory}.
 */
@ApplicationScoped
public class SelfAssessments {

    private final EntityManager entityManager;
    private final ProcessedEvents processedEvents;
    private final String bootstrapServers;
    private final String groupId;
    private EventSubscription subscription;

    public SelfAssessments(EntityManager entityManager, ProcessedEvents processedEvents,
                           @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                           @ConfigProperty(name = "cmq.labelling.self-assessments.group-id") String groupId) {
        this.entityManager = entityManager;
        this.processedEvents = processedEvents;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
    }

    void start(@Observes StartupEvent event) {
        subscription = new EventSubscription(bootstrapServers, groupId, List.of(Topics.MONITORING), processedEvents,
                (topic, envelope) -> apply(envelope));
        subscription.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Records the campus and year a SelfAssessmentSubmitted carries; any other monitoring event is skipped. */
    void apply(EventEnvelope event) {
        if (!MonitoringEventTypes.SELF_ASSESSMENT_SUBMITTED.equals(event.type())) {
            return;
        }
        SelfAssessmentState assessment = event.payload(SelfAssessmentState.class);
        entityManager.createNativeQuery("""
                        insert into campus_self_assessment (campus_id, year) values (:campus, :year)
                        on conflict do nothing""")
                .setParameter("campus", event.campusId())
                .setParameter("year", assessment.year())
                .executeUpdate();
    }

    /** Whether the campus submitted a self-assessment for {@code year} or a later year. */
    public boolean submittedSince(UUID campusId, int year) {
        return !entityManager.createNativeQuery(
                        "select 1 from campus_self_assessment where campus_id = :campus and year >= :year")
                .setParameter("campus", campusId)
                .setParameter("year", year)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
