package fr.cmq.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Serialises the writes of one campus: every write use case first locks the campus's row of the
 * directory, so that a version check and the change it guards cannot interleave with another writer's.
 */
@ApplicationScoped
public class CampusLock {

    private final EntityManager entityManager;

    public CampusLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID campusId) {
        entityManager.createNativeQuery("select id from known_campus where id = :id for update")
                .setParameter("id", campusId)
                .getResultList();
    }
}
