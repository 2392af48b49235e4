package fr.cmq.labelling.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who changed a campus and when: every accepted write left its event in the outbox, with its actor. */
@ApplicationScoped
public class AuditTrailService {

    /** One accepted write: the event it produced, when and by whom (token subject). */
    public record RecordedWrite(long eventVersion, String eventType, Instant at, String actor) {
    }

    private final EntityManager entityManager;
    private final CampusService campuses;

    public AuditTrailService(EntityManager entityManager, CampusService campuses) {
        this.entityManager = entityManager;
        this.campuses = campuses;
    }

    /** Every accepted write on the campus or its label, oldest first (404 for an unknown campus). */
    public List<RecordedWrite> trail(UUID campusId) {
        campuses.require(campusId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select version, type, created_at, payload::jsonb ->> 'actor' from outbox_event
                        where campus_id = :id order by version""")
                .setParameter("id", campusId).getResultList();
        return rows.stream().map(r -> new RecordedWrite(((Number) r[0]).longValue(), (String) r[1],
                (Instant) r[2], (String) r[3])).toList();
    }
}
