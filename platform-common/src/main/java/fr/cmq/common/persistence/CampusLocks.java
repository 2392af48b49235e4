package fr.cmq.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Serialises the writers of one campus: every write use case first locks the campus's row of the campus
 * directory ({@code known_campus}, {@code select ... for update}) inside its transaction, so that a version check
 * and the change it guards cannot interleave with another writer's, and the state an event carries includes every
 * change committed before it. For services that keep the directory (db/campus-directory).
 */
@ApplicationScoped
public class CampusLocks {

    private final EntityManager entityManager;

    public CampusLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the campus until the current transaction ends; a transaction is required. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID campusId) {
        entityManager.createNativeQuery("select id from known_campus where id = :id for update")
                .setParameter("id", campusId)
                .getResultList();
    }
}
