package fr.cmq.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Serialises the writers of one campus: a write locks the campus's row of the directory first, so the
 * typology an event carries always includes every change committed before it.
 */
@ApplicationScoped
public class CampusLocks {

    private final EntityManager entityManager;

    public CampusLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID campusId) {
        entityManager.createNativeQuery("select id from known_campus where id = :id for update")
                .setParameter("id", campusId)
                .getResultList();
    }
}
