package fr.cmq.common.campus;

import fr.cmq.common.persistence.CampusLocks;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.source.FactSources;
import fr.cmq.common.source.SourceRequest;
import fr.cmq.common.web.BodyValidation;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The first steps of every write on a campus of the {@link CampusDirectory}, in one order:
 * <ol>
 * <li>the campus must be known (404);</li>
 * <li>the caller must be allowed to write its region (403), decided before what is written is validated;</li>
 * <li>the body is validated (400 naming each field by its JSON path), then checked against the use case's own rules
 * (400 or 422);</li>
 * <li>the campus is locked until the transaction ends ({@link CampusLocks}), so that the If-Match check and the
 * change it guards cannot interleave with another writer's.</li>
 * </ol>
 * Then the use case takes the write's {@link #source} (issue 13), reads its rows, checks If-Match, writes and appends its event. For services that keep the
 * directory ({@code cmq.campus-directory.enabled=true}).
 */
@ApplicationScoped
@IfBuildProperty(name = "cmq.campus-directory.enabled", stringValue = "true")
public class CampusWrites {

    @Inject
    CampusDirectory directory;
    @Inject
    CampusLocks locks;
    @Inject
    BodyValidation validation;
    @Inject
    FactSources sources;

    /** Opens a write of {@code body} on the campus (all four steps); {@code rules} runs once the body is valid. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(UUID campusId, Caller caller, Object body, Runnable rules) {
        KnownCampus campus = writable(campusId, caller);
        validation.check(body);
        rules.run();
        locks.lock(campus.id());
        return campus.id();
    }

    /** Opens a write without a body (e.g. a partner's departure): the campus, the caller's region, the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(UUID campusId, Caller caller) {
        KnownCampus campus = writable(campusId, caller);
        locks.lock(campus.id());
        return campus.id();
    }

    /**
     * The source of the write on the campus (issue 13): the body's optional {@code source} turned into the stored
     * one by {@link FactSources}, against the kind of the campus's register entry (no demonstration fact on a campus
     * that is not demonstration data, and the reverse: 409 naming source.kind). Called once the write is open.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FactSource source(UUID campusId, SourceRequest requested, Caller caller) {
        return sources.resolve(requested, caller, directory.require(campusId).sourceKind());
    }

    private KnownCampus writable(UUID campusId, Caller caller) {
        KnownCampus campus = directory.require(campusId);
        caller.requireWriteOn(campus.regionCode());
        return campus;
    }
}
