package fr.cmq.common.campus;

import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.events.EventSubscription;
import fr.cmq.common.events.ProcessedEvents;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.source.FactSource;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The campuses of the register (with the kind of source of their entry, issue 13), learnt from the {@code CampusRegistered} and {@code CampusUpdated} events of
 * {@link Topics#LABELLING}, read as {@link CampusState} records (never by calling the
 * labelling service on the write path). Enabled in services with {@code cmq.campus-directory.enabled=true}
 * and the Flyway location {@code db/campus-directory}.
 */
@ApplicationScoped
@IfBuildProperty(name = "cmq.campus-directory.enabled", stringValue = "true")
public class CampusDirectory {

    private final EntityManager entityManager;
    private final ProcessedEvents processedEvents;
    private final String bootstrapServers;
    private final String groupId;
    private EventSubscription subscription;

    public CampusDirectory(EntityManager entityManager, ProcessedEvents processedEvents,
                           @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                           @ConfigProperty(name = "cmq.campus-directory.group-id") String groupId) {
        this.entityManager = entityManager;
        this.processedEvents = processedEvents;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
    }

    void start(@Observes StartupEvent event) {
        subscription = new EventSubscription(bootstrapServers, groupId, List.of(Topics.LABELLING),
                processedEvents, (topic, envelope) -> apply(envelope));
        subscription.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Records the campus carried by a campus event, unless a newer version is already known. */
    void apply(EventEnvelope event) {
        if (!event.type().equals(LabellingEventTypes.CAMPUS_REGISTERED)
                && !event.type().equals(LabellingEventTypes.CAMPUS_UPDATED)) {
            return; // an event about something else than the campus itself (application, label...)
        }
        CampusState campus = event.payload(CampusState.class);
        if (campus.designation() == null || campus.regionCode() == null) {
            return; // breaks the contract (both are required): nothing a directory could record
        }
        entityManager.createNativeQuery("""
                        insert into known_campus (id, designation, region_code, labelling_version, source_kind)
                        values (:id, :designation, :region, :version, :sourceKind)
                        on conflict (id) do update set designation = excluded.designation,
                            region_code = excluded.region_code, labelling_version = excluded.labelling_version,
                            source_kind = excluded.source_kind
                        where known_campus.labelling_version < excluded.labelling_version""")
                .setParameter("id", event.campusId())
                .setParameter("designation", campus.designation())
                .setParameter("region", campus.regionCode())
                .setParameter("version", event.version())
                .setParameter("sourceKind", FactSource.of(event.source()).kind.name())
                .executeUpdate();
    }

    public Optional<KnownCampus> find(UUID campusId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, designation, region_code, source_kind from known_campus where id = :id")
                .setParameter("id", campusId)
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new KnownCampus((UUID) r[0], (String) r[1], (String) r[2],
                        r[3] == null ? null : SourceKind.valueOf((String) r[3])));
    }

    /** The campus, or a 404 problem: nothing can be written about a campus the register does not know. */
    public KnownCampus require(UUID campusId) {
        return find(campusId).orElseThrow(() -> ProblemException.notFound(
                "Campus " + campusId + " (not in the national register)"));
    }
}
