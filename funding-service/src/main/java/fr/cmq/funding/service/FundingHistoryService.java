package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The audit trail of a campus's funding, read from the events this service wrote (its outbox). */
@ApplicationScoped
public class FundingHistoryService {

    private final EntityManager entityManager;
    private final CampusDirectory directory;

    public FundingHistoryService(EntityManager entityManager, CampusDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /** One accepted write: the event it produced (its version and type), when and by whom (token subject). */
    public record Entry(long eventVersion, String eventType, Instant at, String actor) {
    }

    /** Every accepted write on the campus's budgets, director co-financing and envelopes, oldest first. */
    public List<Entry> of(UUID campusId) {
        directory.require(campusId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select version, type, created_at, payload::jsonb ->> 'actor' from outbox_event
                        where campus_id = :id order by version""")
                .setParameter("id", campusId).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], toInstant(r[2]),
                (String) r[3])).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return null;
    }
}
