package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.persistence.CampusLocks;
import fr.cmq.common.security.Caller;
import fr.cmq.common.web.BodyValidation;
import fr.cmq.events.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * What every write use case of a campus does around its change, in one order. {@link #open}: who may write is
 * decided first (unknown campus 404; a reader, or a regional token of another region, 403), then what is written
 * is validated (Bean Validation, then the rules between fields: 400 or 422), then the campus is locked until the
 * transaction ends, so that the If-Match check and the change it guards cannot interleave with another writer's.
 * {@link #publish}: the accepted change's event goes to the outbox in the same transaction.
 */
@ApplicationScoped
class CampusWrites {

    @Inject
    CampusDirectory directory;
    @Inject
    CampusLocks locks;
    @Inject
    BodyValidation validation;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;

    /** Opens a write of {@code body} on the campus (see above); {@code rules} checks it once it is valid. */
    UUID open(UUID campusId, Caller caller, Object body, Runnable rules) {
        KnownCampus campus = writable(campusId, caller);
        validation.check(body);
        rules.run();
        locks.lock(campus.id());
        return campus.id();
    }

    /** Opens a write that has no body (a departure): who may write, then the lock. */
    UUID open(UUID campusId, Caller caller) {
        KnownCampus campus = writable(campusId, caller);
        locks.lock(campus.id());
        return campus.id();
    }

    /**
     * Appends the event of an accepted change. The change is flushed first: JPA gives the row its new version
     * (or refuses a stale copy: 412) before the event exists.
     */
    void publish(String type, UUID campusId, Caller caller, EventPayload data) {
        entityManager.flush();
        outbox.append(type, campusId, caller.subject(), data);
    }

    private KnownCampus writable(UUID campusId, Caller caller) {
        KnownCampus campus = directory.require(campusId);
        caller.requireWriteOn(campus.regionCode());
        return campus;
    }
}
