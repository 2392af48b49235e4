package fr.cmq.labelling.service;

import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.outbox.RecordedEvent;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.source.FactSources;
import fr.cmq.common.source.SourceRequest;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.BodyValidation;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.events.EventPayload;
import fr.cmq.labelling.domain.Campus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * The steps every write on a campus takes, in one place. First the campus is locked until the end of the
 * transaction (writers of one campus take turns; 404 when unknown), then the caller must be allowed to write its
 * region (403) and, for a conditional write, If-Match must name its current ETag (428, 412); only then is the body
 * checked (400). Once the change is made, it is recorded on the campus (its version, the ETag, moves) and its event
 * appended to the outbox, in the same transaction. A registration, having no campus yet, checks the region of its
 * body, then the body, and publishes. The events appended so are the campus's trail of accepted writes.
 */
@ApplicationScoped
class CampusWrites {

    @Inject
    Outbox outbox;
    @Inject
    CmqClock clock;
    @Inject
    BodyValidation validation;
    @Inject
    FactSources sources;

    /** The campus, locked for the caller's write: 404 when unknown, 403 when its region is not the caller's to write. */
    Campus lock(UUID campusId, Caller caller) {
        Campus campus = Campus.findForWrite(campusId);
        if (campus == null) {
            throw ProblemException.notFound("Campus " + campusId);
        }
        caller.requireWriteOn(campus.regionCode);
        return campus;
    }

    /** As {@link #lock(UUID, Caller)}, for a write that needs the campus's current ETag in If-Match (428, 412). */
    Campus lock(UUID campusId, Caller caller, String ifMatch) {
        Campus campus = lock(campusId, caller);
        ConditionalRequests.requireIfMatch(ifMatch, ETags.of(campus.version()));
        return campus;
    }

    /** The body of the write, valid (400 naming each faulty field), checked once the caller may write. */
    void check(Object body) {
        validation.check(body);
    }

    /** Records the caller's change of the campus; the flush moves its version. */
    void recordUpdate(Campus campus, Caller caller) {
        campus.recordUpdate(caller.subject(), clock.now());
        Campus.flush();
    }

    /**
     * The source of a write on the campus (issue 13, the platform's {@link FactSources} rules): {@code requested} (the
     * body's {@code source}, null when absent) checked against the campus's own kind.
     */
    FactSource source(SourceRequest requested, Caller caller, Campus campus) {
        return sources.resolve(requested, caller, campus == null ? null : campus.sourceKind());
    }

    /** Appends the event of the caller's write on the campus to the outbox (keyed by the campus, in this transaction). */
    void publish(Campus campus, Caller caller, String type, FactSource source, EventPayload data) {
        outbox.append(type, campus.id, caller.subject(), source, data);
    }

    /**
     * Appends the event of a write on the campus's label (application, opinion, decision, withdrawal): its source is
     * the caller's declaration, or the campus's own demonstration kind.
     */
    void publish(Campus campus, Caller caller, String type, EventPayload data) {
        publish(campus, caller, type, source(null, caller, campus), data);
    }

    /** The writes accepted on the campus or its label, oldest first: the events they appended. */
    List<RecordedEvent> trail(UUID campusId) {
        return outbox.trail(campusId);
    }
}
