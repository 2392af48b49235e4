package fr.cmq.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Remembers, in the consumer's own schema, which events it has applied (table {@code processed_event}). */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records {@code eventId}; false when it was recorded before (the event must then be ignored). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markNew(UUID eventId) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (event_id) values (:id) on conflict (event_id) do nothing")
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }
}
